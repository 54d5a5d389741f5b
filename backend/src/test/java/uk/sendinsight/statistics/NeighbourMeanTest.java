package uk.sendinsight.statistics;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class NeighbourMeanTest {

    private static final OptionalDouble SUPPRESSED = OptionalDouble.empty();

    @Test
    void missingNeighboursAreLeftOutAndCounted() {
        NeighbourMean mean = NeighbourMean.of(List.of(
                OptionalDouble.of(10), OptionalDouble.of(12), SUPPRESSED, OptionalDouble.of(14), OptionalDouble.of(16),
                OptionalDouble.of(18), SUPPRESSED, OptionalDouble.of(20), OptionalDouble.of(22), OptionalDouble.of(24)));

        assertAll(
                () -> assertEquals(17.0, mean.mean().getAsDouble(), 1e-12),
                () -> assertEquals(8, mean.used()),
                () -> assertEquals(2, mean.missing()));
    }

    @Test
    void aSuppressedNeighbourIsNotCountedAsZero() {
        // Treating the suppressed value as 0 would give 10.
        NeighbourMean mean = NeighbourMean.of(List.of(OptionalDouble.of(10), OptionalDouble.of(20), SUPPRESSED));

        assertEquals(OptionalDouble.of(15), mean.mean());
    }

    @Test
    void noNeighbourValuesGiveNoMeanRatherThanZero() {
        NeighbourMean allMissing = NeighbourMean.of(Collections.nCopies(10, SUPPRESSED));
        NeighbourMean noNeighbours = NeighbourMean.of(List.of());

        assertAll(
                () -> assertEquals(new NeighbourMean(OptionalDouble.empty(), 0, 10), allMissing),
                () -> assertEquals(new NeighbourMean(OptionalDouble.empty(), 0, 0), noNeighbours));
    }

    @Test
    void aNeighbourValueThatIsNotANumberIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> NeighbourMean.of(List.of(OptionalDouble.of(Double.NaN))));
    }
}
