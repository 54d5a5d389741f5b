package uk.sendinsight.audit;

import java.time.ZoneOffset;
import uk.sendinsight.api.model.AreaRef;
import uk.sendinsight.api.model.AuditEntry;

/** Maps recorded changes to the API's {@code AuditEntry}. */
public final class AuditMapper {

    private AuditMapper() {
    }

    public static AuditEntry toEntry(AuditRecord e, String areaName) {
        return new AuditEntry(e.id(), e.at().atZone(ZoneOffset.UTC), e.actor(), e.action(), new AreaRef(e.areaCode(), areaName),
                e.indicatorId(), e.period())
                .before(e.before())
                .after(e.after());
    }
}
