package uk.sendinsight.areas;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** A statistical neighbour joined to its area's name and number. */
@Introspected
record NeighbourRow(int neighbourRank, String code, @Nullable String laNumber, String name, String closeness) {
}
