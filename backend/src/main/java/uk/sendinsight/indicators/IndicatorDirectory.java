package uk.sendinsight.indicators;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** What other features may know of an indicator, and how they say its figures changed. */
@Singleton
public class IndicatorDirectory {

    /** An indicator's identity and the rules its figures follow. */
    public record IndicatorFacts(String id, String name, String domain, String unit, @Nullable Integer rateBase, String polarity,
                                 String valueType, String periodType, String collection, List<String> geographies,
                                 int decimalPlaces) {

        public boolean isLocal() {
            return "local".equals(collection);
        }
    }

    private final IndicatorCatalogue catalogue;
    private final PeriodFiguresCache cache;

    IndicatorDirectory(IndicatorCatalogue catalogue, PeriodFiguresCache cache) {
        this.catalogue = catalogue;
        this.cache = cache;
    }

    public Optional<IndicatorFacts> find(String id) {
        return catalogue.find(id).map(i -> {
            IndicatorEntity e = i.entity();
            return new IndicatorFacts(e.id(), e.name(), e.domain(), e.unit(), e.rateBase(), e.polarity(), e.valueType(),
                    e.periodType(), e.collection(), List.of(e.geographies().split(",")), e.decimalPlaces());
        });
    }

    /** Forget cached figures and periods after a write. */
    public void figuresChanged() {
        cache.clear();
        catalogue.refresh();
    }
}
