package uk.sendinsight.indicators;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import uk.sendinsight.areas.AreaFacts;
import uk.sendinsight.statistics.NeighbourMean;

/** An area's time series of one indicator, with England, its region and its neighbours' mean, and its recent trend. */
@Singleton
class SeriesService {

    private final FigureRepository figures;
    private final FigureService lookups;

    SeriesService(FigureRepository figures, FigureService lookups) {
        this.figures = figures;
        this.lookups = lookups;
    }

    Views.SeriesView series(String areaCode, String indicatorId, String requestedBreakdown, Viewer viewer) {
        AreaFacts area = lookups.area(areaCode);
        Indicator indicator = lookups.indicator(indicatorId);
        String breakdown = FigureService.breakdown(indicator, requestedBreakdown);
        List<String> codes = new ArrayList<>(List.of(area.code(), FigureService.ENGLAND));
        if (area.regionCode() != null) {
            codes.add(area.regionCode());
        }
        codes.addAll(area.neighbourCodes());
        Map<String, Map<String, AssessedFigure>> byPeriod = new HashMap<>();
        for (FigureRow row : figures.findSeries(indicator.id(), breakdown, codes, viewer.seesAllSubmitted(), viewer.ownAreaOrNone())) {
            byPeriod.computeIfAbsent(row.period(), p -> new HashMap<>()).put(row.areaCode(), AssessedFigure.of(row, indicator));
        }
        List<String> periods = OverviewService.periodsWith(indicator.periods(breakdown), byPeriod.keySet());
        periods.sort(Comparator.comparing(indicator::period));
        List<Views.SeriesLine> lines = new ArrayList<>();
        Map<String, AssessedFigure> areaByPeriod = new LinkedHashMap<>();
        for (String period : periods) {
            Map<String, AssessedFigure> atPeriod = byPeriod.getOrDefault(period, Map.of());
            AssessedFigure own = atPeriod.get(area.code());
            if (own != null) {
                areaByPeriod.put(period, own);
            }
            lines.add(new Views.SeriesLine(period, own, realValue(atPeriod.get(FigureService.ENGLAND)),
                    area.regionCode() == null ? OptionalDouble.empty() : realValue(atPeriod.get(area.regionCode())),
                    neighbourMean(area, atPeriod)));
        }
        String latest = periods.isEmpty() ? null : periods.get(periods.size() - 1);
        return new Views.SeriesView(area, indicator, breakdown, lines, TrendAssessor.trend(indicator, areaByPeriod, latest));
    }

    /** The mean of the neighbours' real figures: a demo or unpublished figure never enters it. */
    static NeighbourMean neighbourMean(AreaFacts area, Map<String, AssessedFigure> figuresByArea) {
        return NeighbourMean.of(area.neighbourCodes().stream().map(code -> realValue(figuresByArea.get(code))).toList());
    }

    static List<Double> neighbourValues(AreaFacts area, Map<String, AssessedFigure> figuresByArea) {
        return area.neighbourCodes().stream().map(code -> realValue(figuresByArea.get(code)))
                .filter(OptionalDouble::isPresent).map(OptionalDouble::getAsDouble).toList();
    }

    static OptionalDouble realValue(AssessedFigure figure) {
        return figure == null || !figure.isRealValue() ? OptionalDouble.empty() : figure.value();
    }
}
