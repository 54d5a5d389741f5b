package uk.sendinsight.support;

import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in every test: fixed at {@link #FIXED} so that no test depends on the real date. A test
 * may move it to see a rule change with time, and puts it back with {@link #reset()} when done. Tests share one
 * database, so write only at the fixed time: a record dated later would come first in later tests' newest-first lists.
 */
@Singleton
@Replaces(Clock.class)
public class TestClock extends Clock {

    public static final Instant FIXED = Instant.parse("2026-12-04T12:00:00Z");

    private volatile Instant now = FIXED;

    /** Moves the clock to midday (UTC) on that day. */
    public void setDate(LocalDate day) {
        now = day.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    public void set(Instant instant) {
        now = instant;
    }

    public void reset() {
        now = FIXED;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
