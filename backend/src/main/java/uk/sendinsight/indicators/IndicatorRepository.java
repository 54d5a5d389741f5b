package uk.sendinsight.indicators;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface IndicatorRepository extends GenericRepository<IndicatorEntity, String> {

    List<IndicatorEntity> findAllOrderBySortOrder();

    Optional<IndicatorEntity> findById(String id);

    @Query("SELECT indicator_id, breakdown_id, name, sort_order FROM indicator_breakdown ORDER BY indicator_id, sort_order")
    List<CatalogueRows.BreakdownRow> findAllBreakdowns();

    /** Periods with a figure anyone may see, per indicator and breakdown, most recent first. */
    @Query("""
            SELECT DISTINCT indicator_id, breakdown, period, period_order FROM indicator_value
            WHERE status IN ('published', 'provisional', 'demo')
            ORDER BY indicator_id, breakdown, period_order DESC""")
    List<CatalogueRows.PeriodRow> findAllPeriods();
}
