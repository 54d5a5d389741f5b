package uk.sendinsight.statistics;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How many times more likely something is in one group than in a comparison group, e.g. the
 * suspension rate of pupils on SEN support divided by that of pupils with no SEN.
 *
 * @param ratio  group value ÷ comparison value; empty when the comparison value is zero
 * @param ci95   the 95% interval for the ratio, when the counts allow one
 * @param method how the ratio and interval were calculated
 * @param reason why the ratio or its interval is absent; empty when both are present
 */
public record RelativeLikelihood(OptionalDouble ratio, Optional<Interval> ci95, String method, Optional<String> reason) {

    static final String PROPORTIONS_METHOD = "ratio of proportions; 95% interval on the log scale (Katz):"
            + " SE(ln RR) = √(1/a − 1/n₁ + 1/b − 1/n₂)";
    static final String RATES_METHOD = "ratio of rates; 95% interval on the log scale: SE(ln RR) = √(1/a + 1/b)";
    static final String VALUES_METHOD = "ratio of published values; no counts, so no interval";

    public RelativeLikelihood {
        Objects.requireNonNull(ratio, "ratio");
        Objects.requireNonNull(ci95, "ci95");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(reason, "reason");
        if (ratio.isEmpty() && ci95.isPresent()) {
            throw new IllegalArgumentException("an interval needs a ratio");
        }
        if (reason.isPresent() == ci95.isPresent()) {
            throw new IllegalArgumentException("a reason is given exactly when the interval is absent");
        }
    }

    /**
     * The risk ratio of two proportions, (a/n₁) ÷ (b/n₂), for events that happen at most once per
     * person (e.g. pupils with at least one suspension out of all pupils), with Katz's 95% interval.
     * With no events in the group the ratio is 0 and the interval is absent; with no events, or no
     * one, in the comparison group, or no one in the group, the ratio is absent.
     *
     * @throws IllegalArgumentException if a count is negative or events exceed their total
     */
    public static RelativeLikelihood ofProportions(long groupEvents, long groupTotal, long comparisonEvents, long comparisonTotal) {
        checkCounts(groupEvents, groupTotal, "group");
        checkCounts(comparisonEvents, comparisonTotal, "comparison group");
        if (groupEvents > groupTotal || comparisonEvents > comparisonTotal) {
            throw new IllegalArgumentException("events cannot exceed the total for a proportion");
        }
        Optional<RelativeLikelihood> undefined = undefined(groupEvents, groupTotal, comparisonEvents, comparisonTotal, PROPORTIONS_METHOD);
        if (undefined.isPresent()) {
            return undefined.get();
        }
        double variance = 1.0 / groupEvents - 1.0 / groupTotal + 1.0 / comparisonEvents - 1.0 / comparisonTotal;
        return withLogInterval(groupEvents, groupTotal, comparisonEvents, comparisonTotal, variance, PROPORTIONS_METHOD);
    }

    /**
     * The ratio of two rates, (a/n₁) ÷ (b/n₂), for events that can happen more than once per person
     * (e.g. suspensions per 100 pupils), with the 95% interval for a ratio of Poisson counts. Zero
     * events or populations are handled as in {@link #ofProportions}.
     *
     * @throws IllegalArgumentException if a count is negative
     */
    public static RelativeLikelihood ofRates(long groupEvents, long groupPopulation, long comparisonEvents, long comparisonPopulation) {
        checkCounts(groupEvents, groupPopulation, "group");
        checkCounts(comparisonEvents, comparisonPopulation, "comparison group");
        Optional<RelativeLikelihood> undefined = undefined(groupEvents, groupPopulation, comparisonEvents, comparisonPopulation, RATES_METHOD);
        if (undefined.isPresent()) {
            return undefined.get();
        }
        double variance = 1.0 / groupEvents + 1.0 / comparisonEvents;
        return withLogInterval(groupEvents, groupPopulation, comparisonEvents, comparisonPopulation, variance, RATES_METHOD);
    }

    /**
     * The ratio of two published values when their counts are not available: the ratio only, no
     * interval. A comparison value of zero gives no ratio.
     *
     * @throws IllegalArgumentException if a value is negative or not finite
     */
    public static RelativeLikelihood ofValues(double groupValue, double comparisonValue) {
        if (!(groupValue >= 0) || !(comparisonValue >= 0) || !Double.isFinite(groupValue) || !Double.isFinite(comparisonValue)) {
            throw new IllegalArgumentException("values must be non-negative numbers: " + groupValue + ", " + comparisonValue);
        }
        if (comparisonValue == 0) {
            return new RelativeLikelihood(OptionalDouble.empty(), Optional.empty(), VALUES_METHOD,
                    Optional.of("the comparison group's value is zero, so the ratio would divide by zero"));
        }
        return new RelativeLikelihood(OptionalDouble.of(groupValue / comparisonValue), Optional.empty(), VALUES_METHOD,
                Optional.of("no counts, so no interval"));
    }

    private static Optional<RelativeLikelihood> undefined(long a, long n1, long b, long n2, String method) {
        String reason;
        if (n1 == 0) {
            reason = "the group's denominator is zero";
        } else if (n2 == 0) {
            reason = "the comparison group's denominator is zero";
        } else if (b == 0) {
            reason = "the comparison group has no events, so the ratio would divide by zero";
        } else if (a == 0) {
            return Optional.of(new RelativeLikelihood(OptionalDouble.of(0), Optional.empty(), method,
                    Optional.of("the group has no events; the interval needs at least one event in each group")));
        } else {
            return Optional.empty();
        }
        return Optional.of(new RelativeLikelihood(OptionalDouble.empty(), Optional.empty(), method, Optional.of(reason)));
    }

    private static RelativeLikelihood withLogInterval(long a, long n1, long b, long n2, double variance, String method) {
        double ratio = ((double) a / n1) / ((double) b / n2);
        double margin = ConfidenceLevel.NINETY_FIVE.z() * Math.sqrt(variance);
        double logRatio = Math.log(ratio);
        Interval interval = new Interval(Math.exp(logRatio - margin), Math.exp(logRatio + margin));
        return new RelativeLikelihood(OptionalDouble.of(ratio), Optional.of(interval), method, Optional.empty());
    }

    private static void checkCounts(long events, long total, String group) {
        if (events < 0 || total < 0) {
            throw new IllegalArgumentException("the " + group + "'s counts must not be negative: " + events + ", " + total);
        }
    }
}
