package uk.sendinsight.shared;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The one source of "now": services take this clock through their constructors, so tests can fix the date. */
@Factory
class Clocks {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
