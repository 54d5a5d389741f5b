package uk.sendinsight.statistics;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * Recent trends exactly as the public-health profiles (Fingertips, {@code TrendMarkerCalculator}) compute them, over
 * the last five consecutive periods, t = 1 … 5:
 *
 * <ul>
 *   <li>Proportions with counts (x events of n): the chi-squared test for linear trend (Cochran–Armitage),
 *       χ² = N (N Σxt − X Σnt)² / (X (N − X) (N Σnt² − (Σnt)²)) with N = Σn and X = Σx. The direction is the sign of
 *       the ordinary least-squares slope of logit = ln(x / (n − x)) on t.</li>
 *   <li>Other figures with a 95% interval (rates, counts with Byar's interval): an inverse-variance weighted slope of
 *       the value on t, with weights w = 1 / ((upper95 − lower95) / 3.92)², slope = (Σw Σwty − Σwt Σwy) / D and
 *       SE = √(Σw / D), D = Σw Σwt² − (Σwt)², χ² = (slope / SE)².</li>
 * </ul>
 *
 * <p>A trend is declared only if χ² &gt; 9.5495 (99.8%, 1 degree of freedom) <em>and</em> the slope keeps its sign
 * (a slope of exactly zero counting as positive, as Fingertips does) when each one of the five points is left out in
 * turn. A logit is infinite at 0% or 100%: if any point is at either, the logits of all five are taken as
 * ln((x + ½) / (n − x + ½)) for the direction and its check; χ² needs no logits.
 */
public final class Trends {

    static final int POINTS = 5;
    /** The χ² (1 degree of freedom) that a trend must exceed: the 99.8% point. */
    public static final double THRESHOLD = 9.54953570608324;

    /** The methods in words for people; the formulas are in this class and in docs/statistics.md. */
    public static final String COUNTS_METHOD = "Test for a trend in the counts over the last five periods"
            + " (chi-squared test for linear trend at 99.8%, with each period left out in turn), as the public-health profiles do it";
    public static final String INTERVAL_METHOD = "Test for a trend over the last five periods, each figure weighted by its"
            + " confidence interval (at 99.8%, with each period left out in turn), as the public-health profiles do it";
    public static final String NOT_TESTED_METHOD = "Not tested";

    private Trends() {
    }

    /**
     * The recent trend from {@code points}: one per period, oldest first, consecutive with no period skipped (a
     * period with no figure is passed as {@link TrendPoint#missing}, never dropped). Only the last five are used.
     */
    public static Trend recent(List<TrendPoint> points, Polarity polarity) {
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(polarity, "polarity");
        if (points.size() < POINTS) {
            return Trend.cannotBeCalculated(NOT_TESTED_METHOD, "fewer than five periods ("
                    + (points.size() == 1 ? "one" : points.size()) + ")");
        }
        List<TrendPoint> recent = points.subList(points.size() - POINTS, points.size());
        List<TrendPoint> missing = recent.stream().filter(p -> p.missing().isPresent()).toList();
        if (!missing.isEmpty()) {
            return Trend.cannotBeCalculated(NOT_TESTED_METHOD, "a gap in the last five periods: "
                    + missing.stream().map(p -> p.period() + " (" + p.missing().get() + ")").collect(Collectors.joining(", ")));
        }
        if (recent.stream().allMatch(TrendPoint::hasCounts)) {
            return ofCounts(recent, polarity);
        }
        if (recent.stream().allMatch(p -> p.ci95().isPresent())) {
            return ofIntervals(recent, polarity);
        }
        return Trend.cannotBeCalculated(NOT_TESTED_METHOD, "no counts or confidence intervals to test for "
                + periods(recent.stream().filter(p -> !p.hasCounts() && p.ci95().isEmpty()).toList()));
    }

    private static Trend ofCounts(List<TrendPoint> recent, Polarity polarity) {
        double n = 0;
        double x = 0;
        double sumXt = 0;
        double sumNt = 0;
        double sumNt2 = 0;
        boolean extreme = false;
        for (int i = 0; i < POINTS; i++) {
            long events = recent.get(i).numerator().getAsLong();
            long total = recent.get(i).denominator().getAsLong();
            int t = i + 1;
            n += total;
            x += events;
            sumXt += events * t;
            sumNt += total * t;
            sumNt2 += (double) total * t * t;
            extreme |= events == 0 || events == total;
        }
        double chiSquared = x == 0 || x == n ? 0
                : n * Math.pow(n * sumXt - x * sumNt, 2) / (x * (n - x) * (n * sumNt2 - sumNt * sumNt));
        double[] logits = new double[POINTS];
        double[] ones = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            double events = recent.get(i).numerator().getAsLong();
            double total = recent.get(i).denominator().getAsLong();
            logits[i] = extreme ? Math.log((events + 0.5) / (total - events + 0.5)) : Math.log(events / (total - events));
            ones[i] = 1;
        }
        Optional<String> extremeNote = extreme
                ? Optional.of("A period at 0% or 100% has no logit, so the direction was judged on ln((x + ½) / (n − x + ½)) for every period")
                : Optional.empty();
        return decide(COUNTS_METHOD, recent, chiSquared, Slopes.of(logits, ones), polarity, extremeNote);
    }

    private static Trend ofIntervals(List<TrendPoint> recent, Polarity polarity) {
        double[] values = new double[POINTS];
        double[] weights = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            Interval ci = recent.get(i).ci95().get();
            double width = ci.upper() - ci.lower();
            if (!(width > 0)) {
                return Trend.cannotBeCalculated(INTERVAL_METHOD, "the confidence interval of " + recent.get(i).period()
                        + " has no width, so it cannot be weighted");
            }
            values[i] = recent.get(i).value().getAsDouble();
            weights[i] = 1 / Math.pow(width / 3.92, 2);
        }
        Slopes slopes = Slopes.of(values, weights);
        double chiSquared = Math.pow(slopes.all() / slopes.standardError(), 2);
        return decide(INTERVAL_METHOD, recent, chiSquared, slopes, polarity, Optional.empty());
    }

    private static Trend decide(String method, List<TrendPoint> recent, double chiSquared, Slopes slopes, Polarity polarity,
                                Optional<String> note) {
        List<String> periods = recent.stream().map(TrendPoint::period).toList();
        boolean increasing = slopes.all() >= 0;
        Optional<String> turned = slopes.signTurnsWithout().stream().map(i -> periods.get(i)).reduce((a, b) -> a + ", " + b);
        TrendOutcome outcome = chiSquared > THRESHOLD && turned.isEmpty() ? direction(increasing, polarity)
                : TrendOutcome.NO_SIGNIFICANT_CHANGE;
        if (chiSquared > THRESHOLD && turned.isPresent()) {
            note = Optional.of(join(note, "The test alone was significant, but the direction turns when " + turned.get()
                    + " is left out, so the trend is not declared"));
        }
        return new Trend(outcome, method, Optional.empty(), note, OptionalDouble.of(chiSquared), periods);
    }

    private static String join(Optional<String> first, String second) {
        return first.map(f -> f + ". " + second).orElse(second);
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
     * Weighted least-squares slopes of y on t = 1 … 5: with all five points, and with each one left out. With unit
     * weights these are the ordinary least-squares slopes.
     */
    record Slopes(double all, double standardError, double[] leftOut) {

        static Slopes of(double[] y, double[] w) {
            double[] leftOut = new double[y.length];
            for (int skip = 0; skip < y.length; skip++) {
                leftOut[skip] = fit(y, w, skip)[0];
            }
            double[] all = fit(y, w, -1);
            return new Slopes(all[0], all[1], leftOut);
        }

        /** Indexes of the points whose leaving out turns the slope's sign (zero counting as positive). */
        List<Integer> signTurnsWithout() {
            boolean positive = all >= 0;
            return java.util.stream.IntStream.range(0, leftOut.length).filter(i -> leftOut[i] >= 0 != positive).boxed().toList();
        }

        /** {slope, standard error} over the points other than {@code skip}. */
        private static double[] fit(double[] y, double[] w, int skip) {
            double sumW = 0;
            double sumWty = 0;
            double sumWt = 0;
            double sumWy = 0;
            double sumWt2 = 0;
            for (int i = 0; i < y.length; i++) {
                if (i == skip) {
                    continue;
                }
                int t = i + 1;
                sumW += w[i];
                sumWty += w[i] * t * y[i];
                sumWt += w[i] * t;
                sumWy += w[i] * y[i];
                sumWt2 += w[i] * t * t;
            }
            double d = sumW * sumWt2 - sumWt * sumWt;
            return new double[] {(sumW * sumWty - sumWt * sumWy) / d, Math.sqrt(sumW / d)};
        }
    }
}
