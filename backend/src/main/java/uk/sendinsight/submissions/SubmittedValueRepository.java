package uk.sendinsight.submissions;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SubmittedValueRepository extends CrudRepository<SubmittedValueEntity, Long> {

    io.micronaut.data.model.Page<SubmittedValueEntity> findByAreaCodeAndSubmittedByIsNotNull(String areaCode,
                                                                                             io.micronaut.data.model.Pageable pageable);

    Optional<SubmittedValueEntity> findByIndicatorIdAndAreaCodeAndPeriodAndBreakdown(String indicatorId, String areaCode,
                                                                                   String period, String breakdown);
}
