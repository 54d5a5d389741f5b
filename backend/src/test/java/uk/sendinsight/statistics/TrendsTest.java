package uk.sendinsight.statistics;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.sendinsight.statistics.Polarity.HIGHER_IS_BETTER;
import static uk.sendinsight.statistics.Polarity.LOWER_IS_BETTER;
import static uk.sendinsight.statistics.Polarity.NO_JUDGEMENT;
import static uk.sendinsight.statistics.TrendOutcome.CANNOT_BE_CALCULATED;
import static uk.sendinsight.statistics.TrendOutcome.NO_SIGNIFICANT_CHANGE;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrendsTest {

    private static final List<String> YEARS = List.of("2019/20", "2020/21", "2021/22", "2022/23", "2023/24");

    // Hand-checkable: 100, 120, 140, 160, 180 out of 400 each year (p = 0.25 … 0.45).
    //   logit p  = ln(1/3), ln(3/7), ln(7/13), ln(2/3), ln(9/11)
    //            = −1.098612, −0.847298, −0.619039, −0.405465, −0.200671
    //   w = n·p·(1 − p) = 75, 84, 91, 96, 99; Σw = 445; Σwt = 950; Σwt² = 2896
    //   Sxx = 2896 − 950²/445 = 867.910
    //   Σwy = −268.6926; Σwty = −380.0777; Sxy = −380.0777 − 950 × (−268.6926)/445 = 193.5358
    //   slope = Sxy/Sxx = 0.22299 per year; χ² = Sxy²/Sxx = 43.157, far above 3.0902² = 9.5495.
    // numpy.polyfit(t, y, 1, w=√w, cov="unscaled") gives the same slope and χ² = 43.15659.
    private static final List<TrendPoint> RISING_PROPORTION = proportions(400, 100, 120, 140, 160, 180);

    @Test
    void aRisingProportionMatchesTheHandCalculatedChiSquared() {
        Trend trend = Trends.recent(RISING_PROPORTION, LOWER_IS_BETTER, ValueType.PROPORTION);

        assertAll(
                () -> assertEquals(43.15659, trend.chiSquared().getAsDouble(), 0.00001),
                () -> assertEquals(TrendOutcome.INCREASING_AND_GETTING_WORSE, trend.outcome()),
                () -> assertEquals("Increasing and getting worse", trend.text()),
                () -> assertEquals(Trends.PROPORTION_METHOD, trend.method()),
                () -> assertEquals(Optional.empty(), trend.reason()));
    }

    @Test
    void aRisingProportionIsLabelledByPolarity() {
        assertAll(
                () -> assertEquals(TrendOutcome.INCREASING_AND_GETTING_BETTER,
                        Trends.recent(RISING_PROPORTION, HIGHER_IS_BETTER, ValueType.PROPORTION).outcome()),
                () -> assertEquals(TrendOutcome.INCREASING,
                        Trends.recent(RISING_PROPORTION, NO_JUDGEMENT, ValueType.PROPORTION).outcome()));
    }

    @Test
    void theSameSeriesFallingIsEquallySignificantTheOtherWay() {
        List<TrendPoint> falling = proportions(400, 180, 160, 140, 120, 100);

        assertAll(
                () -> assertEquals(TrendOutcome.DECREASING_AND_GETTING_BETTER,
                        Trends.recent(falling, LOWER_IS_BETTER, ValueType.PROPORTION).outcome()),
                () -> assertEquals(TrendOutcome.DECREASING_AND_GETTING_WORSE,
                        Trends.recent(falling, HIGHER_IS_BETTER, ValueType.PROPORTION).outcome()),
                () -> assertEquals(TrendOutcome.DECREASING,
                        Trends.recent(falling, NO_JUDGEMENT, ValueType.PROPORTION).outcome()),
                () -> assertEquals(43.15659, Trends.recent(falling, NO_JUDGEMENT, ValueType.PROPORTION).chiSquared().getAsDouble(), 0.00001));
    }

    @Test
    void aFlatSeriesHasNoSignificantChange() {
        // χ² = 1.4e-6 by numpy.polyfit as above.
        Trend trend = Trends.recent(proportions(400, 100, 104, 98, 102, 101), LOWER_IS_BETTER, ValueType.PROPORTION);

        assertAll(
                () -> assertEquals(NO_SIGNIFICANT_CHANGE, trend.outcome()),
                () -> assertEquals("No significant change", trend.text()),
                () -> assertTrue(trend.chiSquared().getAsDouble() < 0.001));
    }

    @Test
    void aTrendSignificantOnlyAt95PercentIsNoSignificantChange() {
        // 100, 108, 112, 118, 124 out of 400: χ² = 4.1457 (numpy.polyfit), above 3.84 (95%) but below 9.55 (99.8%).
        Trend trend = Trends.recent(proportions(400, 100, 108, 112, 118, 124), LOWER_IS_BETTER, ValueType.PROPORTION);

        assertAll(
                () -> assertEquals(4.14567, trend.chiSquared().getAsDouble(), 0.00001),
                () -> assertEquals(NO_SIGNIFICANT_CHANGE, trend.outcome()));
    }

    @Test
    void onlyTheLastFivePeriodsAreTested() {
        List<TrendPoint> longer = new ArrayList<>();
        longer.add(TrendPoint.missing("2017/18"));
        longer.add(TrendPoint.counted("2018/19", 0.975, 390, 400));
        longer.addAll(RISING_PROPORTION);

        assertEquals(
                Trends.recent(RISING_PROPORTION, LOWER_IS_BETTER, ValueType.PROPORTION),
                Trends.recent(longer, LOWER_IS_BETTER, ValueType.PROPORTION));
    }

    @Test
    void fourPeriodsCannotBeCalculated() {
        Trend trend = Trends.recent(RISING_PROPORTION.subList(1, 5), LOWER_IS_BETTER, ValueType.PROPORTION);

        assertAll(
                () -> assertEquals(CANNOT_BE_CALCULATED, trend.outcome()),
                () -> assertEquals("Cannot be calculated", trend.text()),
                () -> assertEquals(Optional.of("fewer than five periods (4)"), trend.reason()),
                () -> assertTrue(trend.chiSquared().isEmpty()));
    }

    @Test
    void aSuppressedPeriodAmongTheLastFiveCannotBeCalculatedAndIsNamed() {
        List<TrendPoint> points = new ArrayList<>(RISING_PROPORTION);
        points.set(2, TrendPoint.missing("2021/22"));

        Trend trend = Trends.recent(points, LOWER_IS_BETTER, ValueType.PROPORTION);

        assertAll(
                () -> assertEquals(CANNOT_BE_CALCULATED, trend.outcome()),
                () -> assertEquals(Optional.of("no value for 2021/22 (missing or suppressed)"), trend.reason()));
    }

    @Test
    void percentagesPublishedWithoutCountsCannotBeTested() {
        List<TrendPoint> percentagesOnly = YEARS.stream().map(year -> TrendPoint.valueOnly(year, 25.0)).toList();

        Trend trend = Trends.recent(percentagesOnly, LOWER_IS_BETTER, ValueType.PROPORTION);

        assertAll(
                () -> assertEquals(CANNOT_BE_CALCULATED, trend.outcome()),
                () -> assertEquals(Optional.of("no counts to test for " + String.join(", ", YEARS)), trend.reason()));
    }

    @Test
    void meansAndMediansAreNotTested() {
        List<TrendPoint> medianWeeks = YEARS.stream().map(year -> TrendPoint.valueOnly(year, 12.0)).toList();

        Trend trend = Trends.recent(medianWeeks, LOWER_IS_BETTER, ValueType.MEAN_OR_MEDIAN);

        assertAll(
                () -> assertEquals(CANNOT_BE_CALCULATED, trend.outcome()),
                () -> assertEquals(Trends.NOT_TESTED_METHOD, trend.method()),
                () -> assertTrue(trend.reason().orElseThrow().startsWith("no counts to test")));
    }

    @Test
    void aZeroDenominatorCannotBeCalculated() {
        List<TrendPoint> points = new ArrayList<>(RISING_PROPORTION);
        points.set(4, TrendPoint.counted("2023/24", 0, 0, 0));

        assertEquals(Optional.of("denominator is zero for 2023/24"),
                Trends.recent(points, LOWER_IS_BETTER, ValueType.PROPORTION).reason());
    }

    // Periods at 0% and 100% use (r + 0.5)/(n + 1), the usual half-count correction for the logit;
    // the expected χ² was computed with the same correction in numpy.polyfit.
    @ParameterizedTest(name = "{0}, {1}, {2}, {3}, {4} of 50 gives χ² {5}: {6}")
    @CsvSource({
            " 0,  2,  5,  9, 14, 14.72521, INCREASING",
            "50, 49, 50, 48, 47,  2.43640, NO_SIGNIFICANT_CHANGE"})
    void proportionsOfNoneOrAllAreCorrectedNotDropped(int a, int b, int c, int d, int e, double chiSquared, TrendOutcome outcome) {
        Trend trend = Trends.recent(proportions(50, a, b, c, d, e), NO_JUDGEMENT, ValueType.PROPORTION);

        assertAll(
                () -> assertEquals(chiSquared, trend.chiSquared().getAsDouble(), 0.00001),
                () -> assertEquals(outcome, trend.outcome()));
    }

    @Test
    void aFallingSuspensionRateIsTestedOnTheLogScale() {
        // 300, 260, 220, 190, 150 suspensions among 10,000 pupils a year; log(rate) weighted by count:
        // χ² = 59.35315 by numpy.polyfit.
        List<TrendPoint> points = new ArrayList<>();
        long[] suspensions = {300, 260, 220, 190, 150};
        for (int i = 0; i < 5; i++) {
            points.add(TrendPoint.counted(YEARS.get(i), suspensions[i] / 100.0, suspensions[i], 10_000));
        }

        Trend trend = Trends.recent(points, LOWER_IS_BETTER, ValueType.RATE);

        assertAll(
                () -> assertEquals(59.35315, trend.chiSquared().getAsDouble(), 0.00001),
                () -> assertEquals(TrendOutcome.DECREASING_AND_GETTING_BETTER, trend.outcome()),
                () -> assertEquals(Trends.RATE_METHOD, trend.method()));
    }

    @Test
    void aRisingCountOfRequestsIsIncreasing() {
        // 100, 120, 140, 160, 180 requests; log(count) weighted by count: χ² = 27.88263 by numpy.polyfit.
        List<TrendPoint> points = new ArrayList<>();
        long[] requests = {100, 120, 140, 160, 180};
        for (int i = 0; i < 5; i++) {
            points.add(TrendPoint.count(YEARS.get(i), requests[i]));
        }

        Trend trend = Trends.recent(points, NO_JUDGEMENT, ValueType.COUNT);

        assertAll(
                () -> assertEquals(27.88263, trend.chiSquared().getAsDouble(), 0.00001),
                () -> assertEquals(TrendOutcome.INCREASING, trend.outcome()),
                () -> assertEquals("Increasing", trend.text()));
    }

    @Test
    void aYearWithNoEventsDoesNotBreakARateTrend() {
        List<TrendPoint> points = new ArrayList<>();
        long[] exclusions = {0, 1, 0, 2, 1};
        for (int i = 0; i < 5; i++) {
            points.add(TrendPoint.counted(YEARS.get(i), exclusions[i] / 50.0, exclusions[i], 5_000));
        }

        Trend trend = Trends.recent(points, LOWER_IS_BETTER, ValueType.RATE);

        assertAll(
                () -> assertEquals(NO_SIGNIFICANT_CHANGE, trend.outcome()),
                () -> assertTrue(Double.isFinite(trend.chiSquared().getAsDouble())));
    }

    @Test
    void aProportionAboveOneIsRejected() {
        List<TrendPoint> points = new ArrayList<>(RISING_PROPORTION);
        points.set(0, TrendPoint.counted("2019/20", 1.1, 440, 400));

        assertThrows(IllegalArgumentException.class, () -> Trends.recent(points, LOWER_IS_BETTER, ValueType.PROPORTION));
    }

    private static List<TrendPoint> proportions(long denominator, long... numerators) {
        List<TrendPoint> points = new ArrayList<>();
        for (int i = 0; i < numerators.length; i++) {
            points.add(TrendPoint.counted(YEARS.get(i), (double) numerators[i] / denominator, numerators[i], denominator));
        }
        return points;
    }
}
