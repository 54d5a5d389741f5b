package uk.sendinsight.statistics;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static uk.sendinsight.statistics.Polarity.HIGHER_IS_BETTER;
import static uk.sendinsight.statistics.Polarity.LOWER_IS_BETTER;
import static uk.sendinsight.statistics.Polarity.NO_JUDGEMENT;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RanksTest {

    private static final Map<String, Double> FOUR_AREAS = ordered("Barnet", 30.0, "Camden", 20.0, "Ealing", 20.0, "Hackney", 10.0);

    @Test
    void tiesShareTheLowestRankAndTheNextRankIsSkipped() {
        assertEquals(
                ordered("Barnet", new Rank(1, 4), "Camden", new Rank(2, 4), "Ealing", new Rank(2, 4), "Hackney", new Rank(4, 4)),
                Ranks.rank(FOUR_AREAS, HIGHER_IS_BETTER));
    }

    @Test
    void whenLowerIsBetterTheLowestValueRanksFirst() {
        assertEquals(
                ordered("Barnet", new Rank(4, 4), "Camden", new Rank(2, 4), "Ealing", new Rank(2, 4), "Hackney", new Rank(1, 4)),
                Ranks.rank(FOUR_AREAS, LOWER_IS_BETTER));
    }

    @Test
    void forNoJudgementTheHighestValueRanksFirst() {
        assertEquals(Ranks.rank(FOUR_AREAS, HIGHER_IS_BETTER), Ranks.rank(FOUR_AREAS, NO_JUDGEMENT));
    }

    @Test
    void ranksComeBackInTheCallersOrder() {
        assertEquals(List.of("Barnet", "Camden", "Ealing", "Hackney"), List.copyOf(Ranks.rank(FOUR_AREAS, LOWER_IS_BETTER).keySet()));
    }

    @Test
    void oneTwoAndThreeAreasAreRanked() {
        assertAll(
                () -> assertEquals(Map.of("Barnet", new Rank(1, 1)), Ranks.rank(Map.of("Barnet", 5.0), LOWER_IS_BETTER)),
                () -> assertEquals(ordered("Barnet", new Rank(2, 2), "Camden", new Rank(1, 2)),
                        Ranks.rank(ordered("Barnet", 5.0, "Camden", 3.0), LOWER_IS_BETTER)),
                () -> assertEquals(ordered("Barnet", new Rank(1, 3), "Camden", new Rank(1, 3), "Ealing", new Rank(1, 3)),
                        Ranks.rank(ordered("Barnet", 7.0, "Camden", 7.0, "Ealing", 7.0), HIGHER_IS_BETTER)),
                () -> assertEquals(Map.of(), Ranks.rank(Map.of(), HIGHER_IS_BETTER)));
    }

    @Test
    void minusZeroAndZeroAreATie() {
        assertEquals(
                ordered("Barnet", new Rank(1, 3), "Camden", new Rank(1, 3), "Ealing", new Rank(3, 3)),
                Ranks.rank(ordered("Barnet", -0.0, "Camden", 0.0, "Ealing", 1.0), LOWER_IS_BETTER));
    }

    @Test
    void aMissingValueMustBeLeftOutNotRanked() {
        Map<String, Double> withMissing = new HashMap<>();
        withMissing.put("Barnet", 1.0);
        withMissing.put("Camden", null);

        assertAll(
                () -> assertThrows(IllegalArgumentException.class, () -> Ranks.rank(withMissing, HIGHER_IS_BETTER)),
                () -> assertThrows(IllegalArgumentException.class, () -> Ranks.rank(Map.of("Barnet", Double.NaN), HIGHER_IS_BETTER)));
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> ordered(Object... areaThenValue) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < areaThenValue.length; i += 2) {
            map.put((String) areaThenValue[i], (V) areaThenValue[i + 1]);
        }
        return map;
    }
}
