package uk.sendinsight.indicators;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("indicator_source")
record IndicatorSourceEntity(@Id String id, String name, String publisher, @Nullable String url, String licence,
                             @Nullable String compiledBy, @Nullable String notes) {
}
