package uk.sendinsight.indicators;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One row of {@code indicator}: what a figure means and how it is compared. */
@MappedEntity("indicator")
record IndicatorEntity(
        @Id String id,
        String name,
        String domain,
        String definition,
        String unit,
        @Nullable Integer rateBase,
        String polarity,
        String valueType,
        String periodType,
        String geographies,
        String sourceId,
        int decimalPlaces,
        String collection,
        @Nullable String comparisonMethod,
        int sortOrder) {
}
