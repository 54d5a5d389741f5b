package uk.sendinsight.audit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AuditRepository extends PageableRepository<AuditEntryEntity, Long> {

    Page<AuditEntryEntity> findByAreaCode(String areaCode, Pageable pageable);

    java.util.List<AuditEntryEntity> findByAreaCodeAndIndicatorIdAndPeriodOrderByIdDesc(String areaCode, String indicatorId, String period);
}
