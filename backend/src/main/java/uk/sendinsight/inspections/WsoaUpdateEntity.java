package uk.sendinsight.inspections;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("wsoa_update")
record WsoaUpdateEntity(@Id @GeneratedValue @Nullable Long id, long actionId, Instant at, String author, String status,
                        int percentComplete, String narrative, @Nullable String evidenceUrl, boolean demo) {
}
