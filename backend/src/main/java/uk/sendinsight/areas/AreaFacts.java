package uk.sendinsight.areas;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/** What other features need to know of an area: its identity, region and statistical neighbours. */
public record AreaFacts(String code, String name, String type, @Nullable String regionCode, @Nullable String regionName,
                        List<String> neighbourCodes) {
}
