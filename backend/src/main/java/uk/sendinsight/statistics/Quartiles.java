package uk.sendinsight.statistics;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The lower quartile, median and upper quartile of all areas' values, by the inclusive
 * linear-interpolation method (Hyndman and Fan type 7: R's default {@code quantile}, Excel's
 * {@code QUARTILE.INC}). For n sorted values x[0..n−1], the p-th quantile is
 * {@code x[k] + (h − k)(x[k+1] − x[k])} with {@code h = (n − 1)p} and {@code k = floor(h)}.
 *
 * <p>Used to band areas into quartiles, and to compare indicators that have no numerator and
 * denominator, so no confidence interval ({@link #METHOD}).
 */
public record Quartiles(double lowerQuartile, double median, double upperQuartile, int areaCount) {

    /** The method of {@link #position}, worded for readers. */
    public static final String METHOD = "quartile of all areas; no confidence interval";

    private static final List<String> JUDGED_LABELS =
            List.of("Best quartile", "Second-best quartile", "Second-worst quartile", "Worst quartile");
    private static final List<String> UNJUDGED_LABELS =
            List.of("Lowest quartile", "Second-lowest quartile", "Second-highest quartile", "Highest quartile");

    public Quartiles {
        if (areaCount < 1) {
            throw new IllegalArgumentException("quartiles need at least one area: " + areaCount);
        }
        if (!(lowerQuartile <= median && median <= upperQuartile)) {
            throw new IllegalArgumentException(
                    "quartiles out of order: " + lowerQuartile + ", " + median + ", " + upperQuartile);
        }
    }

    /**
     * Quartiles of the values of all areas that have one; the caller leaves out areas whose value is
     * missing or suppressed.
     *
     * @throws IllegalArgumentException if there are no values, or any is null or not finite
     */
    public static Quartiles of(Collection<Double> values) {
        Objects.requireNonNull(values, "values");
        if (values.isEmpty()) {
            throw new IllegalArgumentException("quartiles need at least one value");
        }
        double[] sorted = new double[values.size()];
        int i = 0;
        for (Double value : values) {
            if (value == null || !Double.isFinite(value)) {
                throw new IllegalArgumentException("values must be finite numbers, missing ones left out: " + value);
            }
            sorted[i++] = value;
        }
        Arrays.sort(sorted);
        return new Quartiles(quantile(sorted, 0.25), quantile(sorted, 0.5), quantile(sorted, 0.75), sorted.length);
    }

    /**
     * The quartile (1 to 4) that {@code value} falls in. For indicators with a polarity, 1 is the BEST
     * quartile and 4 the worst; for {@link Polarity#NO_JUDGEMENT}, 1 is the quartile of LOWEST values
     * and 4 of the highest. A value exactly on a boundary goes to the better quartile (to the lower
     * one for no-judgement indicators), so a single area, or areas tied on a boundary, are never
     * marked down by the choice of boundary rule.
     */
    public int quartileOf(double value, Polarity polarity) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be a finite number: " + value);
        }
        return switch (Objects.requireNonNull(polarity, "polarity")) {
            case HIGHER_IS_BETTER -> value >= upperQuartile ? 1 : value >= median ? 2 : value >= lowerQuartile ? 3 : 4;
            case LOWER_IS_BETTER, NO_JUDGEMENT ->
                    value <= lowerQuartile ? 1 : value <= median ? 2 : value <= upperQuartile ? 3 : 4;
        };
    }

    /** The comparison for indicators without a numerator and denominator: the quartile, its label and {@link #METHOD}. */
    public QuartilePosition position(double value, Polarity polarity) {
        int quartile = quartileOf(value, polarity);
        List<String> labels = polarity == Polarity.NO_JUDGEMENT ? UNJUDGED_LABELS : JUDGED_LABELS;
        return new QuartilePosition(quartile, labels.get(quartile - 1), METHOD);
    }

    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int k = (int) Math.floor(h);
        if (k + 1 >= sorted.length) {
            return sorted[sorted.length - 1];
        }
        return sorted[k] + (h - k) * (sorted[k + 1] - sorted[k]);
    }
}
