package uk.sendinsight.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("audit_entry")
record AuditEntryEntity(@Id @GeneratedValue @Nullable Long id, Instant at, String actor, String action, String areaCode,
                        String indicatorId, String period, @Nullable String beforeJson, @Nullable String afterJson) {
}
