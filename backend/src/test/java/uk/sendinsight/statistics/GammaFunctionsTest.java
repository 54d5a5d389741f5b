package uk.sendinsight.statistics;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GammaFunctionsTest {

    // NIST/SEMATECH e-Handbook of Statistical Methods, section 1.3.6.7.4, "Critical values of the
    // chi-square distribution", printed to three decimal places.
    @ParameterizedTest(name = "χ² with {0} df at {1} is {2}")
    @CsvSource({
            " 1, 0.95,  3.841",
            " 2, 0.95,  5.991",
            " 5, 0.95, 11.070",
            "10, 0.95, 18.307",
            "10, 0.05,  3.940",
            " 1, 0.999, 10.828"})
    void chiSquaredQuantilesMatchThePublishedTable(double degreesOfFreedom, double p, double expected) {
        assertEquals(expected, chiSquaredQuantile(degreesOfFreedom, p), 0.0005);
    }

    @Test
    void theChiSquaredCriticalValueAt998IsTheSquareOfItsNormalQuantile() {
        // χ²(1) is the square of a standard normal, so its 99.8% point is z² with z = 3.090232306167813.
        double z = ConfidenceLevel.NINETY_NINE_POINT_EIGHT.z();

        assertAll(
                () -> assertEquals(z * z, chiSquaredQuantile(1, 0.998), 1e-10),
                () -> assertEquals(0.002, GammaFunctions.upperRegularized(0.5, z * z / 2), 1e-13));
    }

    @ParameterizedTest(name = "P({0}, {1}) is a Poisson tail sum")
    @CsvSource({"1, 0.3", "1, 7", "3, 1.5", "3, 9", "10, 4", "10, 10", "10, 25", "50, 42", "50, 70"})
    void regularizedGammaOfAWholeNumberEqualsThePoissonTail(int a, double x) {
        // For whole a, P(a, x) = P(Poisson(x) ≥ a) = 1 − Σ_{k<a} e^−x x^k / k!: a different route to the same number.
        double term = Math.exp(-x);
        double belowA = term;
        for (int k = 1; k < a; k++) {
            term *= x / k;
            belowA += term;
        }
        double poissonBelowA = belowA;

        assertAll(
                () -> assertEquals(1 - poissonBelowA, GammaFunctions.lowerRegularized(a, x), 1e-13),
                () -> assertEquals(poissonBelowA, GammaFunctions.upperRegularized(a, x), 1e-13));
    }

    @Test
    void logGammaMatchesFactorialsAndRootPi() {
        // Γ(n) = (n − 1)!, Γ(1/2) = √π, Γ(3/2) = √π/2; Γ(1/4) = 3.6256099082219083 (below 1/2, by reflection).
        assertAll(
                () -> assertEquals(Math.log(Math.sqrt(Math.PI)), GammaFunctions.logGamma(0.5), 1e-14),
                () -> assertEquals(Math.log(Math.sqrt(Math.PI) / 2), GammaFunctions.logGamma(1.5), 1e-14),
                () -> assertEquals(Math.log(3.6256099082219083), GammaFunctions.logGamma(0.25), 1e-14),
                () -> assertEquals(0.0, GammaFunctions.logGamma(1), 1e-14),
                () -> assertEquals(Math.log(362_880), GammaFunctions.logGamma(10), 1e-13),
                () -> assertEquals(logFactorial(99), GammaFunctions.logGamma(100), 1e-11));
    }

    private static double logFactorial(int n) {
        double sum = 0;
        for (int i = 2; i <= n; i++) {
            sum += Math.log(i);
        }
        return sum;
    }

    @ParameterizedTest(name = "inverse of P({0}, ·) at {1}")
    @CsvSource({"0.5, 0.002", "1, 0.025", "1, 0.975", "5, 0.001", "5, 0.5", "10, 0.999", "3000, 0.001", "3001, 0.999"})
    void inversesRoundTrip(double a, double p) {
        double x = GammaFunctions.inverseLowerRegularized(a, p);
        double y = GammaFunctions.inverseUpperRegularized(a, 1 - p);

        assertAll(
                () -> assertEquals(p, GammaFunctions.lowerRegularized(a, x), 1e-13 + 1e-12 * p),
                () -> assertEquals(x, y, 1e-11 * x));
    }

    @Test
    void argumentsOutsideTheDomainAreRejected() {
        assertAll(
                () -> assertThrows(IllegalArgumentException.class, () -> GammaFunctions.lowerRegularized(0, 1)),
                () -> assertThrows(IllegalArgumentException.class, () -> GammaFunctions.lowerRegularized(1, -1)),
                () -> assertThrows(IllegalArgumentException.class, () -> GammaFunctions.inverseLowerRegularized(1, 0)),
                () -> assertThrows(IllegalArgumentException.class, () -> GammaFunctions.inverseUpperRegularized(1, 1)));
    }

    private static double chiSquaredQuantile(double degreesOfFreedom, double p) {
        return 2 * GammaFunctions.inverseLowerRegularized(degreesOfFreedom / 2, p);
    }
}
