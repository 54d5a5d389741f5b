package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import uk.sendinsight.areas.ReferenceAreaLoader;

/** Loads the published geography once per database, in the same transaction Flyway records it in. */
public class V2__Load_reference_areas extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        ReferenceAreaLoader.load(context.getConnection());
    }
}
