package uk.sendinsight.submissions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code indicator_value} as a submission writes it. */
@MappedEntity("indicator_value")
record SubmittedValueEntity(
        @Id @GeneratedValue @Nullable Long id,
        String indicatorId,
        String areaCode,
        String period,
        int periodOrder,
        String breakdown,
        @Nullable Double numericValue,
        @Nullable Double numerator,
        @Nullable Double denominator,
        @Nullable String marker,
        @Nullable String markerText,
        String status,
        String sourceFile,
        @Nullable String note,
        @Nullable String submittedBy,
        @Nullable Instant updatedAt) {
}
