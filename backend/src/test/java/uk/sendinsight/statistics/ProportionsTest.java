package uk.sendinsight.statistics;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.sendinsight.statistics.ConfidenceLevel.NINETY_FIVE;
import static uk.sendinsight.statistics.ConfidenceLevel.NINETY_NINE_POINT_EIGHT;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ProportionsTest {

    // Newcombe RG (1998), "Two-sided confidence intervals for the single proportion: comparison of seven
    // methods", Statistics in Medicine 17:857–872, Table I, method 3 (score interval, no continuity
    // correction). Published to four decimal places, so allow half a unit in the last place.
    @ParameterizedTest(name = "{0}/{1} has 95% limits {2} to {3}")
    @CsvSource({
            "81, 263, 0.2553, 0.3662",
            "15, 148, 0.0624, 0.1605",
            " 0,  20, 0.0000, 0.1611",
            " 1,  29, 0.0061, 0.1718"})
    void wilsonIntervalMatchesNewcombesPublishedTable(long numerator, long denominator, double lower, double upper) {
        Interval interval = Proportions.wilson(numerator, denominator, NINETY_FIVE);

        assertAll(
                () -> assertEquals(lower, interval.lower(), 0.00005),
                () -> assertEquals(upper, interval.upper(), 0.00005));
    }

    // The Wilson limits are the two roots π of (p − π)² = z²·π(1 − π)/n (Wilson 1927), so each limit
    // must satisfy that equation: a check independent of the closed form the code uses.
    @ParameterizedTest(name = "{0}/{1} at 99.8% solves Wilson''s quadratic")
    @CsvSource({"81, 263", "15, 148", "1, 29", "1045, 5000", "1, 2"})
    void wilsonLimitsAt998SolveWilsonsDefiningEquation(long numerator, long denominator) {
        Interval interval = Proportions.wilson(numerator, denominator, NINETY_NINE_POINT_EIGHT);
        double p = (double) numerator / denominator;
        double zSquared = NINETY_NINE_POINT_EIGHT.z() * NINETY_NINE_POINT_EIGHT.z();

        for (double limit : new double[] {interval.lower(), interval.upper()}) {
            double left = (p - limit) * (p - limit);
            double right = zSquared * limit * (1 - limit) / denominator;
            assertEquals(right, left, 1e-12, "limit " + limit);
        }
        assertTrue(interval.lower() < p && p < interval.upper());
    }

    @Test
    void the998IntervalIsWiderThanThe95Interval() {
        Interval ci95 = Proportions.wilson(81, 263, NINETY_FIVE);
        Interval ci998 = Proportions.wilson(81, 263, NINETY_NINE_POINT_EIGHT);

        // 0.2280357 to 0.4013894: Wilson's formula with z = 3.090232, evaluated separately in Python.
        assertAll(
                () -> assertTrue(ci998.encloses(ci95)),
                () -> assertEquals(0.2280357, ci998.lower(), 1e-6),
                () -> assertEquals(0.4013894, ci998.upper(), 1e-6));
    }

    @ParameterizedTest
    @EnumSource(ConfidenceLevel.class)
    void noneOutOfNHasALowerLimitOfExactlyZero(ConfidenceLevel level) {
        Interval interval = Proportions.wilson(0, 37, level);

        assertAll(
                () -> assertEquals(0.0, interval.lower()),
                () -> assertTrue(interval.upper() > 0 && interval.upper() < 1));
    }

    @ParameterizedTest
    @EnumSource(ConfidenceLevel.class)
    void allOutOfNHasAnUpperLimitOfExactlyOne(ConfidenceLevel level) {
        Interval interval = Proportions.wilson(37, 37, level);

        assertAll(
                () -> assertEquals(1.0, interval.upper()),
                () -> assertTrue(interval.lower() > 0 && interval.lower() < 1));
    }

    @Test
    void allOutOfNMirrorsNoneOutOfN() {
        // By symmetry the interval for 29/29 is one minus that for 0/29.
        Interval none = Proportions.wilson(0, 29, NINETY_FIVE);
        Interval all = Proportions.wilson(29, 29, NINETY_FIVE);

        assertEquals(1 - none.upper(), all.lower(), 1e-15);
    }

    @Test
    void aDenominatorOfOneStillGivesAnIntervalInsideZeroToOne() {
        // One pupil: 0/1 is 0 to z²/(1 + z²) = 0.7935 and 1/1 is 1/(1 + z²) = 0.2065 to 1.
        Interval none = Proportions.wilson(0, 1, NINETY_FIVE);
        Interval one = Proportions.wilson(1, 1, NINETY_FIVE);
        double zSquared = NINETY_FIVE.z() * NINETY_FIVE.z();

        assertAll(
                () -> assertEquals(0.0, none.lower()),
                () -> assertEquals(zSquared / (1 + zSquared), none.upper(), 1e-15),
                () -> assertEquals(1 / (1 + zSquared), one.lower(), 1e-15),
                () -> assertEquals(1.0, one.upper()));
    }

    @ParameterizedTest(name = "{0}/{1} is rejected")
    @CsvSource({"-1, 10", "0, 0", "1, 0", "5, -3", "11, 10"})
    void impossibleCountsAreRejected(long numerator, long denominator) {
        assertThrows(IllegalArgumentException.class, () -> Proportions.wilson(numerator, denominator, NINETY_FIVE));
    }
}
