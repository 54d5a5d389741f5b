package uk.sendinsight.inspections;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

@MappedEntity("wsoa_action")
record WsoaActionEntity(@Id @GeneratedValue @Nullable Long id, long weaknessId, String areaCode, String title, String owner,
                        LocalDate dueDate, String status, int percentComplete, boolean demo, Instant updatedAt) {

    WsoaActionEntity withProgress(String newStatus, int newPercent, Instant at) {
        return new WsoaActionEntity(id, weaknessId, areaCode, title, owner, dueDate, newStatus, newPercent, demo, at);
    }
}
