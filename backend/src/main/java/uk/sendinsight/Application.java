package uk.sendinsight;

import io.micronaut.runtime.Micronaut;

/** Starts the SEND Insight API. */
public class Application {

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
