package uk.sendinsight.indicators;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;

/**
 * Reads figures as a viewer may see them: published, provisional and demo for everyone; submitted ones only for
 * advisers and administrators ({@code seesAllSubmitted}) or the leaders of their area ({@code ownArea}).
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface FigureRepository extends GenericRepository<IndicatorEntity, String> {

    String COLUMNS = """
            SELECT v.indicator_id, v.area_code, a.name AS area_name, a.type AS area_type, a.parent_code, p.name AS parent_name, a.abolished,
                   v.period, v.period_order, v.breakdown, v.numeric_value, v.numerator, v.denominator, v.marker,
                   v.marker_text, v.status, v.source_file, v.aggregated, v.areas_used
            FROM indicator_value v JOIN area a ON a.code = v.area_code LEFT JOIN area p ON p.code = a.parent_code
            WHERE (v.status IN ('published', 'provisional', 'demo')
                   OR (v.status = 'submitted' AND (:seesAllSubmitted = TRUE OR v.area_code = :ownArea)))""";

    /** Every area's figure for one period. */
    @Query(COLUMNS + " AND v.indicator_id = :indicatorId AND v.period = :period AND v.breakdown = :breakdown ORDER BY a.name")
    List<FigureRow> findForPeriod(String indicatorId, String period, String breakdown, boolean seesAllSubmitted, String ownArea);

    /** All periods of some areas, oldest first. */
    @Query(COLUMNS + " AND v.indicator_id = :indicatorId AND v.breakdown = :breakdown AND v.area_code IN (:areaCodes) ORDER BY v.period_order")
    List<FigureRow> findSeries(String indicatorId, String breakdown, Collection<String> areaCodes, boolean seesAllSubmitted, String ownArea);

    /** Every figure of one area, all indicators and periods. */
    @Query(COLUMNS + " AND v.area_code = :areaCode ORDER BY v.indicator_id, v.breakdown, v.period_order")
    List<FigureRow> findForArea(String areaCode, boolean seesAllSubmitted, String ownArea);
}
