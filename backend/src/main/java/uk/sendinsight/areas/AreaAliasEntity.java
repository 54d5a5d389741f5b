package uk.sendinsight.areas;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** Another code that resolves to an area. */
@MappedEntity("area_alias")
record AreaAliasEntity(@Id String alias, String areaCode, String note) {
}
