package uk.sendinsight.inspections;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface InspectionRepository extends GenericRepository<WsoaWeaknessEntity, Long> {

    /** Every inspection on record, with its area and source: a few hundred rows, read once and kept. */
    @Query("""
            SELECT i.id, i.area_code, a.name AS area_name, a.abolished, r.code AS region_code, r.name AS region_name,
                   i.framework, i.start_date, i.publication_date, i.outcome, i.outcome_text, i.significant_weaknesses,
                   i.priority_actions, i.revisit_start_date, i.revisit_publication_date, i.revisit_finding,
                   i.weaknesses_sufficient, i.weaknesses_insufficient, i.next_inspection_by, i.report_url,
                   s.id AS source_id, s.name AS source_name, s.publisher AS source_publisher, s.url AS source_url,
                   s.official AS source_official, s.compiled_by AS source_compiled_by,
                   s.published_to AS source_published_to, i.data_notes
            FROM inspection i JOIN area a ON a.code = i.area_code LEFT JOIN area r ON r.code = a.parent_code
            JOIN inspection_source s ON s.id = i.source_id
            ORDER BY i.area_code, i.publication_date""")
    List<InspectionRow> findAllInspections();
}
