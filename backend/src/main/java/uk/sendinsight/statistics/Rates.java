package uk.sendinsight.statistics;

/** Confidence intervals for counts of events, the basis of crude rates. */
public final class Rates {

    /** Below this many events the exact Poisson limits are used instead of Byar's approximation. */
    static final long BYAR_MINIMUM_COUNT = 10;

    private Rates() {
    }

    /**
     * The confidence interval for an observed COUNT of events: Byar's approximation for counts of 10
     * or more, exact Poisson limits below 10 (lower = χ²(α/2; 2O)/2, upper = χ²(1 − α/2; 2O + 2)/2).
     * A count of 0 has a lower limit of 0. To get the interval for a rate, scale by
     * {@code multiplier / denominator} with {@link Interval#scaledBy}.
     *
     * @throws IllegalArgumentException if {@code count < 0}
     */
    public static Interval byar(long count, ConfidenceLevel level) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        if (count < BYAR_MINIMUM_COUNT) {
            return exactPoisson(count, level);
        }
        double z = level.z();
        double observed = count;
        double next = count + 1.0;
        double lower = observed * cube(1 - 1 / (9 * observed) - z / (3 * Math.sqrt(observed)));
        double upper = next * cube(1 - 1 / (9 * next) + z / (3 * Math.sqrt(next)));
        return new Interval(lower, upper);
    }

    /** Exact Poisson limits for a count, via quantiles of the gamma distribution (χ²(ν)/2 is Gamma(ν/2)). */
    static Interval exactPoisson(long count, ConfidenceLevel level) {
        double tail = level.alpha() / 2;
        double lower = count == 0 ? 0 : GammaFunctions.inverseLowerRegularized(count, tail);
        double upper = GammaFunctions.inverseUpperRegularized(count + 1.0, tail);
        return new Interval(lower, upper);
    }

    private static double cube(double x) {
        return x * x * x;
    }
}
