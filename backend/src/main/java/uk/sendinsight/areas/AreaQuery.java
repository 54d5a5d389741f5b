package uk.sendinsight.areas;

import io.micronaut.core.annotation.Nullable;

/** Filters of the area list; {@code null} means "any". */
record AreaQuery(@Nullable String type, @Nullable String regionCode, @Nullable String nameContains) {
}
