package uk.sendinsight.statistics;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One period of an area's series, as the trend test sees it.
 *
 * @param period      the period label, e.g. "2023/24"
 * @param value       the figure; empty when there is none to test
 * @param numerator   the events counted, for a proportion published with its counts
 * @param denominator the total the events are out of, for such a proportion
 * @param ci95        the figure's 95% confidence interval, when it has one
 * @param missing     why there is no figure to test ("suppressed", "a demo figure"); present exactly when value is empty
 */
public record TrendPoint(String period, OptionalDouble value, OptionalLong numerator, OptionalLong denominator,
                         Optional<Interval> ci95, Optional<String> missing) {

    public TrendPoint {
        if (period == null || period.isBlank()) {
            throw new IllegalArgumentException("a trend point needs its period");
        }
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        Objects.requireNonNull(ci95, "ci95");
        Objects.requireNonNull(missing, "missing");
        if (value.isPresent() == missing.isPresent()) {
            throw new IllegalArgumentException("a trend point has a value or says why it has none: " + period);
        }
        if (numerator.isPresent() != denominator.isPresent()) {
            throw new IllegalArgumentException("a proportion needs both its counts: " + period);
        }
        if (numerator.isPresent() && (numerator.getAsLong() < 0 || numerator.getAsLong() > denominator.getAsLong()
                || denominator.getAsLong() == 0)) {
            throw new IllegalArgumentException("a proportion's numerator must lie within a positive denominator: " + period);
        }
        if (value.isPresent() && !Double.isFinite(value.getAsDouble())) {
            throw new IllegalArgumentException("value must be a finite number in " + period);
        }
    }

    /** A proportion published with its counts, e.g. 345 of 503 plans issued within 20 weeks. */
    public static TrendPoint proportion(String period, long numerator, long denominator) {
        if (denominator <= 0) {
            throw new IllegalArgumentException("a proportion needs a positive denominator: " + period);
        }
        return new TrendPoint(period, OptionalDouble.of((double) numerator / denominator), OptionalLong.of(numerator),
                OptionalLong.of(denominator), Optional.empty(), Optional.empty());
    }

    /** Any other figure with its 95% confidence interval: a rate, or a count with Byar's interval. */
    public static TrendPoint withInterval(String period, double value, Interval ci95) {
        return new TrendPoint(period, OptionalDouble.of(value), OptionalLong.empty(), OptionalLong.empty(),
                Optional.of(ci95), Optional.empty());
    }

    /** A figure published without counts or an interval (a mean, a percentage on its own): it cannot be tested. */
    public static TrendPoint valueOnly(String period, double value) {
        return new TrendPoint(period, OptionalDouble.of(value), OptionalLong.empty(), OptionalLong.empty(),
                Optional.empty(), Optional.empty());
    }

    /** A period with no figure to test, and why: missing, suppressed, or one that may not enter real statistics. */
    public static TrendPoint missing(String period, String why) {
        return new TrendPoint(period, OptionalDouble.empty(), OptionalLong.empty(), OptionalLong.empty(),
                Optional.empty(), Optional.of(why));
    }

    boolean hasCounts() {
        return numerator.isPresent();
    }
}
