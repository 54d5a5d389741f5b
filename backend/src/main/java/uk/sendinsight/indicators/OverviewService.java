package uk.sendinsight.indicators;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.sendinsight.areas.AreaFacts;
import uk.sendinsight.statistics.NeighbourMean;
import uk.sendinsight.statistics.Trend;

/** An area's overview: each indicator's latest figure against England, the region and the neighbours, with its trend. */
@Singleton
class OverviewService {

    private final IndicatorCatalogue catalogue;
    private final FigureRepository figures;
    private final FigureService lookups;

    OverviewService(IndicatorCatalogue catalogue, FigureRepository figures, FigureService lookups) {
        this.catalogue = catalogue;
        this.figures = figures;
        this.lookups = lookups;
    }

    Views.Overview overview(String areaCode, String domain, Viewer viewer) {
        AreaFacts area = lookups.area(areaCode);
        Map<String, List<FigureRow>> areaRows = figures.findForArea(area.code(), viewer.seesAllSubmitted(), viewer.ownAreaOrNone()).stream()
                .collect(Collectors.groupingBy(row -> row.indicatorId() + "/" + row.breakdown()));
        List<Views.OverviewLine> lines = new ArrayList<>();
        for (Indicator indicator : catalogue.all()) {
            boolean servesArea = List.of(indicator.entity().geographies().split(",")).contains(area.type());
            if (!servesArea || domain != null && !domain.equals(indicator.entity().domain())) {
                continue;
            }
            List<String> breakdowns = indicator.breakdowns().isEmpty() ? List.of(Indicator.TOTAL)
                    : indicator.breakdowns().stream().map(CatalogueRows.BreakdownRow::breakdownId).toList();
            for (String breakdown : breakdowns) {
                lines.add(line(indicator, breakdown, area, areaRows.getOrDefault(indicator.id() + "/" + breakdown, List.of()), viewer));
            }
        }
        return new Views.Overview(area, lines);
    }

    private Views.OverviewLine line(Indicator indicator, String breakdown, AreaFacts area, List<FigureRow> areaRows, Viewer viewer) {
        List<String> periods = periodsWith(indicator.periods(breakdown), areaRows.stream().map(FigureRow::period).toList());
        periods.sort(Comparator.comparing(indicator::period).reversed());
        if (periods.isEmpty()) {
            String why = "local".equals(indicator.entity().collection()) ? "No figure has been submitted yet" : "No figures";
            Judgements.Judgement none = Judgements.notCompared(why);
            return new Views.OverviewLine(indicator, breakdown, null, null, null, null, NeighbourMean.of(List.of()), none, none, none,
                    null, null, TrendAssessor.trend(indicator, Map.of(), null));
        }
        String period = periods.get(0);
        Views.PeriodFigures atPeriod = lookups.assessed(indicator, breakdown, period, area.type(), viewer);
        Map<String, AssessedFigure> everyone = new HashMap<>();
        atPeriod.areas().forEach(f -> everyone.put(f.figure().row().areaCode(), f.figure()));
        NeighbourMean neighbourMean = SeriesService.neighbourMean(area, everyone);
        Map<String, AssessedFigure> areaByPeriod = new LinkedHashMap<>();
        areaRows.forEach(row -> areaByPeriod.put(row.period(), AssessedFigure.of(row, indicator)));
        Trend trend = TrendAssessor.trend(indicator, areaByPeriod, period);
        Views.AreaFigure own = atPeriod.areas().stream()
                .filter(f -> f.figure().row().areaCode().equals(area.code())).findFirst().orElse(null);
        AssessedFigure region = area.regionCode() == null ? null : atPeriod.regions().stream()
                .map(Views.AreaFigure::figure).filter(f -> f.row().areaCode().equals(area.regionCode())).findFirst().orElse(null);
        if (own == null) {
            Judgements.Judgement none = Judgements.notCompared("No figure for " + period);
            return new Views.OverviewLine(indicator, breakdown, period, null, atPeriod.england(), region, neighbourMean,
                    none, none, none, null, null, trend);
        }
        Judgements.Judgement withNeighbours = Judgements.withNeighbours(indicator, own.figure(), area.name(), neighbourMean,
                SeriesService.neighbourValues(area, everyone));
        return new Views.OverviewLine(indicator, breakdown, period, own.figure(), atPeriod.england(), own.region(),
                neighbourMean, own.withEngland(), own.withRegion(), withNeighbours, own.quartile(), own.quartileLabel(), trend);
    }

    /** The published periods and any the viewer may see besides (their own submissions). */
    static List<String> periodsWith(List<String> published, java.util.Collection<String> seen) {
        List<String> all = new ArrayList<>(published);
        seen.stream().filter(p -> !all.contains(p)).forEach(all::add);
        return all;
    }
}
