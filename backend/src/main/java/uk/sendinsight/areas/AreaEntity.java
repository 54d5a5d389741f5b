package uk.sendinsight.areas;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One row of {@code area}: a country, region, local authority or NHS area. */
@MappedEntity("area")
record AreaEntity(
        @Id String code,
        @Nullable String laNumber,
        String name,
        String type,
        int typeOrder,
        @Nullable String laKind,
        @Nullable String parentCode,
        @Nullable java.time.LocalDate abolished,
        @Nullable String successorNote) {
}
