package uk.sendinsight.indicators;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface IndicatorSourceRepository extends GenericRepository<IndicatorSourceEntity, String> {

    List<IndicatorSourceEntity> findAll();
}
