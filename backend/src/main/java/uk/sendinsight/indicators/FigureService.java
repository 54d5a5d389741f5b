package uk.sendinsight.indicators;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.sendinsight.areas.AreaFacts;
import uk.sendinsight.areas.AreaService;
import uk.sendinsight.imports.Periods;
import uk.sendinsight.shared.InvalidFieldException;
import uk.sendinsight.shared.NotFoundException;
import uk.sendinsight.statistics.NeighbourMean;
import uk.sendinsight.statistics.Quartiles;
import uk.sendinsight.statistics.Rank;
import uk.sendinsight.statistics.Ranks;
import uk.sendinsight.statistics.RelativeLikelihood;
import uk.sendinsight.statistics.Trend;
import uk.sendinsight.statistics.TrendOutcome;
import uk.sendinsight.statistics.TrendPoint;
import uk.sendinsight.statistics.Trends;
import uk.sendinsight.statistics.ValueType;

/** Figures with their benchmarks, comparisons, quartiles, ranks and trends, by the rules in the design. */
@Singleton
class FigureService {

    static final String ENGLAND = "E92000001";
    static final String LATEST = "latest";
    private static final int TREND_POINTS = 5;

    private final IndicatorCatalogue catalogue;
    private final FigureRepository figures;
    private final AreaService areas;
    private final PeriodFiguresCache cache;

    FigureService(IndicatorCatalogue catalogue, FigureRepository figures, AreaService areas, PeriodFiguresCache cache) {
        this.catalogue = catalogue;
        this.figures = figures;
        this.areas = areas;
        this.cache = cache;
    }

    Indicator indicator(String id) {
        return catalogue.find(id).orElseThrow(() -> new NotFoundException("There is no indicator '" + id
                + "'. GET /api/v1/indicators lists them."));
    }

    Views.PeriodFigures forPeriod(String indicatorId, String requestedPeriod, String requestedBreakdown, String areaType, Viewer viewer) {
        Indicator indicator = indicator(indicatorId);
        String breakdown = breakdown(indicator, requestedBreakdown);
        String period = period(indicator, breakdown, requestedPeriod);
        return assessed(indicator, breakdown, period, areaType, viewer);
    }

    /** Only the public view is cached: what a signed-in viewer sees depends on who they are. */
    private Views.PeriodFigures assessed(Indicator indicator, String breakdown, String period, String areaType, Viewer viewer) {
        if (!viewer.isPublic()) {
            return assess(indicator, breakdown, period, areaType, rowsForPeriod(indicator, period, breakdown, viewer));
        }
        return cache.get(indicator.id(), breakdown, period, areaType,
                () -> assess(indicator, breakdown, period, areaType, rowsForPeriod(indicator, period, breakdown, viewer)));
    }

    private List<FigureRow> rowsForPeriod(Indicator indicator, String period, String breakdown, Viewer viewer) {
        return figures.findForPeriod(indicator.id(), period, breakdown, viewer.seesAllSubmitted(), viewer.ownAreaOrNone());
    }

    Views.Overview overview(String areaCode, String domain, Viewer viewer) {
        AreaFacts area = area(areaCode);
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
                lines.add(overviewLine(indicator, breakdown, area, areaRows.getOrDefault(indicator.id() + "/" + breakdown, List.of()), viewer));
            }
        }
        return new Views.Overview(area, lines);
    }

    Views.SeriesView series(String areaCode, String indicatorId, String requestedBreakdown, Viewer viewer) {
        AreaFacts area = area(areaCode);
        Indicator indicator = indicator(indicatorId);
        String breakdown = breakdown(indicator, requestedBreakdown);
        List<String> codes = new ArrayList<>(List.of(area.code(), ENGLAND));
        if (area.regionCode() != null) {
            codes.add(area.regionCode());
        }
        codes.addAll(area.neighbourCodes());
        Map<String, Map<String, AssessedFigure>> byPeriod = new HashMap<>();
        for (FigureRow row : figures.findSeries(indicator.id(), breakdown, codes, viewer.seesAllSubmitted(), viewer.ownAreaOrNone())) {
            byPeriod.computeIfAbsent(row.period(), p -> new HashMap<>()).put(row.areaCode(), AssessedFigure.of(row, indicator));
        }
        List<String> periods = periodsWith(indicator.periods(breakdown), byPeriod.keySet());
        periods.sort(Comparator.comparingInt(Periods::order));
        List<Views.SeriesLine> lines = new ArrayList<>();
        Map<String, AssessedFigure> areaByPeriod = new LinkedHashMap<>();
        for (String period : periods) {
            Map<String, AssessedFigure> atPeriod = byPeriod.getOrDefault(period, Map.of());
            AssessedFigure own = atPeriod.get(area.code());
            if (own != null) {
                areaByPeriod.put(period, own);
            }
            lines.add(new Views.SeriesLine(period, own, valueOf(atPeriod.get(ENGLAND)),
                    area.regionCode() == null ? OptionalDouble.empty() : valueOf(atPeriod.get(area.regionCode())),
                    neighbourMean(area, atPeriod)));
        }
        String latest = periods.isEmpty() ? null : periods.get(periods.size() - 1);
        return new Views.SeriesView(area, indicator, breakdown, lines, trend(indicator, breakdown, periods, areaByPeriod, latest));
    }

    Views.Likelihoods likelihoods(String indicatorId, String group, String reference, String requestedPeriod, Viewer viewer) {
        Indicator indicator = indicator(indicatorId);
        for (var requested : Map.of("group", group, "reference", reference).entrySet()) {
            if (Indicator.TOTAL.equals(requested.getValue()) || !indicator.hasBreakdown(requested.getValue())) {
                throw new InvalidFieldException(requested.getKey(), breakdownChoices(indicator));
            }
        }
        String period = period(indicator, group, requestedPeriod);
        Map<String, AssessedFigure> groupFigures = assessedByArea(indicator, group, period, viewer);
        Map<String, AssessedFigure> referenceFigures = assessedByArea(indicator, reference, period, viewer);
        List<Views.Likelihood> result = new ArrayList<>();
        Views.Likelihood england = null;
        for (var entry : groupFigures.entrySet()) {
            FigureRow row = entry.getValue().row();
            Views.Likelihood likelihood = new Views.Likelihood(row.areaCode(), row.areaName(),
                    likelihood(indicator, entry.getValue(), referenceFigures.get(entry.getKey())));
            if (ENGLAND.equals(row.areaCode())) {
                england = likelihood;
            } else if ("local_authority".equals(row.areaType())) {
                result.add(likelihood);
            }
        }
        result.sort(Comparator.comparing(Views.Likelihood::areaName));
        return new Views.Likelihoods(indicator, period, group, reference, england, result);
    }

    private Views.OverviewLine overviewLine(Indicator indicator, String breakdown, AreaFacts area, List<FigureRow> areaRows,
                                            Viewer viewer) {
        List<String> periods = periodsWith(indicator.periods(breakdown), areaRows.stream().map(FigureRow::period).toList());
        periods.sort(Comparator.comparingInt(Periods::order).reversed());
        if (periods.isEmpty()) {
            String why = "local".equals(indicator.entity().collection()) ? "No figure has been submitted yet" : "No figures";
            Judgements.Judgement none = Judgements.notCompared(why);
            return new Views.OverviewLine(indicator, breakdown, null, null, null, null, NeighbourMean.of(List.of()), none, none, none,
                    null, noTrend(indicator, why));
        }
        String period = periods.get(0);
        Views.PeriodFigures atPeriod = assessed(indicator, breakdown, period, area.type(), viewer);
        Map<String, AssessedFigure> everyone = new HashMap<>();
        atPeriod.areas().forEach(f -> everyone.put(f.figure().row().areaCode(), f.figure()));
        atPeriod.regions().forEach(f -> everyone.put(f.figure().row().areaCode(), f.figure()));
        Views.AreaFigure own = atPeriod.areas().stream()
                .filter(f -> f.figure().row().areaCode().equals(area.code())).findFirst().orElse(null);
        NeighbourMean neighbourMean = neighbourMean(area, everyone);
        Map<String, AssessedFigure> areaByPeriod = new LinkedHashMap<>();
        areaRows.forEach(row -> areaByPeriod.put(row.period(), AssessedFigure.of(row, indicator)));
        Trend trend = trend(indicator, breakdown, periods, areaByPeriod, period);
        if (own == null) {
            Judgements.Judgement none = Judgements.notCompared("No figure for " + period);
            return new Views.OverviewLine(indicator, breakdown, period, null, atPeriod.england(),
                    area.regionCode() == null ? null : everyone.get(area.regionCode()), neighbourMean, none, none, none, null, trend);
        }
        Judgements.Judgement withNeighbours = Judgements.withBenchmark(indicator, own.figure(), neighbourMean.mean(),
                "statistical neighbours' mean");
        return new Views.OverviewLine(indicator, breakdown, period, own.figure(), atPeriod.england(), own.region(),
                neighbourMean, own.withEngland(), own.withRegion(), withNeighbours, own.quartile(), trend);
    }

    private Views.PeriodFigures assess(Indicator indicator, String breakdown, String period, String areaType, List<FigureRow> rows) {
        AssessedFigure england = null;
        Map<String, AssessedFigure> regions = new HashMap<>();
        List<AssessedFigure> ofType = new ArrayList<>();
        for (FigureRow row : rows) {
            AssessedFigure figure = AssessedFigure.of(row, indicator);
            if (ENGLAND.equals(row.areaCode())) {
                england = figure;
            } else if ("region".equals(row.areaType())) {
                regions.put(row.areaCode(), figure);
            }
            if (areaType.equals(row.areaType())) {
                ofType.add(figure);
            }
        }
        Map<String, Double> values = new LinkedHashMap<>();
        ofType.forEach(f -> f.value().ifPresent(v -> values.put(f.row().areaCode(), v)));
        Quartiles quartiles = values.isEmpty() ? null : Quartiles.of(values.values());
        Map<String, Rank> ranks = Ranks.rank(values, indicator.polarity());
        OptionalDouble englandValue = valueOf(england);
        List<Views.AreaFigure> areaFigures = new ArrayList<>();
        for (AssessedFigure figure : ofType) {
            AssessedFigure region = figure.row().parentCode() == null ? null : regions.get(figure.row().parentCode());
            Integer quartile = quartiles == null || figure.value().isEmpty() ? null
                    : quartiles.quartileOf(figure.value().getAsDouble(), indicator.polarity());
            areaFigures.add(new Views.AreaFigure(figure, region,
                    Judgements.withEngland(indicator, figure, englandValue, quartiles),
                    "local_authority".equals(areaType) ? Judgements.withBenchmark(indicator, figure, valueOf(region), "region")
                            : Judgements.notCompared("Only local authorities are compared with their region"),
                    quartile, ranks.get(figure.row().areaCode())));
        }
        List<Views.AreaFigure> regionFigures = regions.values().stream()
                .sorted(Comparator.comparing(f -> f.row().areaName()))
                .map(f -> new Views.AreaFigure(f, null, Judgements.withBenchmark(indicator, f, englandValue, "England"),
                        Judgements.notCompared("Regions are compared with England"), null, null))
                .toList();
        return new Views.PeriodFigures(indicator, period, breakdown, areaType, england, regionFigures, quartiles, areaFigures);
    }

    private Map<String, AssessedFigure> assessedByArea(Indicator indicator, String breakdown, String period, Viewer viewer) {
        return rowsForPeriod(indicator, period, breakdown, viewer).stream()
                .collect(Collectors.toMap(FigureRow::areaCode, row -> AssessedFigure.of(row, indicator), (a, b) -> a, LinkedHashMap::new));
    }

    private static RelativeLikelihood likelihood(Indicator indicator, AssessedFigure group, AssessedFigure reference) {
        if (group.value().isEmpty() || reference == null || reference.value().isEmpty()) {
            return new RelativeLikelihood(OptionalDouble.empty(), Optional.empty(), "ratio of two figures",
                    Optional.of(group.value().isEmpty() ? group.absence() : "No figure for the reference group"));
        }
        var groupCounts = AssessedFigure.Counts.of(group.row());
        var referenceCounts = AssessedFigure.Counts.of(reference.row());
        if (groupCounts.isPresent() && referenceCounts.isPresent()) {
            var g = groupCounts.get();
            var r = referenceCounts.get();
            return "rate".equals(indicator.entity().valueType())
                    ? RelativeLikelihood.ofRates(g.numerator(), g.denominator(), r.numerator(), r.denominator())
                    : RelativeLikelihood.ofProportions(g.numerator(), g.denominator(), r.numerator(), r.denominator());
        }
        return RelativeLikelihood.ofValues(group.value().getAsDouble(), reference.value().getAsDouble());
    }

    /** The last five periods up to {@code upTo}; a missing or suppressed one makes the trend incalculable. */
    /** The published periods and any the viewer may see besides (their own submissions). */
    private static List<String> periodsWith(List<String> published, java.util.Collection<String> seen) {
        List<String> all = new ArrayList<>(published);
        seen.stream().filter(p -> !all.contains(p)).forEach(all::add);
        return all;
    }

    private static Trend trend(Indicator indicator, String breakdown, List<String> knownPeriods, Map<String, AssessedFigure> areaByPeriod,
                               String upTo) {
        String valueType = indicator.entity().valueType();
        if ("boolean".equals(valueType)) {
            return noTrend(indicator, "not calculated for yes/no figures");
        }
        if (upTo == null) {
            return noTrend(indicator, "no figures");
        }
        List<String> periods = new ArrayList<>(knownPeriods);
        periods.sort(Comparator.comparingInt(Periods::order));
        List<String> upToPeriod = periods.subList(0, periods.indexOf(upTo) + 1);
        List<String> recent = upToPeriod.subList(Math.max(0, upToPeriod.size() - TREND_POINTS), upToPeriod.size());
        List<TrendPoint> points = recent.stream().map(period -> trendPoint(period, areaByPeriod.get(period), valueType)).toList();
        return Trends.recent(points, indicator.polarity(), trendValueType(valueType));
    }

    private static TrendPoint trendPoint(String period, AssessedFigure figure, String valueType) {
        if (figure == null || figure.value().isEmpty()) {
            return TrendPoint.missing(period);
        }
        double value = figure.value().getAsDouble();
        if ("count".equals(valueType) && value == Math.rint(value) && value >= 0) {
            return TrendPoint.count(period, (long) value);
        }
        return AssessedFigure.Counts.of(figure.row())
                .map(c -> TrendPoint.counted(period, value, c.numerator(), c.denominator()))
                .orElse(TrendPoint.valueOnly(period, value));
    }

    private static ValueType trendValueType(String valueType) {
        return switch (valueType) {
            case "proportion" -> ValueType.PROPORTION;
            case "rate" -> ValueType.RATE;
            case "count" -> ValueType.COUNT;
            default -> ValueType.MEAN_OR_MEDIAN;
        };
    }

    private static Trend noTrend(Indicator indicator, String reason) {
        return new Trend(TrendOutcome.CANNOT_BE_CALCULATED, "chi-squared test for trend over the last five periods",
                Optional.of(reason), OptionalDouble.empty());
    }

    private static NeighbourMean neighbourMean(AreaFacts area, Map<String, AssessedFigure> figuresByArea) {
        return NeighbourMean.of(area.neighbourCodes().stream().map(code -> valueOf(figuresByArea.get(code))).toList());
    }

    private static OptionalDouble valueOf(AssessedFigure figure) {
        return figure == null ? OptionalDouble.empty() : figure.value();
    }

    private AreaFacts area(String code) {
        return areas.facts(code).orElseThrow(() -> new NotFoundException("No area has the code '" + code + "'."));
    }

    private static String breakdown(Indicator indicator, String requested) {
        String breakdown = indicator.breakdownOrDefault(requested);
        if (!indicator.hasBreakdown(breakdown)) {
            throw new InvalidFieldException("breakdown", breakdownChoices(indicator));
        }
        return breakdown;
    }

    private static String breakdownChoices(Indicator indicator) {
        return indicator.breakdowns().isEmpty() ? "this indicator has no breakdowns"
                : "must be one of: " + indicator.breakdowns().stream().map(CatalogueRows.BreakdownRow::breakdownId)
                        .collect(Collectors.joining(", "));
    }

    private static String period(Indicator indicator, String breakdown, String requested) {
        List<String> periods = indicator.periods(breakdown);
        if (requested == null || LATEST.equals(requested.toLowerCase(Locale.ROOT))) {
            return periods.isEmpty() ? LATEST : periods.get(0);
        }
        if (Periods.order(requested) < 0) {
            throw new InvalidFieldException("period", "must be 'latest' or a period like " + example(indicator));
        }
        return requested;
    }

    private static String example(Indicator indicator) {
        return switch (indicator.entity().periodType()) {
            case "academic_year" -> "2023/24";
            case "term" -> "2023/24 Autumn";
            case "financial_year" -> "2023-24";
            case "quarter" -> "2024-Q1";
            case "month" -> "2024-03";
            default -> "2024";
        };
    }

    static <T> List<T> page(List<T> items, int page, int pageSize) {
        int from = Math.min(items.size(), (page - 1) * pageSize);
        return items.subList(from, Math.min(items.size(), from + pageSize));
    }

    static int totalPages(int items, int pageSize) {
        return (items + pageSize - 1) / pageSize;
    }

}
