package uk.sendinsight.audit;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/** One recorded change, as other features may show it. */
public record AuditRecord(long id, Instant at, String actor, String action, String areaCode, String indicatorId, String period,
                          @Nullable String before, @Nullable String after) {

    static AuditRecord of(AuditEntryEntity e) {
        return new AuditRecord(e.id(), e.at(), e.actor(), e.action(), e.areaCode(), e.indicatorId(), e.period(),
                e.beforeJson(), e.afterJson());
    }
}
