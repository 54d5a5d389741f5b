package uk.sendinsight.areas;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AreaAliasRepository extends GenericRepository<AreaAliasEntity, String> {

    Optional<AreaAliasEntity> findById(String alias);

    List<AreaAliasEntity> findByAreaCodeIn(Collection<String> areaCodes);
}
