package uk.sendinsight.statistics;

/**
 * The regularized incomplete gamma functions P(a, x) and Q(a, x) = 1 − P(a, x) and their inverses
 * in x. They give the chi-squared distribution too: χ² with ν degrees of freedom is 2·Gamma(ν/2).
 * Accurate to about 1e-13 relative for the shapes used here (a from 0.5 to a few thousand).
 */
final class GammaFunctions {

    private static final double EPSILON = 1e-16;
    private static final double TINY = 1e-300;
    private static final int MAX_ITERATIONS = 10_000;

    // Lanczos approximation with g = 7 and nine terms (relative error about 1e-15).
    private static final double LANCZOS_G = 7;
    private static final double[] LANCZOS = {
        0.99999999999980993,
        676.5203681218851,
        -1259.1392167224028,
        771.32342877765313,
        -176.61502916214059,
        12.507343278686905,
        -0.13857109526572012,
        9.9843695780195716e-6,
        1.5056327351493116e-7
    };

    private GammaFunctions() {
    }

    /** ln Γ(x) for x > 0. */
    static double logGamma(double x) {
        if (!(x > 0)) {
            throw new IllegalArgumentException("logGamma needs x > 0: " + x);
        }
        if (x < 0.5) {
            // Reflection keeps the Lanczos series in the range where it is accurate.
            return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
        }
        double shifted = x - 1;
        double sum = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            sum += LANCZOS[i] / (shifted + i);
        }
        double t = shifted + LANCZOS_G + 0.5;
        return 0.5 * Math.log(2 * Math.PI) + (shifted + 0.5) * Math.log(t) - t + Math.log(sum);
    }

    /** P(a, x) = γ(a, x) / Γ(a), the cumulative distribution function of Gamma(a, 1) at x. */
    static double lowerRegularized(double a, double x) {
        checkArguments(a, x);
        if (x == 0) {
            return 0;
        }
        return x < a + 1 ? series(a, x) : 1 - continuedFraction(a, x);
    }

    /** Q(a, x) = 1 − P(a, x), computed directly so that small upper tails keep their precision. */
    static double upperRegularized(double a, double x) {
        checkArguments(a, x);
        if (x == 0) {
            return 1;
        }
        return x < a + 1 ? 1 - series(a, x) : continuedFraction(a, x);
    }

    /** The x at which P(a, x) = p, for 0 < p < 1. */
    static double inverseLowerRegularized(double a, double p) {
        checkProbability(p);
        return p <= 0.5 ? solve(a, p, false) : solve(a, 1 - p, true);
    }

    /** The x at which Q(a, x) = q, for 0 < q < 1. */
    static double inverseUpperRegularized(double a, double q) {
        checkProbability(q);
        return q <= 0.5 ? solve(a, q, true) : solve(a, 1 - q, false);
    }

    /**
     * Finds x with P(a, x) = target (or Q(a, x) = target when {@code upperTail}) by Newton's method,
     * falling back to bisection whenever a step would leave the current bracket.
     */
    private static double solve(double a, double target, boolean upperTail) {
        double low = 0;
        double high = Math.max(1, a);
        while (tailGap(a, high, target, upperTail) < 0) {
            low = high;
            high *= 2;
        }
        double x = clampInside(wilsonHilfertyGuess(a, target, upperTail), low, high);
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            double gap = tailGap(a, x, target, upperTail);
            if (gap == 0) {
                return x;
            }
            if (gap < 0) {
                low = x;
            } else {
                high = x;
            }
            double density = Math.exp((a - 1) * Math.log(x) - x - logGamma(a));
            double next = x - gap / density;
            if (!(next > low && next < high)) {
                next = (low + high) / 2;
            }
            if (Math.abs(next - x) <= 1e-15 * x || high - low <= 1e-15 * high) {
                return next;
            }
            x = next;
        }
        return x;
    }

    // Increasing in x in both cases, so its sign says which side of the root x lies.
    private static double tailGap(double a, double x, double target, boolean upperTail) {
        return upperTail ? target - upperRegularized(a, x) : lowerRegularized(a, x) - target;
    }

    // Wilson–Hilferty: χ²(ν) is roughly ν(1 − 2/(9ν) + z·√(2/(9ν)))³; a good start for Newton.
    private static double wilsonHilfertyGuess(double a, double tailProbability, boolean upperTail) {
        double nu = 2 * a;
        double z = approximateNormalQuantile(tailProbability);
        double zSigned = upperTail ? -z : z;
        double c = 2 / (9 * nu);
        double cubeRoot = 1 - c + zSigned * Math.sqrt(c);
        return cubeRoot > 0 ? nu * cubeRoot * cubeRoot * cubeRoot / 2 : Double.NaN;
    }

    // Lower-tail normal quantile, Abramowitz & Stegun 26.2.23 (|error| < 4.5e-4): only a starting guess.
    private static double approximateNormalQuantile(double p) {
        double t = Math.sqrt(-2 * Math.log(p));
        double z = t - (2.515517 + 0.802853 * t + 0.010328 * t * t)
                / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t);
        return -z;
    }

    private static double clampInside(double guess, double low, double high) {
        return guess > low && guess < high ? guess : (low + high) / 2;
    }

    // P(a, x) by its power series; converges quickly for x < a + 1.
    private static double series(double a, double x) {
        double term = 1 / a;
        double sum = term;
        double denominator = a;
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            denominator += 1;
            term *= x / denominator;
            sum += term;
            if (Math.abs(term) < Math.abs(sum) * EPSILON) {
                break;
            }
        }
        return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
    }

    // Q(a, x) by its continued fraction (modified Lentz); converges quickly for x >= a + 1.
    private static double continuedFraction(double a, double x) {
        double b = x + 1 - a;
        double c = 1 / TINY;
        double d = 1 / b;
        double fraction = d;
        for (int i = 1; i < MAX_ITERATIONS; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            if (Math.abs(d) < TINY) {
                d = TINY;
            }
            c = b + an / c;
            if (Math.abs(c) < TINY) {
                c = TINY;
            }
            d = 1 / d;
            double delta = d * c;
            fraction *= delta;
            if (Math.abs(delta - 1) < EPSILON) {
                break;
            }
        }
        return Math.exp(-x + a * Math.log(x) - logGamma(a)) * fraction;
    }

    private static void checkArguments(double a, double x) {
        if (!(a > 0) || !Double.isFinite(a)) {
            throw new IllegalArgumentException("gamma shape must be a positive number: " + a);
        }
        if (!(x >= 0) || !Double.isFinite(x)) {
            throw new IllegalArgumentException("x must be a non-negative number: " + x);
        }
    }

    private static void checkProbability(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("probability must be strictly between 0 and 1: " + p);
        }
    }
}
