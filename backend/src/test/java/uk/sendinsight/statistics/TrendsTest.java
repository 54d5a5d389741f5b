package uk.sendinsight.statistics;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.sendinsight.statistics.Polarity.HIGHER_IS_BETTER;
import static uk.sendinsight.statistics.Polarity.LOWER_IS_BETTER;
import static uk.sendinsight.statistics.Polarity.NO_JUDGEMENT;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of Fingertips' trend method, each computed by hand (the arithmetic is in the comments), not by
 * this code.
 */
class TrendsTest {

    private static final List<String> YEARS = List.of("2020", "2021", "2022", "2023", "2024");

    @Test
    void bexleysTwentyWeekSeriesIsSignificantByTheTestButTurnsWithoutTwentyTwentyFourSoNoChangeIsDeclared() {
        // 219/267, 210/287, 317/353, 324/382, 345/503: N = 1792, X = 1415, Σxt = 4620, Σnt = 5733, Σnt² = 20999.
        // χ² = 1792 (1792·4620 − 1415·5733)² / (1415 · 377 · (1792·20999 − 5733²)) = 11.2606.
        // OLS slopes of logit(x / (n − x)) on t: all five −0.0757; leaving out 2024 +0.1779, so the sign turns.
        Trend trend = Trends.recent(proportions(new long[] {219, 210, 317, 324, 345}, new long[] {267, 287, 353, 382, 503}),
                HIGHER_IS_BETTER);

        assertAll(
                () -> assertEquals(TrendOutcome.NO_SIGNIFICANT_CHANGE, trend.outcome()),
                () -> assertEquals(11.2606, trend.chiSquared().getAsDouble(), 0.0001),
                () -> assertEquals(Trends.COUNTS_METHOD, trend.method()),
                () -> assertEquals(YEARS, trend.periods()),
                () -> assertTrue(trend.note().orElseThrow().contains("2024 is left out"), trend.note().toString()));
    }

    @Test
    void aSteadyRiseInAProportionIsATrendAndItsWordsFollowThePolarity() {
        // 100, 120, 140, 160, 180 of 400 each: N = 2000, X = 700, Σxt = 2300, Σnt = 6000, Σnt² = 22000.
        // χ² = 2000 (2000·2300 − 700·6000)² / (700 · 1300 · (2000·22000 − 6000²)) = 2000 · 1.6·10¹¹ / (910000 · 8·10⁶) = 43.9560.
        List<TrendPoint> rising = proportions(new long[] {100, 120, 140, 160, 180}, new long[] {400, 400, 400, 400, 400});

        assertAll(
                () -> assertEquals(43.9560, Trends.recent(rising, LOWER_IS_BETTER).chiSquared().getAsDouble(), 0.0001),
                () -> assertEquals(TrendOutcome.INCREASING_AND_GETTING_WORSE, Trends.recent(rising, LOWER_IS_BETTER).outcome()),
                () -> assertEquals(TrendOutcome.INCREASING_AND_GETTING_BETTER, Trends.recent(rising, HIGHER_IS_BETTER).outcome()),
                () -> assertEquals(TrendOutcome.INCREASING, Trends.recent(rising, NO_JUDGEMENT).outcome()),
                () -> assertTrue(Trends.recent(rising, NO_JUDGEMENT).note().isEmpty()));
    }

    @Test
    void aSmallChangeInAProportionIsNoSignificantChange() {
        // 100, 104, 98, 102, 106 of 400: N = 2000, X = 510, Σxt = 1540, Σnt = 6000, Σnt² = 22000.
        // χ² = 2000 (2000·1540 − 510·6000)² / (510 · 1490 · 8·10⁶) = 2000 · 4·10⁸ / 6.0792·10¹² = 0.1316.
        Trend trend = Trends.recent(proportions(new long[] {100, 104, 98, 102, 106}, new long[] {400, 400, 400, 400, 400}),
                LOWER_IS_BETTER);

        assertEquals(TrendOutcome.NO_SIGNIFICANT_CHANGE, trend.outcome());
        assertEquals(0.1316, trend.chiSquared().getAsDouble(), 0.0001);
    }

    @Test
    void aPointAtZeroPercentKeepsTheTestAndJudgesTheDirectionOnHalfCountedLogits() {
        // 0, 5, 10, 15, 20 of 100: N = 500, X = 50, Σxt = 200, Σnt = 1500, Σnt² = 5500.
        // χ² = 500 (500·200 − 50·1500)² / (50 · 450 · (500·5500 − 1500²)) = 3.125·10¹¹ / 1.125·10¹⁰ = 27.7778.
        Trend trend = Trends.recent(proportions(new long[] {0, 5, 10, 15, 20}, new long[] {100, 100, 100, 100, 100}),
                LOWER_IS_BETTER);

        assertEquals(TrendOutcome.INCREASING_AND_GETTING_WORSE, trend.outcome());
        assertEquals(27.7778, trend.chiSquared().getAsDouble(), 0.0001);
        assertTrue(trend.note().orElseThrow().contains("0% or 100%"));
    }

    @Test
    void noEventsInAnyPeriodIsNoChange() {
        Trend trend = Trends.recent(proportions(new long[] {0, 0, 0, 0, 0}, new long[] {50, 60, 70, 80, 90}), LOWER_IS_BETTER);

        assertEquals(TrendOutcome.NO_SIGNIFICANT_CHANGE, trend.outcome());
        assertEquals(0, trend.chiSquared().getAsDouble());
    }

    @Test
    void ratesWithIntervalsAreTestedByTheirInverseVarianceWeightedSlope() {
        // 10, 12, 14, 16, 18, each interval 4 wide: w = 1 / (4 / 3.92)² = 0.9604 for every point.
        // Σw = 5w, Σwt = 15w, Σwt² = 55w, D = 50w²; slope = (5·230 − 15·70) / 50 = 2; SE² = 5w / 50w² = 1 / 10w;
        // χ² = slope² · 10w = 4 · 9.604 = 38.416.
        Trend trend = Trends.recent(withIntervals(new double[] {10, 12, 14, 16, 18}, 4), LOWER_IS_BETTER);

        assertAll(
                () -> assertEquals(TrendOutcome.INCREASING_AND_GETTING_WORSE, trend.outcome()),
                () -> assertEquals(38.416, trend.chiSquared().getAsDouble(), 1e-9),
                () -> assertEquals(Trends.INTERVAL_METHOD, trend.method()));
    }

    @Test
    void anOutlierThatAloneMakesTheRateRiseIsNoTrend() {
        // 12, 10, 10, 10, 30, intervals 4 wide: slope = (5·252 − 15·72) / 50 = 3.6, χ² = 3.6² · 9.604 = 124.468 > 9.5495;
        // but without 2024 the slope of 12, 10, 10, 10 is (4·82 − 10·42) / 20 = −0.6: the sign turns.
        Trend trend = Trends.recent(withIntervals(new double[] {12, 10, 10, 10, 30}, 4), LOWER_IS_BETTER);

        assertEquals(TrendOutcome.NO_SIGNIFICANT_CHANGE, trend.outcome());
        assertEquals(124.4678, trend.chiSquared().getAsDouble(), 0.0001);
        assertTrue(trend.note().orElseThrow().contains("2024"));
    }

    @Test
    void wideIntervalsMakeASmallRiseNoSignificantChange() {
        // 10, 11, 10, 11, 12, intervals 8 wide: w = 0.2401; Σty = 166, Σy = 54; slope = (5·166 − 15·54) / 50 = 0.4;
        // χ² = 0.16 · 10w = 0.16 · 2.401 = 0.38416.
        Trend trend = Trends.recent(withIntervals(new double[] {10, 11, 10, 11, 12}, 8), HIGHER_IS_BETTER);

        assertEquals(TrendOutcome.NO_SIGNIFICANT_CHANGE, trend.outcome());
        assertEquals(0.38416, trend.chiSquared().getAsDouble(), 1e-9);
    }

    @Test
    void onlyTheLastFivePeriodsCount() {
        List<TrendPoint> points = new ArrayList<>();
        points.add(TrendPoint.proportion("2019", 400, 400));
        points.addAll(proportions(new long[] {100, 104, 98, 102, 106}, new long[] {400, 400, 400, 400, 400}));

        Trend trend = Trends.recent(points, LOWER_IS_BETTER);

        assertEquals(YEARS, trend.periods());
        assertEquals(0.1316, trend.chiSquared().getAsDouble(), 0.0001);
    }

    @Test
    void theTrendCannotBeCalculatedWithFewerThanFivePeriodsAGapOrNothingToTest() {
        List<TrendPoint> four = proportions(new long[] {1, 2, 3, 4, 5}, new long[] {9, 9, 9, 9, 9}).subList(1, 5);
        List<TrendPoint> gap = new ArrayList<>(proportions(new long[] {1, 2, 3, 4, 5}, new long[] {9, 9, 9, 9, 9}));
        gap.set(2, TrendPoint.missing("2022", "suppressed"));
        List<TrendPoint> demo = new ArrayList<>(gap);
        demo.set(2, TrendPoint.missing("2022", "a demo figure"));
        List<TrendPoint> valuesOnly = YEARS.stream().map(year -> TrendPoint.valueOnly(year, 12.5)).toList();

        assertAll(
                () -> assertEquals("fewer than five periods (4)", Trends.recent(four, HIGHER_IS_BETTER).reason().orElseThrow()),
                () -> assertEquals("a gap in the last five periods: 2022 (suppressed)",
                        Trends.recent(gap, HIGHER_IS_BETTER).reason().orElseThrow()),
                () -> assertEquals("a gap in the last five periods: 2022 (a demo figure)",
                        Trends.recent(demo, HIGHER_IS_BETTER).reason().orElseThrow()),
                () -> assertEquals("no counts or confidence intervals to test for 2020, 2021, 2022, 2023, 2024",
                        Trends.recent(valuesOnly, HIGHER_IS_BETTER).reason().orElseThrow()),
                () -> assertEquals(TrendOutcome.CANNOT_BE_CALCULATED, Trends.recent(valuesOnly, HIGHER_IS_BETTER).outcome()),
                () -> assertEquals(0, Trends.recent(valuesOnly, HIGHER_IS_BETTER).pointsUsed()));
    }

    private static List<TrendPoint> proportions(long[] numerators, long[] denominators) {
        List<TrendPoint> points = new ArrayList<>();
        for (int i = 0; i < numerators.length; i++) {
            points.add(TrendPoint.proportion(YEARS.get(i), numerators[i], denominators[i]));
        }
        return points;
    }

    private static List<TrendPoint> withIntervals(double[] values, double width) {
        List<TrendPoint> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add(TrendPoint.withInterval(YEARS.get(i), values[i], new Interval(values[i] - width / 2, values[i] + width / 2)));
        }
        return points;
    }
}
