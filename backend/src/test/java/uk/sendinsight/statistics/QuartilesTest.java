package uk.sendinsight.statistics;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static uk.sendinsight.statistics.Polarity.HIGHER_IS_BETTER;
import static uk.sendinsight.statistics.Polarity.LOWER_IS_BETTER;
import static uk.sendinsight.statistics.Polarity.NO_JUDGEMENT;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class QuartilesTest {

    // Microsoft's QUARTILE.INC documentation example: data 1, 2, 4, 7, 8, 9, 10, 12; first quartile 3.5.
    // Median and third quartile by the same rule, h = (n − 1)p: h = 3.5 → (7 + 8)/2 = 7.5;
    // h = 5.25 → 9 + 0.25 × (10 − 9) = 9.25.
    private static final Quartiles MICROSOFT_EXAMPLE = Quartiles.of(List.of(1.0, 2.0, 4.0, 7.0, 8.0, 9.0, 10.0, 12.0));

    @Test
    void quartilesMatchMicrosoftsQuartileIncExample() {
        assertAll(
                () -> assertEquals(3.5, MICROSOFT_EXAMPLE.lowerQuartile(), 1e-12),
                () -> assertEquals(7.5, MICROSOFT_EXAMPLE.median(), 1e-12),
                () -> assertEquals(9.25, MICROSOFT_EXAMPLE.upperQuartile(), 1e-12),
                () -> assertEquals(8, MICROSOFT_EXAMPLE.areaCount()));
    }

    @Test
    void unsortedInputGivesTheSameQuartilesAsMescius() {
        // MESCIUS formula reference for QUARTILE.INC: QUARTILE.INC({11,21,42,27,18,29,32,52}, 1) = 20.25.
        Quartiles quartiles = Quartiles.of(List.of(11.0, 21.0, 42.0, 27.0, 18.0, 29.0, 32.0, 52.0));

        assertEquals(20.25, quartiles.lowerQuartile(), 1e-12);
    }

    @Test
    void oneTwoAndThreeAreasStillHaveQuartiles() {
        Quartiles one = Quartiles.of(List.of(42.0));
        Quartiles two = Quartiles.of(List.of(20.0, 10.0));
        Quartiles three = Quartiles.of(List.of(3.0, 1.0, 2.0));

        assertAll(
                () -> assertEquals(List.of(42.0, 42.0, 42.0), bounds(one)),
                () -> assertEquals(List.of(12.5, 15.0, 17.5), bounds(two)),
                () -> assertEquals(List.of(1.5, 2.0, 2.5), bounds(three)));
    }

    @Test
    void quartileOneIsTheBestQuartileByPolarity() {
        assertAll(
                () -> assertEquals(List.of(4, 3, 2, 1), quartilesOf(HIGHER_IS_BETTER, 1, 4, 9, 12)),
                () -> assertEquals(List.of(1, 2, 3, 4), quartilesOf(LOWER_IS_BETTER, 1, 4, 9, 12)));
    }

    @Test
    void forNoJudgementQuartileOneHoldsTheLowestValues() {
        assertEquals(List.of(1, 2, 3, 4), quartilesOf(NO_JUDGEMENT, 1, 4, 9, 12));
    }

    @Test
    void aValueOnABoundaryGoesToTheBetterQuartile() {
        // 3.5 is the lower quartile and 9.25 the upper quartile of the example.
        assertAll(
                () -> assertEquals(3, MICROSOFT_EXAMPLE.quartileOf(3.5, HIGHER_IS_BETTER)),
                () -> assertEquals(1, MICROSOFT_EXAMPLE.quartileOf(3.5, LOWER_IS_BETTER)),
                () -> assertEquals(1, MICROSOFT_EXAMPLE.quartileOf(9.25, HIGHER_IS_BETTER)),
                () -> assertEquals(3, MICROSOFT_EXAMPLE.quartileOf(9.25, LOWER_IS_BETTER)),
                () -> assertEquals(2, MICROSOFT_EXAMPLE.quartileOf(7.5, HIGHER_IS_BETTER)),
                () -> assertEquals(2, MICROSOFT_EXAMPLE.quartileOf(7.5, LOWER_IS_BETTER)),
                () -> assertEquals(1, MICROSOFT_EXAMPLE.quartileOf(3.5, NO_JUDGEMENT)));
    }

    @ParameterizedTest
    @EnumSource(Polarity.class)
    void tiedAreasShareAQuartileAndASingleAreaIsNeverMarkedDown(Polarity polarity) {
        Quartiles allTied = Quartiles.of(List.of(5.0, 5.0, 5.0, 5.0));

        assertAll(
                () -> assertEquals(1, allTied.quartileOf(5.0, polarity)),
                () -> assertEquals(1, Quartiles.of(List.of(42.0)).quartileOf(42.0, polarity)));
    }

    @Test
    void twoAreasFallInOppositeQuartiles() {
        Quartiles two = Quartiles.of(List.of(10.0, 20.0));

        assertAll(
                () -> assertEquals(1, two.quartileOf(20.0, HIGHER_IS_BETTER)),
                () -> assertEquals(4, two.quartileOf(10.0, HIGHER_IS_BETTER)),
                () -> assertEquals(1, two.quartileOf(10.0, LOWER_IS_BETTER)),
                () -> assertEquals(4, two.quartileOf(20.0, LOWER_IS_BETTER)));
    }

    @Test
    void thePositionNamesTheQuartileAndTheMethod() {
        QuartilePosition worst = MICROSOFT_EXAMPLE.position(12, LOWER_IS_BETTER);
        QuartilePosition highest = MICROSOFT_EXAMPLE.position(12, NO_JUDGEMENT);
        QuartilePosition secondBest = MICROSOFT_EXAMPLE.position(9, HIGHER_IS_BETTER);

        assertAll(
                () -> assertEquals(new QuartilePosition(4, "Worst quartile", Quartiles.METHOD), worst),
                () -> assertEquals(new QuartilePosition(4, "Highest quartile", Quartiles.METHOD), highest),
                () -> assertEquals(new QuartilePosition(2, "Second-best quartile", Quartiles.METHOD), secondBest),
                () -> assertEquals("quartile of all areas; no confidence interval", Quartiles.METHOD));
    }

    @Test
    void noValuesOrMissingValuesAreRejected() {
        assertAll(
                () -> assertThrows(IllegalArgumentException.class, () -> Quartiles.of(List.of())),
                () -> assertThrows(IllegalArgumentException.class, () -> Quartiles.of(Arrays.asList(1.0, null))),
                () -> assertThrows(IllegalArgumentException.class, () -> Quartiles.of(List.of(1.0, Double.NaN))),
                () -> assertThrows(IllegalArgumentException.class, () -> MICROSOFT_EXAMPLE.quartileOf(Double.NaN, NO_JUDGEMENT)));
    }

    private static List<Double> bounds(Quartiles quartiles) {
        return List.of(quartiles.lowerQuartile(), quartiles.median(), quartiles.upperQuartile());
    }

    private static List<Integer> quartilesOf(Polarity polarity, double... values) {
        return Arrays.stream(values).mapToObj(value -> MICROSOFT_EXAMPLE.quartileOf(value, polarity)).toList();
    }
}
