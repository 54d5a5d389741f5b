package uk.sendinsight.statistics;

/**
 * A confidence interval with {@code lower <= upper}, on the scale stated by the method that made it
 * (0–1 for {@link Proportions#wilson}, a count for {@link Rates#byar}).
 */
public record Interval(double lower, double upper) {

    public Interval {
        if (!Double.isFinite(lower) || !Double.isFinite(upper)) {
            throw new IllegalArgumentException("interval limits must be finite numbers: " + lower + ", " + upper);
        }
        if (lower > upper) {
            throw new IllegalArgumentException("lower limit " + lower + " is above upper limit " + upper);
        }
    }

    /** Whether {@code value} lies inside the interval; a value on either limit counts as inside. */
    public boolean contains(double value) {
        return lower <= value && value <= upper;
    }

    /** Whether this interval covers {@code other} entirely. */
    public boolean encloses(Interval other) {
        return lower <= other.lower && other.upper <= upper;
    }

    /**
     * This interval multiplied by a positive factor, for example a count interval times
     * {@code multiplier / denominator} to give a rate per 100 pupils, or a proportion times 100.
     */
    public Interval scaledBy(double factor) {
        if (!(factor > 0) || !Double.isFinite(factor)) {
            throw new IllegalArgumentException("scale factor must be a positive number: " + factor);
        }
        return new Interval(lower * factor, upper * factor);
    }
}
