package uk.sendinsight.areas;

import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import java.util.Locale;

final class AreaSpecifications {

    private AreaSpecifications() {
    }

    /** Lists show today's areas; reorganised ones stay reachable by code for their historic figures. */
    static PredicateSpecification<AreaEntity> matching(AreaQuery query) {
        PredicateSpecification<AreaEntity> spec = (root, cb) -> cb.isNull(root.get("abolished"));
        if (query.type() != null) {
            spec = spec.and((root, cb) -> cb.equal(root.get("type"), query.type()));
        }
        if (query.regionCode() != null) {
            spec = spec.and((root, cb) -> cb.equal(root.get("parentCode"), query.regionCode()));
        }
        if (query.nameContains() != null) {
            String pattern = "%" + escapeLike(query.nameContains().toLowerCase(Locale.ROOT)) + "%";
            spec = spec.and((root, cb) -> cb.like(cb.lower(root.get("name")), pattern));
        }
        return spec;
    }

    /** Searching for "100%" should find the text, not everything. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
