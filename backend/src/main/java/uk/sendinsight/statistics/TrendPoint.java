package uk.sendinsight.statistics;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One period of an indicator's time series.
 *
 * @param period      the period label, e.g. "2023/24"
 * @param value       the published value; empty when missing or suppressed
 * @param numerator   the events counted (for a count, the count itself), when published
 * @param denominator the population or total the events are out of, when published
 */
public record TrendPoint(String period, OptionalDouble value, OptionalLong numerator, OptionalLong denominator) {

    public TrendPoint {
        if (period == null || period.isBlank()) {
            throw new IllegalArgumentException("a trend point needs its period");
        }
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (numerator.isPresent() && numerator.getAsLong() < 0 || denominator.isPresent() && denominator.getAsLong() < 0) {
            throw new IllegalArgumentException("counts must not be negative in " + period);
        }
        if (value.isPresent() && !Double.isFinite(value.getAsDouble())) {
            throw new IllegalArgumentException("value must be a finite number in " + period);
        }
    }

    /** A proportion or rate published with its numerator and denominator. */
    public static TrendPoint counted(String period, double value, long numerator, long denominator) {
        return new TrendPoint(period, OptionalDouble.of(value), OptionalLong.of(numerator), OptionalLong.of(denominator));
    }

    /** A count of events. */
    public static TrendPoint count(String period, long count) {
        return new TrendPoint(period, OptionalDouble.of(count), OptionalLong.of(count), OptionalLong.empty());
    }

    /** A value published without counts, such as a mean or a percentage on its own. */
    public static TrendPoint valueOnly(String period, double value) {
        return new TrendPoint(period, OptionalDouble.of(value), OptionalLong.empty(), OptionalLong.empty());
    }

    /** A period whose value is missing or suppressed: never treated as zero. */
    public static TrendPoint missing(String period) {
        return new TrendPoint(period, OptionalDouble.empty(), OptionalLong.empty(), OptionalLong.empty());
    }
}
