package uk.sendinsight.areas;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Finds areas by any of their codes and lists them with filters. */
@Singleton
public class AreaService {

    private static final Sort LIST_ORDER = Sort.of(Sort.Order.asc("typeOrder"), Sort.Order.asc("name"), Sort.Order.asc("code"));

    private final AreaRepository areas;
    private final AreaAliasRepository aliases;

    AreaService(AreaRepository areas, AreaAliasRepository aliases) {
        this.areas = areas;
        this.aliases = aliases;
    }

    /** Resolves an ONS code, a DfE LA number or an alias (e.g. DfE's old county code) to the area's current code. */
    public Optional<String> resolveCode(String code) {
        return resolve(code).map(AreaEntity::code);
    }

    /** The area under any of its codes, with its region and neighbours, for other features to build on. */
    public Optional<AreaFacts> facts(String code) {
        return find(code).map(details -> {
            AreaEntity area = details.area();
            boolean inRegion = details.parent() != null && "region".equals(details.parent().type());
            return new AreaFacts(area.code(), area.name(), area.type(),
                    inRegion ? details.parent().code() : null, inRegion ? details.parent().name() : null,
                    details.statisticalNeighbours().stream().map(NeighbourRow::code).toList());
        });
    }

    Optional<AreaDetails> find(String code) {
        return resolve(code).map(area -> new AreaDetails(
                area,
                area.parentCode() == null ? null : areas.findById(area.parentCode()).orElseThrow(),
                otherCodes(List.of(area)).getOrDefault(area.code(), List.of()),
                areas.findStatisticalNeighbours(area.code())));
    }

    Page<AreaDetails> list(AreaQuery query, int page, int pageSize) {
        Page<AreaEntity> found = areas.findAll(AreaSpecifications.matching(query), Pageable.from(page - 1, pageSize, LIST_ORDER));
        List<AreaEntity> content = found.getContent();
        Map<String, AreaEntity> parents = areas.findByCodeIn(content.stream()
                        .map(AreaEntity::parentCode).filter(Objects::nonNull).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(AreaEntity::code, Function.identity()));
        Map<String, List<String>> otherCodes = otherCodes(content);
        return found.map(area -> new AreaDetails(area,
                area.parentCode() == null ? null : parents.get(area.parentCode()),
                otherCodes.getOrDefault(area.code(), List.of()),
                List.of()));
    }

    private Optional<AreaEntity> resolve(String code) {
        String normalised = code.trim().toUpperCase(Locale.ROOT);
        return areas.findById(normalised)
                .or(() -> areas.findByLaNumber(normalised))
                .or(() -> aliases.findById(normalised).flatMap(alias -> areas.findById(alias.areaCode())));
    }

    private Map<String, List<String>> otherCodes(List<AreaEntity> forAreas) {
        if (forAreas.isEmpty()) {
            return Map.of();
        }
        return aliases.findByAreaCodeIn(forAreas.stream().map(AreaEntity::code).toList()).stream()
                .collect(Collectors.groupingBy(AreaAliasEntity::areaCode,
                        Collectors.mapping(AreaAliasEntity::alias, Collectors.toList())));
    }
}
