package uk.sendinsight.indicators;

import io.micronaut.core.annotation.Introspected;

/** Small projections of the catalogue tables. */
final class CatalogueRows {

    private CatalogueRows() {
    }

    @Introspected
    record BreakdownRow(String indicatorId, String breakdownId, String name, int sortOrder) {
    }

    @Introspected
    record PeriodRow(String indicatorId, String breakdown, String period, int periodOrder) {
    }
}
