package uk.sendinsight.indicators;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import uk.sendinsight.statistics.Comparison;
import uk.sendinsight.statistics.ComparisonOutcome;
import uk.sendinsight.statistics.Comparisons;
import uk.sendinsight.statistics.NeighbourMean;

/**
 * Applies the design's comparison rules to one figure against one benchmark, and says in words what was done:
 * significance words only from confidence intervals; for figures without an interval, only a position (higher or
 * lower, and a place among the neighbours); demo figures never compared with real ones.
 */
final class Judgements {

    static final String INTERVAL_METHOD = "confidence_interval";
    static final String POSITION_METHOD = "position";
    static final String NONE = "none";

    private Judgements() {
    }

    /**
     * A figure's comparison with one benchmark.
     *
     * @param rank     for a position against the neighbours: the area's place among itself and its neighbours with a
     *                 published figure, 1 being the highest value
     * @param rankedOf how many areas that place is out of
     */
    record Judgement(ComparisonOutcome outcome, boolean significantAt998, String method, OptionalDouble benchmark, String label,
                     Optional<String> reason, @Nullable Integer rank, @Nullable Integer rankedOf) {
    }

    /** What a figure is compared with: its name in a sentence ("England", "London", "the neighbours' mean") and value. */
    record Benchmark(String name, OptionalDouble value) {

        static Benchmark of(String name, @Nullable AssessedFigure figure) {
            return new Benchmark(name, figure == null || !figure.isRealValue() ? OptionalDouble.empty() : figure.value());
        }
    }

    static Judgement compare(Indicator indicator, AssessedFigure figure, Benchmark benchmark) {
        Optional<String> why = whyNotCompared(indicator, figure);
        if (why.isPresent()) {
            return notCompared(why.get());
        }
        if (benchmark.value().isEmpty()) {
            return notCompared("No " + benchmark.name() + " figure for this period");
        }
        if (figure.hasInterval()) {
            return byInterval(indicator, figure, benchmark);
        }
        return position(indicator, figure, benchmark, null, null,
                " (no confidence interval, so not tested)");
    }

    /**
     * Against the mean of the neighbours' published figures: by interval where the figure has one; otherwise its
     * position, with its place among itself and the neighbours.
     */
    static Judgement withNeighbours(Indicator indicator, AssessedFigure figure, String areaName, NeighbourMean mean,
                                    Collection<Double> neighbourValues) {
        Optional<String> why = whyNotCompared(indicator, figure);
        if (why.isPresent()) {
            return notCompared(why.get());
        }
        Benchmark benchmark = new Benchmark("the neighbours' mean", mean.mean());
        if (mean.mean().isEmpty()) {
            return notCompared("No neighbour has a published figure for this period");
        }
        if (figure.hasInterval()) {
            return byInterval(indicator, figure, benchmark);
        }
        double own = figure.value().getAsDouble();
        int rank = 1 + (int) neighbourValues.stream().filter(v -> v > own).count();
        int rankedOf = 1 + neighbourValues.size();
        String place = "; " + ordinal(rank) + " highest of " + rankedOf + " (" + areaName + " and " + neighbourValues.size()
                + (neighbourValues.size() == 1 ? " neighbour" : " neighbours") + " with a figure)";
        return position(indicator, figure, benchmark, rank, rankedOf, place);
    }

    static Judgement notCompared(String reason) {
        Comparison c = Comparisons.notCompared(reason);
        return new Judgement(c.outcome(), false, NONE, OptionalDouble.empty(), "Not compared: " + lowerFirst(reason),
                c.reason(), null, null);
    }

    private static Optional<String> whyNotCompared(Indicator indicator, AssessedFigure figure) {
        if (figure.value().isEmpty()) {
            return Optional.of(figure.absence());
        }
        if (figure.row().isDemo()) {
            return Optional.of("Demo figure: never compared with real figures");
        }
        if (NONE.equals(indicator.entity().comparisonMethod()) || "count".equals(indicator.entity().valueType())) {
            return Optional.of("Counts depend on the size of the area, so they are not compared");
        }
        if ("boolean".equals(indicator.entity().valueType())) {
            return Optional.of("Yes/no figures are shown, not compared");
        }
        return Optional.empty();
    }

    private static Judgement byInterval(Indicator indicator, AssessedFigure figure, Benchmark benchmark) {
        double value = benchmark.value().getAsDouble();
        Comparison c = Comparisons.byInterval(figure.ci95(), figure.ci998(), value, indicator.polarity());
        String words = switch (c.outcome()) {
            case SIMILAR -> "Similar to " + benchmark.name();
            default -> c.outcome().text() + " than " + benchmark.name();
        };
        return new Judgement(c.outcome(), c.significantAt998(), INTERVAL_METHOD, benchmark.value(),
                words + (c.significantAt998() ? " (significant at 99.8%)" : ""), Optional.empty(), null, null);
    }

    /** Higher, lower or equal at the indicator's published precision: a place, never a judgement or a test. */
    private static Judgement position(Indicator indicator, AssessedFigure figure, Benchmark benchmark, @Nullable Integer rank,
                                      @Nullable Integer rankedOf, String tail) {
        int places = indicator.entity().decimalPlaces();
        BigDecimal own = BigDecimal.valueOf(figure.value().getAsDouble()).setScale(places, RoundingMode.HALF_UP);
        BigDecimal other = BigDecimal.valueOf(benchmark.value().getAsDouble()).setScale(places, RoundingMode.HALF_UP);
        int order = own.compareTo(other);
        ComparisonOutcome outcome = order > 0 ? ComparisonOutcome.HIGHER : order < 0 ? ComparisonOutcome.LOWER : ComparisonOutcome.EQUAL;
        String words = switch (outcome) {
            case EQUAL -> "The same as " + benchmark.name();
            default -> outcome.text() + " than " + benchmark.name();
        };
        return new Judgement(outcome, false, POSITION_METHOD, benchmark.value(), words + tail, Optional.empty(), rank, rankedOf);
    }

    static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }
}
