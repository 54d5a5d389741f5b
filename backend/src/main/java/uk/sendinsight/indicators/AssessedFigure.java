package uk.sendinsight.indicators;

import io.micronaut.core.annotation.Nullable;
import java.util.Optional;
import java.util.OptionalDouble;
import uk.sendinsight.statistics.ConfidenceLevel;
import uk.sendinsight.statistics.Interval;
import uk.sendinsight.statistics.Proportions;
import uk.sendinsight.statistics.Rates;

/**
 * A stored figure read for display and comparison. Where the source gives a numerator and denominator the
 * value is computed from them (so it agrees with its confidence interval); otherwise it is the published
 * value. Confidence limits are derived here, never stored.
 */
record AssessedFigure(FigureRow row, OptionalDouble value, @Nullable Interval ci95, @Nullable Interval ci998) {

    static AssessedFigure of(FigureRow row, Indicator indicator) {
        if (row.numericValue() == null) {
            return new AssessedFigure(row, OptionalDouble.empty(), null, null);
        }
        Optional<Counts> counts = Counts.of(row);
        String valueType = indicator.entity().valueType();
        if (counts.isPresent() && "proportion".equals(valueType) && counts.get().numerator() <= counts.get().denominator()) {
            Counts c = counts.get();
            double scale = indicator.isPercent() ? 100 : 1;
            return new AssessedFigure(row, OptionalDouble.of(scale * c.numerator() / c.denominator()),
                    Proportions.wilson(c.numerator(), c.denominator(), ConfidenceLevel.NINETY_FIVE).scaledBy(scale),
                    Proportions.wilson(c.numerator(), c.denominator(), ConfidenceLevel.NINETY_NINE_POINT_EIGHT).scaledBy(scale));
        }
        if (counts.isPresent() && "rate".equals(valueType) && indicator.entity().rateBase() != null) {
            Counts c = counts.get();
            double scale = (double) indicator.entity().rateBase() / c.denominator();
            return new AssessedFigure(row, OptionalDouble.of(scale * c.numerator()),
                    Rates.byar(c.numerator(), ConfidenceLevel.NINETY_FIVE).scaledBy(scale),
                    Rates.byar(c.numerator(), ConfidenceLevel.NINETY_NINE_POINT_EIGHT).scaledBy(scale));
        }
        return new AssessedFigure(row, OptionalDouble.of(row.numericValue()), null, null);
    }

    boolean hasInterval() {
        return ci95 != null;
    }

    /** Why there is no value, in the reader's words. */
    String absence() {
        return row.markerText() != null ? "No value: " + row.markerText() : "No value";
    }

    /** Whole-number counts behind a proportion or rate, when the source gives them. */
    record Counts(long numerator, long denominator) {

        static Optional<Counts> of(FigureRow row) {
            Double n = row.numerator();
            Double d = row.denominator();
            if (n == null || d == null || d <= 0 || n < 0 || n != Math.rint(n) || d != Math.rint(d)) {
                return Optional.empty();
            }
            return Optional.of(new Counts(n.longValue(), d.longValue()));
        }
    }
}
