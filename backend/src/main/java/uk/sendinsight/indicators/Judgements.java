package uk.sendinsight.indicators;

import java.util.OptionalDouble;
import uk.sendinsight.statistics.Comparison;
import uk.sendinsight.statistics.ComparisonOutcome;
import uk.sendinsight.statistics.Comparisons;
import uk.sendinsight.statistics.Polarity;
import uk.sendinsight.statistics.Quartiles;

/** Applies the design's comparison rules to one figure against one benchmark. */
final class Judgements {

    static final String QUARTILE_METHOD = "quartile";
    static final String INTERVAL_METHOD = "confidence_interval";
    static final String NONE = "none";

    private Judgements() {
    }

    /** A figure's comparison, its method and the benchmark it was measured against. */
    record Judgement(Comparison comparison, String method, OptionalDouble benchmark) {
    }

    /**
     * Against England: by confidence interval when the figure has one; otherwise by the figure's quartile
     * among all areas (top or bottom quarter → better or worse), as the design says for figures without counts.
     */
    static Judgement withEngland(Indicator indicator, AssessedFigure figure, OptionalDouble england, Quartiles quartiles) {
        if (figure.value().isEmpty()) {
            return notCompared(figure.absence());
        }
        if (isNotComparable(indicator)) {
            return notCompared(whyNotComparable(indicator));
        }
        if (figure.hasInterval()) {
            return england.isPresent() ? byInterval(indicator, figure, england)
                    : notCompared("No England figure is published in this source");
        }
        if (quartiles == null) {
            return notCompared("Too few areas have a figure to place it in a quartile");
        }
        int quartile = quartiles.quartileOf(figure.value().getAsDouble(), indicator.polarity());
        return new Judgement(byQuartile(quartile, indicator.polarity()), QUARTILE_METHOD, england);
    }

    /** Against a region or the neighbours' mean: only by confidence interval. */
    static Judgement withBenchmark(Indicator indicator, AssessedFigure figure, OptionalDouble benchmark, String benchmarkName) {
        if (figure.value().isEmpty()) {
            return notCompared(figure.absence());
        }
        if (isNotComparable(indicator)) {
            return notCompared(whyNotComparable(indicator));
        }
        if (!figure.hasInterval()) {
            return notCompared("No counts, so no confidence interval to compare with the " + benchmarkName
                    + "; see the quartile among all areas");
        }
        return benchmark.isPresent() ? byInterval(indicator, figure, benchmark)
                : notCompared("No " + benchmarkName + " figure for this period");
    }

    static Judgement notCompared(String reason) {
        return new Judgement(Comparisons.notCompared(reason), NONE, OptionalDouble.empty());
    }

    private static Judgement byInterval(Indicator indicator, AssessedFigure figure, OptionalDouble benchmark) {
        return new Judgement(Comparisons.byInterval(figure.ci95(), figure.ci998(), benchmark.getAsDouble(), indicator.polarity()),
                INTERVAL_METHOD, benchmark);
    }

    private static Comparison byQuartile(int quartile, Polarity polarity) {
        ComparisonOutcome outcome;
        if (polarity == Polarity.NO_JUDGEMENT) {
            outcome = quartile == 4 ? ComparisonOutcome.HIGHER : quartile == 1 ? ComparisonOutcome.LOWER : ComparisonOutcome.SIMILAR;
        } else {
            outcome = quartile == 1 ? ComparisonOutcome.BETTER : quartile == 4 ? ComparisonOutcome.WORSE : ComparisonOutcome.SIMILAR;
        }
        return new Comparison(outcome, false, Quartiles.METHOD, java.util.Optional.empty());
    }

    private static boolean isNotComparable(Indicator indicator) {
        return NONE.equals(indicator.entity().comparisonMethod())
                || "count".equals(indicator.entity().valueType()) || "boolean".equals(indicator.entity().valueType());
    }

    private static String whyNotComparable(Indicator indicator) {
        return "boolean".equals(indicator.entity().valueType())
                ? "Yes/no figures are shown, not compared"
                : "Counts depend on the size of the area, so they are not compared";
    }
}
