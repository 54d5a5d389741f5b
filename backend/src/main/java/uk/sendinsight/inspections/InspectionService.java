package uk.sendinsight.inspections;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import uk.sendinsight.areas.AreaFacts;
import uk.sendinsight.areas.AreaService;
import uk.sendinsight.shared.NotFoundException;

/** The national overview and each area's inspection history, from the loaded Ofsted outcomes (read once: they never change at run time). */
@Singleton
class InspectionService {

    /** Which areas the overview shows; null fields do not filter. */
    record Filter(@Nullable String framework, @Nullable String outcome, @Nullable Boolean wsoa, @Nullable String revisit,
                  @Nullable String region, @Nullable String rag, @Nullable String followUp) {

        boolean accepts(Positions.Position p) {
            InspectionRow of2016 = p.framework2016();
            return (framework == null || framework.equals(p.latest().framework()))
                    && (outcome == null || outcome.equals(p.latest().outcome()))
                    && (wsoa == null || (of2016 != null && wsoa == of2016.wsoaRequired()))
                    && (revisit == null || revisit.equals(p.revisitFinding()))
                    && (region == null || region.equals(p.latest().regionCode()))
                    && (rag == null || rag.equals(p.rag()))
                    && (followUp == null || followUp.equals(p.followUpFilterValue()));
        }
    }

    private final InspectionRepository inspections;
    private final AreaService areas;
    private final Clock clock;
    private volatile Map<String, List<InspectionRow>> byArea;
    private volatile Positions.PublishedData published;

    InspectionService(InspectionRepository inspections, AreaService areas, Clock clock) {
        this.inspections = inspections;
        this.areas = areas;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Every area with an inspection on record, ordered by region and name, filtered. */
    List<Positions.Position> positions(Filter filter) {
        LocalDate today = today();
        Positions.PublishedData published = publishedData();
        return byArea().values().stream()
                .map(list -> Positions.of(list, today, published).orElseThrow())
                .filter(filter::accepts)
                .sorted(Comparator.comparing((Positions.Position p) -> Objects.toString(p.latest().regionName(), ""))
                        .thenComparing(p -> p.latest().areaName()))
                .toList();
    }

    /** Where one area stands now, if it has an inspection on record. */
    java.util.Optional<Positions.Position> positionOf(String areaCode) {
        return Positions.of(byArea().getOrDefault(areaCode, List.of()), today(), publishedData());
    }

    List<InspectionRow> inspectionsOf(String areaCode) {
        return Positions.newestFirst(byArea().getOrDefault(areaCode, List.of()));
    }

    /** Every inspection of the selected areas (for the summary's counts). */
    List<InspectionRow> inspectionsOf(List<Positions.Position> positions) {
        return positions.stream().flatMap(p -> byArea().get(p.areaCode()).stream()).toList();
    }

    /** The 2016-framework inspection that required the area's WSOA, if any. */
    java.util.Optional<InspectionRow> wsoaInspectionOf(String areaCode) {
        return inspectionsOf(areaCode).stream().filter(i -> i.is2016() && i.wsoaRequired()).findFirst();
    }

    AreaFacts area(String code) {
        return areas.facts(code).orElseThrow(() -> new NotFoundException("No area has the code '" + code + "'."));
    }

    private Positions.PublishedData publishedData() {
        Positions.PublishedData known = published;
        if (known == null) {
            known = Positions.PublishedData.of(byArea().values().stream().flatMap(List::stream).toList());
            published = known;
        }
        return known;
    }

    private Map<String, List<InspectionRow>> byArea() {
        Map<String, List<InspectionRow>> loaded = byArea;
        if (loaded == null) {
            loaded = inspections.findAllInspections().stream()
                    .collect(Collectors.groupingBy(InspectionRow::areaCode, java.util.LinkedHashMap::new, Collectors.toList()));
            byArea = loaded;
        }
        return loaded;
    }
}
