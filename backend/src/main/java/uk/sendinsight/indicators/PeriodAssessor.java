package uk.sendinsight.indicators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.sendinsight.periods.Period;
import uk.sendinsight.statistics.Polarity;
import uk.sendinsight.statistics.Quartiles;
import uk.sendinsight.statistics.Rank;
import uk.sendinsight.statistics.Ranks;

/**
 * Every area's figure for one indicator, breakdown and period, with England and regional benchmarks, quartiles and
 * ranks. Only real (published or provisional) figures enter the quartiles, ranks and benchmarks; a former authority
 * is ranked only in periods it existed for.
 */
final class PeriodAssessor {

    static final String ENGLAND = "E92000001";

    private PeriodAssessor() {
    }

    static Views.PeriodFigures assess(Indicator indicator, String breakdown, String period, String areaType, List<FigureRow> rows) {
        AssessedFigure england = null;
        Map<String, AssessedFigure> regions = new HashMap<>();
        List<AssessedFigure> ofType = new ArrayList<>();
        for (FigureRow row : rows) {
            AssessedFigure figure = AssessedFigure.of(row, indicator);
            if (ENGLAND.equals(row.areaCode()) && row.isReal()) {
                england = figure;
            } else if ("region".equals(row.areaType()) && row.isReal()) {
                regions.put(row.areaCode(), figure);
            }
            if (areaType.equals(row.areaType())) {
                ofType.add(figure);
            }
        }
        Period when = indicator.period(period);
        Map<String, Double> ranked = new LinkedHashMap<>();
        ofType.stream().filter(f -> f.isRealValue() && existed(f.row(), when))
                .forEach(f -> ranked.put(f.row().areaCode(), f.value().getAsDouble()));
        Quartiles quartiles = ranked.isEmpty() ? null : Quartiles.of(ranked.values());
        Map<String, Rank> ranks = Ranks.rank(ranked, indicator.polarity());
        Judgements.Benchmark englandBenchmark = Judgements.Benchmark.of("England", england);
        List<Views.AreaFigure> areaFigures = new ArrayList<>();
        for (AssessedFigure figure : ofType) {
            FigureRow row = figure.row();
            AssessedFigure region = row.parentCode() == null ? null : regions.get(row.parentCode());
            Integer quartile = ranked.containsKey(row.areaCode())
                    ? quartiles.quartileOf(figure.value().getAsDouble(), indicator.polarity()) : null;
            areaFigures.add(new Views.AreaFigure(figure, region,
                    Judgements.compare(indicator, figure, englandBenchmark),
                    "local_authority".equals(areaType)
                            ? Judgements.compare(indicator, figure, Judgements.Benchmark.of(row.parentName() == null ? "the region"
                                    : row.parentName(), region))
                            : Judgements.notCompared("Only local authorities are compared with their region"),
                    quartile, quarterInWords(quartile, indicator.polarity(), areaType), ranks.get(row.areaCode())));
        }
        List<Views.AreaFigure> regionFigures = regions.values().stream()
                .sorted(Comparator.comparing(f -> f.row().areaName()))
                .map(f -> new Views.AreaFigure(f, null, Judgements.compare(indicator, f, englandBenchmark),
                        Judgements.notCompared("Regions are compared with England"), null, null, null))
                .toList();
        return new Views.PeriodFigures(indicator, period, breakdown, areaType, england, regionFigures, quartiles, areaFigures);
    }

    /** A former authority's figure counts among the areas of a period only if the authority existed when it began. */
    static boolean existed(FigureRow row, Period period) {
        return row.abolished() == null || row.abolished().isAfter(period.start());
    }

    /** "In the highest quarter of local authorities": the quarter by value, whatever the polarity. */
    static String quarterInWords(Integer quartile, Polarity polarity, String areaType) {
        if (quartile == null) {
            return null;
        }
        int fromHighest = polarity == Polarity.HIGHER_IS_BETTER ? quartile : 5 - quartile;
        String quarter = switch (fromHighest) {
            case 1 -> "highest";
            case 2 -> "second-highest";
            case 3 -> "second-lowest";
            default -> "lowest";
        };
        return "In the " + quarter + " quarter of " + pluralName(areaType);
    }

    private static String pluralName(String areaType) {
        return switch (areaType) {
            case "local_authority" -> "local authorities";
            case "icb" -> "integrated care boards";
            case "sub_icb" -> "sub-ICB locations";
            case "region" -> "regions";
            default -> "areas";
        };
    }
}
