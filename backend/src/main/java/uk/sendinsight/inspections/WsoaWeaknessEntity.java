package uk.sendinsight.inspections;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("wsoa_weakness")
record WsoaWeaknessEntity(@Id @GeneratedValue @Nullable Long id, long inspectionId, String areaCode, int weaknessNo,
                          String description, String theme, boolean demo) {
}
