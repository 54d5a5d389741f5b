package uk.sendinsight.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A change to a figure (area, indicator, period) or to an account (its username). */
@MappedEntity("audit_entry")
record AuditEntryEntity(@Id @GeneratedValue @Nullable Long id, Instant at, String actor, String action, @Nullable String areaCode,
                        @Nullable String indicatorId, @Nullable String period, @Nullable String accountUsername,
                        @Nullable String beforeJson, @Nullable String afterJson) {
}
