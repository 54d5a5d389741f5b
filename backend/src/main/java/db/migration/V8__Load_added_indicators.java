package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import uk.sendinsight.imports.PublishedDataImporter;

/**
 * Adds the indicators and files data/indicators.yml gained after V4 (the WSOA indicators) to databases created
 * before them; on a new database V4 has loaded everything and this finds nothing to add.
 */
public class V8__Load_added_indicators extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        PublishedDataImporter.importAdded(context.getConnection());
    }
}
