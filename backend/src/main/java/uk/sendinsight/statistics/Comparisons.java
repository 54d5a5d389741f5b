package uk.sendinsight.statistics;

import java.util.Objects;
import java.util.Optional;

/** Comparison of an area's value with a benchmark (England, region or neighbour mean). */
public final class Comparisons {

    /** The method of {@link #byInterval}, worded for readers. */
    public static final String CONFIDENCE_INTERVAL_METHOD =
            "confidence interval overlap: benchmark inside 95% interval → similar";

    /** The method of {@link #notCompared}. */
    public static final String NOT_COMPARED_METHOD = "not compared";

    private Comparisons() {
    }

    /**
     * Compares by confidence interval, as the public-health profiles do: a benchmark inside the 95%
     * interval (a benchmark exactly on a limit counts as inside) is SIMILAR; outside it, the area is
     * BETTER or WORSE by polarity, or HIGHER or LOWER for {@link Polarity#NO_JUDGEMENT}; and the
     * difference is significant at 99.8% when the benchmark is also outside the 99.8% interval.
     *
     * @throws IllegalArgumentException if the benchmark is not a finite number, or {@code ci998}
     *         does not enclose {@code ci95} (the two were probably swapped)
     */
    public static Comparison byInterval(Interval ci95, Interval ci998, double benchmark, Polarity polarity) {
        Objects.requireNonNull(ci95, "ci95");
        Objects.requireNonNull(ci998, "ci998");
        Objects.requireNonNull(polarity, "polarity");
        if (!Double.isFinite(benchmark)) {
            throw new IllegalArgumentException("benchmark must be a finite number: " + benchmark);
        }
        if (!ci998.encloses(ci95)) {
            throw new IllegalArgumentException("the 99.8% interval " + ci998 + " must enclose the 95% interval " + ci95);
        }
        if (ci95.contains(benchmark)) {
            return new Comparison(ComparisonOutcome.SIMILAR, false, CONFIDENCE_INTERVAL_METHOD, Optional.empty());
        }
        boolean areaIsHigher = benchmark < ci95.lower();
        boolean significantAt998 = !ci998.contains(benchmark);
        ComparisonOutcome outcome = switch (polarity) {
            case HIGHER_IS_BETTER -> areaIsHigher ? ComparisonOutcome.BETTER : ComparisonOutcome.WORSE;
            case LOWER_IS_BETTER -> areaIsHigher ? ComparisonOutcome.WORSE : ComparisonOutcome.BETTER;
            case NO_JUDGEMENT -> areaIsHigher ? ComparisonOutcome.HIGHER : ComparisonOutcome.LOWER;
        };
        return new Comparison(outcome, significantAt998, CONFIDENCE_INTERVAL_METHOD, Optional.empty());
    }

    /**
     * No comparison, for a suppressed or missing value (which is never treated as zero) or a missing
     * benchmark; the reason is kept to show the reader.
     *
     * @throws IllegalArgumentException if the reason is blank
     */
    public static Comparison notCompared(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("say why the value is not compared");
        }
        return new Comparison(ComparisonOutcome.NOT_COMPARED, false, NOT_COMPARED_METHOD, Optional.of(reason));
    }
}
