package uk.sendinsight.statistics;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/** Recent trends: is an indicator getting better or worse over its last five periods? */
public final class Trends {

    static final int RECENT_PERIODS = 5;

    static final String PROPORTION_METHOD = "chi-squared test for linear trend over the last five periods, at 99.8%:"
            + " weighted least squares of logit(proportion) on time, weights n·p·(1−p);"
            + " a period at 0% or 100% uses (numerator + 0.5) / (denominator + 1)";
    static final String RATE_METHOD = "chi-squared test for linear trend over the last five periods, at 99.8%:"
            + " weighted least squares of log(rate) on time, weights = count; a count of 0 is taken as 0.5";
    static final String COUNT_METHOD = "chi-squared test for linear trend over the last five periods, at 99.8%:"
            + " weighted least squares of log(count) on time, weights = count; a count of 0 is taken as 0.5";
    static final String NOT_TESTED_METHOD = "not tested: no counts to test";

    private Trends() {
    }

    /**
     * The recent trend from the last five of {@code points}, which must be consecutive, equally spaced
     * periods, oldest first, with a missing or suppressed period passed as a point without a value
     * (never dropped, never zero).
     *
     * <p>Method: a chi-squared test for linear trend at 99.8% (|slope / SE| above 3.0902, so
     * (slope / SE)² on 1 degree of freedom above 9.5495). For proportions the slope is that of a
     * weighted least-squares regression of logit(p) on time, weighted by n·p·(1−p); for rates of
     * log(rate) and for counts of log(count), weighted by the count. The weights are the inverse
     * variances, so SE(slope) = 1/√(Σw(t − t̄)²).
     *
     * <p>The trend cannot be calculated with fewer than five periods, when any of the last five has
     * no value or lacks the counts the test needs, when a denominator is zero, or for means, medians
     * and other values published without counts.
     *
     * @throws IllegalArgumentException if a proportion's numerator exceeds its denominator
     */
    public static Trend recent(List<TrendPoint> points, Polarity polarity, ValueType valueType) {
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(valueType, "valueType");
        String method = switch (valueType) {
            case PROPORTION -> PROPORTION_METHOD;
            case RATE -> RATE_METHOD;
            case COUNT -> COUNT_METHOD;
            case MEAN_OR_MEDIAN -> NOT_TESTED_METHOD;
        };
        if (valueType == ValueType.MEAN_OR_MEDIAN) {
            return Trend.cannotBeCalculated(method, "no counts to test: a mean or median has no numerator and denominator");
        }
        if (points.size() < RECENT_PERIODS) {
            return Trend.cannotBeCalculated(method, "fewer than five periods (" + points.size() + ")");
        }
        List<TrendPoint> recent = points.subList(points.size() - RECENT_PERIODS, points.size());
        Optional<String> unusable = whyUnusable(recent, valueType);
        if (unusable.isPresent()) {
            return Trend.cannotBeCalculated(method, unusable.get());
        }

        double[] logScale = new double[RECENT_PERIODS];
        double[] weight = new double[RECENT_PERIODS];
        for (int i = 0; i < RECENT_PERIODS; i++) {
            TrendPoint point = recent.get(i);
            long numerator = point.numerator().getAsLong();
            if (valueType == ValueType.PROPORTION) {
                long denominator = point.denominator().getAsLong();
                if (numerator > denominator) {
                    throw new IllegalArgumentException("numerator " + numerator + " exceeds denominator "
                            + denominator + " in " + point.period());
                }
                // Logit(0) and logit(1) are infinite; the half-count correction keeps such a period in the test.
                boolean extreme = numerator == 0 || numerator == denominator;
                double events = extreme ? numerator + 0.5 : numerator;
                double trials = extreme ? denominator + 1.0 : denominator;
                double p = events / trials;
                logScale[i] = Math.log(p / (1 - p));
                weight[i] = trials * p * (1 - p);
            } else {
                double events = numerator == 0 ? 0.5 : numerator;
                double base = valueType == ValueType.RATE ? point.denominator().getAsLong() : 1;
                logScale[i] = Math.log(events / base);
                weight[i] = events;
            }
        }
        WeightedLine line = WeightedLine.fit(logScale, weight);
        double z = ConfidenceLevel.NINETY_NINE_POINT_EIGHT.z();
        TrendOutcome outcome = line.chiSquared() > z * z
                ? direction(line.slope() > 0, polarity)
                : TrendOutcome.NO_SIGNIFICANT_CHANGE;
        return new Trend(outcome, method, Optional.empty(), OptionalDouble.of(line.chiSquared()));
    }

    private static Optional<String> whyUnusable(List<TrendPoint> recent, ValueType valueType) {
        String withoutValue = periods(recent.stream().filter(point -> point.value().isEmpty()).toList());
        if (!withoutValue.isEmpty()) {
            return Optional.of("no value for " + withoutValue + " (missing or suppressed)");
        }
        boolean needsDenominator = valueType != ValueType.COUNT;
        String withoutCounts = periods(recent.stream()
                .filter(point -> point.numerator().isEmpty() || needsDenominator && point.denominator().isEmpty())
                .toList());
        if (!withoutCounts.isEmpty()) {
            return Optional.of("no counts to test for " + withoutCounts);
        }
        if (needsDenominator) {
            String zeroDenominator = periods(recent.stream()
                    .filter(point -> point.denominator().getAsLong() == 0)
                    .toList());
            if (!zeroDenominator.isEmpty()) {
                return Optional.of("denominator is zero for " + zeroDenominator);
            }
        }
        return Optional.empty();
    }

    private static String periods(List<TrendPoint> points) {
        return points.stream().map(TrendPoint::period).collect(Collectors.joining(", "));
    }

    private static TrendOutcome direction(boolean increasing, Polarity polarity) {
        return switch (polarity) {
            case HIGHER_IS_BETTER -> increasing
                    ? TrendOutcome.INCREASING_AND_GETTING_BETTER : TrendOutcome.DECREASING_AND_GETTING_WORSE;
            case LOWER_IS_BETTER -> increasing
                    ? TrendOutcome.INCREASING_AND_GETTING_WORSE : TrendOutcome.DECREASING_AND_GETTING_BETTER;
            case NO_JUDGEMENT -> increasing ? TrendOutcome.INCREASING : TrendOutcome.DECREASING;
        };
    }

    /**
     * A weighted least-squares line through {@code y} at times 0, 1, 2, …, with the weights taken as
     * inverse variances: slope = Sxy / Sxx, SE(slope) = 1 / √Sxx, so (slope / SE)² = Sxy² / Sxx.
     */
    record WeightedLine(double slope, double chiSquared) {

        static WeightedLine fit(double[] y, double[] weight) {
            double totalWeight = 0;
            double weightedTime = 0;
            double weightedY = 0;
            for (int t = 0; t < y.length; t++) {
                totalWeight += weight[t];
                weightedTime += weight[t] * t;
                weightedY += weight[t] * y[t];
            }
            double meanTime = weightedTime / totalWeight;
            double meanY = weightedY / totalWeight;
            double sxx = 0;
            double sxy = 0;
            for (int t = 0; t < y.length; t++) {
                sxx += weight[t] * (t - meanTime) * (t - meanTime);
                sxy += weight[t] * (t - meanTime) * (y[t] - meanY);
            }
            return new WeightedLine(sxy / sxx, sxy * sxy / sxx);
        }
    }
}
