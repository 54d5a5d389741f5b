package uk.sendinsight.accounts;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * After {@link #MAX_FAILURES} failed sign-ins for one username within {@link #WINDOW}, further attempts are
 * refused for {@link #LOCKOUT}. Kept per API instance: with several instances an attacker gets a few more
 * tries, never unlimited ones.
 */
@Singleton
class SignInThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCKOUT = Duration.ofMinutes(5);

    private record Failures(int count, Instant first, Instant lockedUntil) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Seconds until the username may try again, or 0. */
    long secondsLocked(String username) {
        Failures f = failures.get(username);
        if (f == null || f.lockedUntil() == null) {
            return 0;
        }
        long seconds = Duration.between(clock.instant(), f.lockedUntil()).toSeconds();
        return Math.max(0, seconds);
    }

    void failed(String username) {
        Instant now = clock.instant();
        failures.compute(username, (name, f) -> {
            if (f == null || now.isAfter(f.first().plus(WINDOW))) {
                return new Failures(1, now, null);
            }
            int count = f.count() + 1;
            return new Failures(count, f.first(), count >= MAX_FAILURES ? now.plus(LOCKOUT) : f.lockedUntil());
        });
    }

    void succeeded(String username) {
        failures.remove(username);
    }
}
