package uk.sendinsight.statistics;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class RelativeLikelihoodTest {

    @Test
    void aRiskRatioHasKatzsLogScaleInterval() {
        // 30 of 200 pupils on SEN support vs 10 of 400 with no SEN: RR = 0.15 / 0.025 = 6.
        // SE(ln RR) = √(1/30 − 1/200 + 1/10 − 1/400) = √0.1258333 = 0.354730;
        // 6 × exp(∓1.959964 × 0.354730) = 2.99367 to 12.02536.
        RelativeLikelihood likelihood = RelativeLikelihood.ofProportions(30, 200, 10, 400);

        assertAll(
                () -> assertEquals(6.0, likelihood.ratio().getAsDouble(), 1e-12),
                () -> assertEquals(2.99367, likelihood.ci95().orElseThrow().lower(), 0.00001),
                () -> assertEquals(12.02536, likelihood.ci95().orElseThrow().upper(), 0.00001),
                () -> assertEquals(RelativeLikelihood.PROPORTIONS_METHOD, likelihood.method()),
                () -> assertEquals(Optional.empty(), likelihood.reason()));
    }

    @Test
    void aRateRatioAllowsMoreEventsThanPupils() {
        // 500 suspensions among 2,000 pupils (25 per 100) vs 1,000 among 20,000 (5 per 100): ratio 5.
        // SE(ln RR) = √(1/500 + 1/1000) = 0.0547723; 5 × exp(∓1.959964 × 0.0547723) = 4.49105 to 5.56663.
        RelativeLikelihood likelihood = RelativeLikelihood.ofRates(500, 2_000, 1_000, 20_000);
        RelativeLikelihood morePerPupil = RelativeLikelihood.ofRates(3_000, 2_000, 1_000, 20_000);

        assertAll(
                () -> assertEquals(5.0, likelihood.ratio().getAsDouble(), 1e-12),
                () -> assertEquals(4.49105, likelihood.ci95().orElseThrow().lower(), 0.00001),
                () -> assertEquals(5.56663, likelihood.ci95().orElseThrow().upper(), 0.00001),
                () -> assertEquals(30.0, morePerPupil.ratio().getAsDouble(), 1e-12),
                () -> assertTrue(morePerPupil.ci95().isPresent()));
    }

    @Test
    void publishedValuesWithoutCountsGiveTheRatioOnly() {
        RelativeLikelihood likelihood = RelativeLikelihood.ofValues(12.6, 4.2);

        assertAll(
                () -> assertEquals(3.0, likelihood.ratio().getAsDouble(), 1e-12),
                () -> assertEquals(Optional.empty(), likelihood.ci95()),
                () -> assertEquals(Optional.of("no counts, so no interval"), likelihood.reason()));
    }

    @Test
    void aComparisonGroupWithNoEventsGivesNoRatioAndSaysWhy() {
        RelativeLikelihood fromCounts = RelativeLikelihood.ofRates(5, 100, 0, 1_000);
        RelativeLikelihood fromValues = RelativeLikelihood.ofValues(2.5, 0);

        assertAll(
                () -> assertEquals(OptionalDouble.empty(), fromCounts.ratio()),
                () -> assertEquals(Optional.empty(), fromCounts.ci95()),
                () -> assertEquals(Optional.of("the comparison group has no events, so the ratio would divide by zero"), fromCounts.reason()),
                () -> assertEquals(OptionalDouble.empty(), fromValues.ratio()),
                () -> assertTrue(fromValues.reason().orElseThrow().contains("zero")));
    }

    @Test
    void aGroupWithNoEventsHasARatioOfZeroButNoInterval() {
        RelativeLikelihood likelihood = RelativeLikelihood.ofProportions(0, 100, 5, 1_000);

        assertAll(
                () -> assertEquals(OptionalDouble.of(0), likelihood.ratio()),
                () -> assertEquals(Optional.empty(), likelihood.ci95()),
                () -> assertTrue(likelihood.reason().isPresent()));
    }

    @Test
    void emptyGroupsGiveNoRatio() {
        assertAll(
                () -> assertEquals(Optional.of("the group's denominator is zero"), RelativeLikelihood.ofProportions(0, 0, 5, 100).reason()),
                () -> assertEquals(Optional.of("the comparison group's denominator is zero"), RelativeLikelihood.ofRates(5, 100, 0, 0).reason()));
    }

    @Test
    void impossibleCountsAreRejected() {
        assertAll(
                () -> assertThrows(IllegalArgumentException.class, () -> RelativeLikelihood.ofProportions(-1, 100, 5, 100)),
                () -> assertThrows(IllegalArgumentException.class, () -> RelativeLikelihood.ofProportions(101, 100, 5, 100)),
                () -> assertThrows(IllegalArgumentException.class, () -> RelativeLikelihood.ofRates(5, -100, 5, 100)),
                () -> assertThrows(IllegalArgumentException.class, () -> RelativeLikelihood.ofValues(-1, 2)),
                () -> assertThrows(IllegalArgumentException.class, () -> RelativeLikelihood.ofValues(Double.NaN, 2)));
    }
}
