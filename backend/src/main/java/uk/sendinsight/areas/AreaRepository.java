package uk.sendinsight.areas;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.data.repository.jpa.JpaSpecificationExecutor;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AreaRepository extends GenericRepository<AreaEntity, String>, JpaSpecificationExecutor<AreaEntity> {

    Optional<AreaEntity> findById(String code);

    Optional<AreaEntity> findByLaNumber(String laNumber);

    List<AreaEntity> findByCodeIn(Collection<String> codes);

    @Query("""
            SELECT sn.neighbour_rank, a.code, a.la_number, a.name, sn.closeness
            FROM statistical_neighbour sn JOIN area a ON a.code = sn.neighbour_code
            WHERE sn.area_code = :areaCode
            ORDER BY sn.neighbour_rank""")
    List<NeighbourRow> findStatisticalNeighbours(String areaCode);
}
