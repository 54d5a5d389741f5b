package uk.sendinsight.statistics;

import java.util.Collection;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The mean of an area's statistical neighbours' values.
 *
 * @param mean    the unweighted mean (each neighbour counts once) of the values present; empty when
 *                no neighbour has a value, never zero
 * @param used    how many neighbours' values went into the mean
 * @param missing how many neighbours had no value (missing or suppressed) and were left out
 */
public record NeighbourMean(OptionalDouble mean, int used, int missing) {

    public NeighbourMean {
        Objects.requireNonNull(mean, "mean");
        if (used < 0 || missing < 0 || mean.isPresent() != (used > 0)) {
            throw new IllegalArgumentException("inconsistent neighbour mean: " + mean + " from " + used);
        }
    }

    /**
     * The mean of the neighbours' values that are present, one entry per neighbour (usually ten),
     * with an empty (or null) entry for a neighbour whose value is missing or suppressed.
     *
     * @throws IllegalArgumentException if a value present is not finite
     */
    public static NeighbourMean of(Collection<OptionalDouble> neighbourValues) {
        Objects.requireNonNull(neighbourValues, "neighbourValues");
        double sum = 0;
        int used = 0;
        int missing = 0;
        for (OptionalDouble value : neighbourValues) {
            if (value == null || value.isEmpty()) {
                missing++;
                continue;
            }
            if (!Double.isFinite(value.getAsDouble())) {
                throw new IllegalArgumentException("neighbour value must be a finite number: " + value);
            }
            sum += value.getAsDouble();
            used++;
        }
        OptionalDouble mean = used == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / used);
        return new NeighbourMean(mean, used, missing);
    }
}
