package uk.sendinsight.indicators;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalogue as the API shows it. Read from the database once and kept: published figures change only by
 * migration; whatever adds figures at run time calls {@link #refresh()}.
 */
@Singleton
class IndicatorCatalogue {

    private final IndicatorRepository indicators;
    private final IndicatorSourceRepository sources;
    private volatile Map<String, Indicator> byId;

    IndicatorCatalogue(IndicatorRepository indicators, IndicatorSourceRepository sources) {
        this.indicators = indicators;
        this.sources = sources;
    }

    List<Indicator> all() {
        return List.copyOf(loaded().values());
    }

    Optional<Indicator> find(String id) {
        return Optional.ofNullable(loaded().get(id));
    }

    void refresh() {
        byId = null;
    }

    private Map<String, Indicator> loaded() {
        Map<String, Indicator> current = byId;
        if (current == null) {
            current = load();
            byId = current;
        }
        return current;
    }

    private Map<String, Indicator> load() {
        Map<String, IndicatorSourceEntity> sourceById = sources.findAll().stream()
                .collect(Collectors.toMap(IndicatorSourceEntity::id, Function.identity()));
        Map<String, List<CatalogueRows.BreakdownRow>> breakdowns = indicators.findAllBreakdowns().stream()
                .collect(Collectors.groupingBy(CatalogueRows.BreakdownRow::indicatorId));
        Map<String, Map<String, List<String>>> periods = new LinkedHashMap<>();
        for (CatalogueRows.PeriodRow row : indicators.findAllPeriods()) {
            periods.computeIfAbsent(row.indicatorId(), id -> new LinkedHashMap<>())
                    .computeIfAbsent(row.breakdown(), b -> new ArrayList<>()).add(row.period());
        }
        Map<String, Indicator> result = new LinkedHashMap<>();
        for (IndicatorEntity entity : indicators.findAllOrderBySortOrder()) {
            result.put(entity.id(), new Indicator(entity, sourceById.get(entity.sourceId()),
                    breakdowns.getOrDefault(entity.id(), List.of()), periods.getOrDefault(entity.id(), Map.of())));
        }
        return result;
    }
}
