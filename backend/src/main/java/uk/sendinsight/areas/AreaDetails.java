package uk.sendinsight.areas;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/** An area with what the API shows beside it. */
record AreaDetails(AreaEntity area, @Nullable AreaEntity parent, List<String> otherCodes, List<NeighbourRow> statisticalNeighbours) {
}
