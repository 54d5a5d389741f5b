package db.migration;

import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import uk.sendinsight.imports.PublishedDataImporter;

/**
 * Brings figures loaded by earlier releases up to the statistics rules of issue 9: every period's sort key from the one
 * period model (financial years and quarters no longer tie with academic years and terms); the tribunal table placed
 * again so that "Dorset" before April 2019 is the old county, not Dorset Council; England, regional and board figures
 * that SEND Insight sums marked {@code aggregated} with the number of areas summed, leaving out areas with a
 * suppressed count; and the catalogue's descriptions (geographies gained by those sums) refreshed.
 */
public class V10__Periods_aggregates_and_former_areas extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("ALTER TABLE indicator_value ADD COLUMN aggregated BOOLEAN NOT NULL DEFAULT FALSE");
            statement.executeUpdate("ALTER TABLE indicator_value ADD COLUMN areas_used INT NULL");
            statement.executeUpdate("UPDATE indicator SET comparison_method = 'position' WHERE comparison_method = 'quartile'");
            // Sums made by earlier releases were stored as if published: the only file summed then was Ofsted's.
            statement.executeUpdate("""
                    DELETE FROM indicator_value WHERE indicator_id = 'wsoa-weaknesses-sufficient-progress'
                      AND area_code IN (SELECT code FROM area WHERE type IN ('country', 'region'))""");
        }
        PublishedDataImporter.refreshCatalogueDescriptions(connection);
        PublishedDataImporter.reimport(connection, "data/send/send_tribunal_appeal_rate_2014_2024_long.csv");
        PublishedDataImporter.recomputePeriodOrder(connection);
        PublishedDataImporter.aggregateAll(connection);
    }
}
