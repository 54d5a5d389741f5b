package uk.sendinsight.statistics;

/**
 * The two confidence levels the public-health profiles use: 95% to decide "different", 99.8% to
 * decide "significantly different". Each carries its two-sided normal quantile {@code z} and
 * {@code alpha} (the chance, under the null hypothesis, of falling outside the interval).
 */
public enum ConfidenceLevel {
    NINETY_FIVE(1.959963984540054, 0.05),
    NINETY_NINE_POINT_EIGHT(3.090232306167813, 0.002);

    private final double z;
    private final double alpha;

    ConfidenceLevel(double z, double alpha) {
        this.z = z;
        this.alpha = alpha;
    }

    /** The standard normal quantile at {@code 1 - alpha / 2}. */
    public double z() {
        return z;
    }

    /** One minus the confidence level: 0.05 or 0.002. */
    public double alpha() {
        return alpha;
    }
}
