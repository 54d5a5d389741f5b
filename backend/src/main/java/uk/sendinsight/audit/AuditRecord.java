package uk.sendinsight.audit;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/** One recorded change, as other features may show it: to a figure (area, indicator, period) or to an account. */
public record AuditRecord(long id, Instant at, String actor, String action, @Nullable String areaCode,
                          @Nullable String indicatorId, @Nullable String period, @Nullable String account,
                          @Nullable String before, @Nullable String after) {

    static AuditRecord of(AuditEntryEntity e) {
        return new AuditRecord(e.id(), e.at(), e.actor(), e.action(), e.areaCode(), e.indicatorId(), e.period(),
                e.accountUsername(), e.beforeJson(), e.afterJson());
    }
}
