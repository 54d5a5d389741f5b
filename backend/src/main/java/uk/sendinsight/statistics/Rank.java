package uk.sendinsight.statistics;

/**
 * An area's rank among all areas with a value: {@code position} out of {@code outOf}.
 * Not a league table of performance: tied and near-tied areas are statistically alike.
 */
public record Rank(int position, int outOf) {

    public Rank {
        if (position < 1 || position > outOf) {
            throw new IllegalArgumentException("rank " + position + " out of " + outOf + " is impossible");
        }
    }
}
