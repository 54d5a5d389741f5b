package uk.sendinsight.indicators;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalDouble;
import uk.sendinsight.statistics.ConfidenceLevel;
import uk.sendinsight.statistics.Interval;
import uk.sendinsight.statistics.Proportions;
import uk.sendinsight.statistics.Rates;

/**
 * A stored figure read for display and comparison. The value is the published one; where the source also gives a
 * numerator and denominator that reproduce it (to the precision it was published to), the value is computed from
 * them, so that it agrees with its confidence interval. Where they do not (DfE's percentage used another
 * denominator), the published value stands and no interval is derived. Confidence limits are never stored.
 */
record AssessedFigure(FigureRow row, OptionalDouble value, @Nullable Interval ci95, @Nullable Interval ci998,
                      Optional<String> note) {

    static AssessedFigure of(FigureRow row, Indicator indicator) {
        if (row.numericValue() == null) {
            return new AssessedFigure(row, OptionalDouble.empty(), null, null, Optional.empty());
        }
        Optional<Counts> counts = Counts.of(row);
        String valueType = indicator.entity().valueType();
        if (counts.isPresent() && "proportion".equals(valueType) && counts.get().numerator() <= counts.get().denominator()) {
            Counts c = counts.get();
            double scale = indicator.isPercent() ? 100 : 1;
            double exact = scale * c.numerator() / c.denominator();
            if (!reproduces(exact, row.numericValue())) {
                return anotherDenominator(row, exact);
            }
            return new AssessedFigure(row, OptionalDouble.of(exact),
                    Proportions.wilson(c.numerator(), c.denominator(), ConfidenceLevel.NINETY_FIVE).scaledBy(scale),
                    Proportions.wilson(c.numerator(), c.denominator(), ConfidenceLevel.NINETY_NINE_POINT_EIGHT).scaledBy(scale),
                    Optional.empty());
        }
        if (counts.isPresent() && "rate".equals(valueType) && indicator.entity().rateBase() != null) {
            Counts c = counts.get();
            double scale = (double) indicator.entity().rateBase() / c.denominator();
            double exact = scale * c.numerator();
            if (!reproduces(exact, row.numericValue())) {
                return anotherDenominator(row, exact);
            }
            return new AssessedFigure(row, OptionalDouble.of(exact),
                    Rates.byar(c.numerator(), ConfidenceLevel.NINETY_FIVE).scaledBy(scale),
                    Rates.byar(c.numerator(), ConfidenceLevel.NINETY_NINE_POINT_EIGHT).scaledBy(scale), Optional.empty());
        }
        return new AssessedFigure(row, OptionalDouble.of(row.numericValue()), null, null, Optional.empty());
    }

    private static AssessedFigure anotherDenominator(FigureRow row, double fromCounts) {
        String note = String.format("Published figure: the counts published beside it give %s, so they use another"
                + " denominator and no confidence interval is derived", BigDecimal.valueOf(fromCounts).setScale(2,
                java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString());
        return new AssessedFigure(row, OptionalDouble.of(row.numericValue()), null, null, Optional.of(note));
    }

    /**
     * Whether a ratio of counts rounds to the published value at the precision the value was published to (DfE
     * publishes percentages to one decimal place: 43.3 is reproduced by 43.25 to 43.35, not by 43.02). Trailing
     * zeros are lost in storage, so a whole number is taken as published to one decimal place.
     */
    static boolean reproduces(double fromCounts, double published) {
        int places = Math.max(1, BigDecimal.valueOf(published).stripTrailingZeros().scale());
        if (places > 6) {
            return Math.abs(fromCounts - published) <= 1e-6 * Math.max(1, Math.abs(published));
        }
        return Math.abs(fromCounts - published) <= 0.5 * Math.pow(10, -places) + 1e-9;
    }

    boolean hasInterval() {
        return ci95 != null;
    }

    /** Published or provisional, with a value: may enter comparisons, means, quartiles and ranks of real figures. */
    boolean isRealValue() {
        return row.isReal() && value.isPresent();
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
