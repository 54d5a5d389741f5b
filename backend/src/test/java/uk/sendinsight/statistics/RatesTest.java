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

class RatesTest {

    // The usual table of exact 95% Poisson limits (lower = χ²(0.025; 2O)/2, upper = χ²(0.975; 2O + 2)/2),
    // checked here against scipy.stats.chi2.ppf. Allowed error is half a unit in the last tabulated place.
    @ParameterizedTest(name = "{0} events: {1} to {3}")
    @CsvSource({
            "0, 0,      0,       3.689,  0.0005",
            "1, 0.0253, 0.00005, 5.572,  0.0005",
            "5, 1.623,  0.0005,  11.668, 0.0005",
            "9, 4.115,  0.0005,  17.08,  0.005"})
    void countsBelowTenGetTheTabulatedExactPoissonLimits(
            long count, double lower, double lowerTolerance, double upper, double upperTolerance) {
        Interval interval = Rates.byar(count, NINETY_FIVE);

        assertAll(
                () -> assertEquals(lower, interval.lower(), lowerTolerance),
                () -> assertEquals(upper, interval.upper(), upperTolerance));
    }

    // For O = 0 and O = 1 the exact limits have closed forms: P(X ≥ 1 | μ) = 1 − e^−μ, so
    // upper(0) = −ln(α/2) and lower(1) = −ln(1 − α/2). At 95%: 3.688879 and 0.025318; at 99.8%:
    // −ln 0.001 = 6.907755 and −ln 0.999 = 0.0010005.
    @ParameterizedTest
    @EnumSource(ConfidenceLevel.class)
    void zeroAndOneEventMatchTheirClosedForms(ConfidenceLevel level) {
        double tail = level.alpha() / 2;
        Interval zero = Rates.byar(0, level);
        Interval one = Rates.byar(1, level);

        assertAll(
                () -> assertEquals(0.0, zero.lower()),
                () -> assertEquals(-Math.log(tail), zero.upper(), 1e-12),
                () -> assertEquals(-Math.log(1 - tail), one.lower(), 1e-15));
    }

    // The exact limits are defined by Poisson tail sums: lower μ has P(X ≥ O | μ) = α/2 and upper μ has
    // P(X ≤ O | μ) = α/2. Summing the Poisson probabilities directly checks the gamma-function route
    // by a different method.
    @ParameterizedTest
    @EnumSource(ConfidenceLevel.class)
    void exactLimitsBelowTenSatisfyThePoissonTailEquations(ConfidenceLevel level) {
        double tail = level.alpha() / 2;
        for (int count = 0; count < 10; count++) {
            Interval interval = Rates.byar(count, level);
            if (count > 0) {
                assertEquals(tail, 1 - poissonCumulative(count - 1, interval.lower()), 1e-12, "lower for " + count);
            }
            assertEquals(tail, poissonCumulative(count, interval.upper()), 1e-12, "upper for " + count);
        }
    }

    @Test
    void exact998LimitsForFiveEventsMatchAnIndependentCalculation() {
        // scipy.stats.chi2.ppf(0.001, 10) / 2 = 0.739372 and chi2.ppf(0.999, 12) / 2 = 16.454745.
        Interval interval = Rates.byar(5, NINETY_NINE_POINT_EIGHT);

        assertAll(
                () -> assertEquals(0.739372, interval.lower(), 1e-6),
                () -> assertEquals(16.454745, interval.upper(), 1e-6));
    }

    @Test
    void tenEventsUseByarsFormula() {
        // By hand: 10·(1 − 1/90 − 1.959964/(3√10))³ = 10·0.782291³ = 4.78745 and
        // 11·(1 − 1/99 + 1.959964/(3√11))³ = 11·1.186883³ = 18.39146.
        // The exact limits are 4.795 and 18.390, so Byar's is within 1% even at its threshold.
        Interval interval = Rates.byar(10, NINETY_FIVE);

        assertAll(
                () -> assertEquals(4.78745, interval.lower(), 0.00001),
                () -> assertEquals(18.39146, interval.upper(), 0.00001),
                () -> assertEquals(4.795, interval.lower(), 0.01 * 4.795),
                () -> assertEquals(18.39, interval.upper(), 0.01 * 18.39));
    }

    // PHE Public Health Data Science, "Technical Guide: Confidence Intervals" (25 May 2018), Appendix 1:
    // for 95% intervals Byar's method is within 0.2% of the exact value for numerators of 10 or more.
    @Test
    void byarIsWithinPointTwoPercentOfExactAt95ForTenOrMoreEvents() {
        for (long count = 10; count <= 2000; count++) {
            Interval byar = Rates.byar(count, NINETY_FIVE);
            Interval exact = Rates.exactPoisson(count, NINETY_FIVE);
            assertEquals(exact.lower(), byar.lower(), 0.002 * exact.lower(), "lower for " + count);
            assertEquals(exact.upper(), byar.upper(), 0.002 * exact.upper(), "upper for " + count);
        }
    }

    @Test
    void byarIsWithinOneAndAHalfPercentOfExactAt998ForTenOrMoreEvents() {
        // Derived, not published: the largest gap over 10..5000 events, by scipy, is 1.49% (lower limit at 10).
        for (long count = 10; count <= 2000; count++) {
            Interval byar = Rates.byar(count, NINETY_NINE_POINT_EIGHT);
            Interval exact = Rates.exactPoisson(count, NINETY_NINE_POINT_EIGHT);
            assertEquals(exact.lower(), byar.lower(), 0.015 * exact.lower(), "lower for " + count);
            assertEquals(exact.upper(), byar.upper(), 0.015 * exact.upper(), "upper for " + count);
        }
    }

    @Test
    void aCountIntervalScalesToARatePer100Pupils() {
        // 10 suspensions among 2,000 pupils is 0.5 per 100; its interval is the count's times 100/2000.
        Interval rate = Rates.byar(10, NINETY_FIVE).scaledBy(100.0 / 2000);

        assertAll(
                () -> assertEquals(0.239372, rate.lower(), 1e-6),
                () -> assertEquals(0.919573, rate.upper(), 1e-6),
                () -> assertTrue(rate.contains(0.5)));
    }

    @Test
    void aNegativeCountIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Rates.byar(-1, NINETY_FIVE));
    }

    private static double poissonCumulative(int k, double mean) {
        double term = Math.exp(-mean);
        double sum = term;
        for (int i = 1; i <= k; i++) {
            term *= mean / i;
            sum += term;
        }
        return sum;
    }
}
