package uk.sendinsight.inspections;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

/** The WSOA records an area keeps: weaknesses, their actions and the actions' progress updates. */
final class WsoaRepositories {

    private WsoaRepositories() {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Weaknesses extends CrudRepository<WsoaWeaknessEntity, Long> {
        List<WsoaWeaknessEntity> findByInspectionIdOrderByWeaknessNo(long inspectionId);

        boolean existsByAreaCode(String areaCode);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Actions extends CrudRepository<WsoaActionEntity, Long> {
        List<WsoaActionEntity> findByWeaknessIdIn(Collection<Long> weaknessIds);

        List<WsoaActionEntity> findByAreaCode(String areaCode);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Updates extends CrudRepository<WsoaUpdateEntity, Long> {
        List<WsoaUpdateEntity> findByActionIdIn(Collection<Long> actionIds);
    }
}
