package uk.sendinsight.statistics;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.sendinsight.statistics.ComparisonOutcome.BETTER;
import static uk.sendinsight.statistics.ComparisonOutcome.HIGHER;
import static uk.sendinsight.statistics.ComparisonOutcome.LOWER;
import static uk.sendinsight.statistics.ComparisonOutcome.NOT_COMPARED;
import static uk.sendinsight.statistics.ComparisonOutcome.SIMILAR;
import static uk.sendinsight.statistics.ComparisonOutcome.WORSE;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ComparisonsTest {

    private static final Interval CI_95 = new Interval(50, 60);
    private static final Interval CI_998 = new Interval(45, 65);

    @ParameterizedTest(name = "benchmark {0}: {1}, significant at 99.8% {2}")
    @CsvSource({
            "40,   BETTER,  true",
            "47,   BETTER,  false",
            "55,   SIMILAR, false",
            "62,   WORSE,   false",
            "70,   WORSE,   true"})
    void whenHigherIsBetterAnAreaAboveTheBenchmarkIsBetter(double benchmark, ComparisonOutcome outcome, boolean significant) {
        Comparison comparison = Comparisons.byInterval(CI_95, CI_998, benchmark, Polarity.HIGHER_IS_BETTER);

        assertAll(
                () -> assertEquals(outcome, comparison.outcome()),
                () -> assertEquals(significant, comparison.significantAt998()),
                () -> assertEquals(Comparisons.CONFIDENCE_INTERVAL_METHOD, comparison.method()),
                () -> assertEquals(Optional.empty(), comparison.reason()));
    }

    @ParameterizedTest(name = "benchmark {0}: {1}, significant at 99.8% {2}")
    @CsvSource({
            "40,   WORSE,   true",
            "47,   WORSE,   false",
            "55,   SIMILAR, false",
            "62,   BETTER,  false",
            "70,   BETTER,  true"})
    void whenLowerIsBetterAnAreaAboveTheBenchmarkIsWorse(double benchmark, ComparisonOutcome outcome, boolean significant) {
        Comparison comparison = Comparisons.byInterval(CI_95, CI_998, benchmark, Polarity.LOWER_IS_BETTER);

        assertAll(
                () -> assertEquals(outcome, comparison.outcome()),
                () -> assertEquals(significant, comparison.significantAt998()));
    }

    @ParameterizedTest(name = "benchmark {0}: {1}")
    @CsvSource({"40, HIGHER", "55, SIMILAR", "70, LOWER"})
    void noJudgementIndicatorsAreHigherOrLowerNeverBetterOrWorse(double benchmark, ComparisonOutcome outcome) {
        assertEquals(outcome, Comparisons.byInterval(CI_95, CI_998, benchmark, Polarity.NO_JUDGEMENT).outcome());
    }

    @ParameterizedTest
    @EnumSource(Polarity.class)
    void aBenchmarkExactlyOnA95LimitIsSimilar(Polarity polarity) {
        assertAll(
                () -> assertEquals(SIMILAR, Comparisons.byInterval(CI_95, CI_998, 50, polarity).outcome()),
                () -> assertEquals(SIMILAR, Comparisons.byInterval(CI_95, CI_998, 60, polarity).outcome()));
    }

    @Test
    void aBenchmarkExactlyOnA998LimitIsDifferentButNotSignificantly() {
        Comparison comparison = Comparisons.byInterval(CI_95, CI_998, 45, Polarity.HIGHER_IS_BETTER);

        assertAll(
                () -> assertEquals(BETTER, comparison.outcome()),
                () -> assertFalse(comparison.significantAt998()));
    }

    @Test
    void wilsonIntervalsFromNewcombesExamplesCompareWithAThirtyPercentBenchmark() {
        // 81/263 (30.8%, 95% 25.5–36.6%) contains 30%: similar. 15/148 (10.1%, 95% 6.2–16.0%,
        // 99.8% 4.7–20.4%) lies wholly below 30%: better, significantly, when lower is better.
        Comparison similar = Comparisons.byInterval(
                Proportions.wilson(81, 263, ConfidenceLevel.NINETY_FIVE),
                Proportions.wilson(81, 263, ConfidenceLevel.NINETY_NINE_POINT_EIGHT),
                0.30, Polarity.LOWER_IS_BETTER);
        Comparison better = Comparisons.byInterval(
                Proportions.wilson(15, 148, ConfidenceLevel.NINETY_FIVE),
                Proportions.wilson(15, 148, ConfidenceLevel.NINETY_NINE_POINT_EIGHT),
                0.30, Polarity.LOWER_IS_BETTER);

        assertAll(
                () -> assertEquals(SIMILAR, similar.outcome()),
                () -> assertEquals(BETTER, better.outcome()),
                () -> assertTrue(better.significantAt998()));
    }

    @Test
    void aSuppressedValueIsNotComparedAndKeepsItsReason() {
        Comparison comparison = Comparisons.notCompared("suppressed: fewer than 10 pupils");

        assertAll(
                () -> assertEquals(NOT_COMPARED, comparison.outcome()),
                () -> assertFalse(comparison.significantAt998()),
                () -> assertEquals(Comparisons.NOT_COMPARED_METHOD, comparison.method()),
                () -> assertEquals(Optional.of("suppressed: fewer than 10 pupils"), comparison.reason()),
                () -> assertEquals("Not compared", comparison.outcome().text()));
    }

    @Test
    void notComparingWithoutAReasonIsRejected() {
        assertAll(
                () -> assertThrows(IllegalArgumentException.class, () -> Comparisons.notCompared(" ")),
                () -> assertThrows(IllegalArgumentException.class, () -> Comparisons.notCompared(null)));
    }

    @Test
    void swappedIntervalsOrAMissingBenchmarkAreRejected() {
        assertAll(
                () -> assertThrows(IllegalArgumentException.class,
                        () -> Comparisons.byInterval(CI_998, CI_95, 55, Polarity.HIGHER_IS_BETTER)),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> Comparisons.byInterval(CI_95, CI_998, Double.NaN, Polarity.HIGHER_IS_BETTER)));
    }

    @Test
    void outcomesReadAsWords() {
        assertAll(
                () -> assertEquals("Better", BETTER.text()),
                () -> assertEquals("Worse", WORSE.text()),
                () -> assertEquals("Higher", HIGHER.text()),
                () -> assertEquals("Lower", LOWER.text()));
    }
}
