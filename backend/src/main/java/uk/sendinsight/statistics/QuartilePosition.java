package uk.sendinsight.statistics;

import java.util.Objects;

/**
 * Where an area's value falls among all areas' values.
 *
 * @param quartile 1 to 4: 1 is the best quartile for indicators with a polarity, the lowest-valued
 *                 quartile for no-judgement indicators
 * @param label    the quartile as a reader sees it, e.g. "Worst quartile" or "Highest quartile"
 * @param method   {@link Quartiles#METHOD}
 */
public record QuartilePosition(int quartile, String label, String method) {

    public QuartilePosition {
        if (quartile < 1 || quartile > 4) {
            throw new IllegalArgumentException("quartile must be 1 to 4: " + quartile);
        }
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(method, "method");
    }
}
