package uk.sendinsight.statistics;

/** Confidence intervals for proportions (numerator out of denominator). */
public final class Proportions {

    private Proportions() {
    }

    /**
     * The Wilson score interval without continuity correction, on the 0–1 scale, as used by the
     * public-health profiles. A numerator of 0 gives a lower limit of exactly 0, and a numerator equal
     * to the denominator an upper limit of exactly 1.
     *
     * @throws IllegalArgumentException if {@code numerator < 0}, {@code denominator <= 0} or
     *         {@code numerator > denominator}
     */
    public static Interval wilson(long numerator, long denominator, ConfidenceLevel level) {
        if (numerator < 0) {
            throw new IllegalArgumentException("numerator must not be negative: " + numerator);
        }
        if (denominator <= 0) {
            throw new IllegalArgumentException("denominator must be greater than zero: " + denominator);
        }
        if (numerator > denominator) {
            throw new IllegalArgumentException(
                    "numerator " + numerator + " is greater than denominator " + denominator);
        }
        double z = level.z();
        double zSquared = z * z;
        double r = numerator;
        double n = denominator;
        double centre = 2 * r + zSquared;
        double spread = z * Math.sqrt(zSquared + 4 * r * (n - r) / n);
        double divisor = 2 * (n + zSquared);
        // At 0 and n the formula gives 0 and 1 only up to rounding; the published limits are exact.
        double lower = numerator == 0 ? 0 : (centre - spread) / divisor;
        double upper = numerator == denominator ? 1 : (centre + spread) / divisor;
        return new Interval(Math.max(0, lower), Math.min(1, upper));
    }
}
