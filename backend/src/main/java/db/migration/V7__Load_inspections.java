package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import uk.sendinsight.inspections.InspectionLoader;

/** Loads the Ofsted/CQC area SEND inspection outcomes (data/ofsted, provenance in data/SOURCES.md). */
public class V7__Load_inspections extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        InspectionLoader.load(context.getConnection());
    }
}
