package uk.sendinsight.indicators;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;

/** One stored figure joined to its area. */
@Introspected
record FigureRow(
        String indicatorId,
        String areaCode,
        String areaName,
        String areaType,
        @Nullable String parentCode,
        @Nullable String parentName,
        @Nullable LocalDate abolished,
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
        boolean aggregated,
        @Nullable Integer areasUsed) {

    /** Published or provisional: a real figure, which may enter comparisons, means, quartiles and ranks. */
    boolean isReal() {
        return "published".equals(status) || "provisional".equals(status);
    }

    boolean isDemo() {
        return "demo".equals(status);
    }
}
