package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import uk.sendinsight.imports.PublishedDataImporter;

/** Loads the indicator catalogue and every published figure it maps (data/indicators.yml). */
public class V4__Load_published_indicators extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        PublishedDataImporter.importAll(context.getConnection());
    }
}
