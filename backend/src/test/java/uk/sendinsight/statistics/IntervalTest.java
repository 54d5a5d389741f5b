package uk.sendinsight.statistics;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IntervalTest {

    @Test
    void aValueOnEitherLimitIsInside() {
        Interval interval = new Interval(0.2, 0.4);

        assertAll(
                () -> assertTrue(interval.contains(0.2)),
                () -> assertTrue(interval.contains(0.4)),
                () -> assertFalse(interval.contains(0.19999)),
                () -> assertFalse(interval.contains(0.40001)));
    }

    @Test
    void aProportionIntervalScalesToPercent() {
        Interval percent = new Interval(0.2553, 0.3662).scaledBy(100);

        assertAll(
                () -> assertEquals(25.53, percent.lower(), 1e-12),
                () -> assertEquals(36.62, percent.upper(), 1e-12));
    }

    @Test
    void limitsOutOfOrderOrNotNumbersAreRejected() {
        assertAll(
                () -> assertThrows(IllegalArgumentException.class, () -> new Interval(0.5, 0.4)),
                () -> assertThrows(IllegalArgumentException.class, () -> new Interval(Double.NaN, 0.4)),
                () -> assertThrows(IllegalArgumentException.class, () -> new Interval(0, Double.POSITIVE_INFINITY)),
                () -> assertThrows(IllegalArgumentException.class, () -> new Interval(0, 1).scaledBy(0)),
                () -> assertThrows(IllegalArgumentException.class, () -> new Interval(0, 1).scaledBy(-100)));
    }
}
