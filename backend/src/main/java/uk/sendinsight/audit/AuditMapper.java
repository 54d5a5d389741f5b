package uk.sendinsight.audit;

import io.micronaut.core.annotation.Nullable;
import java.time.ZoneOffset;
import uk.sendinsight.api.model.AreaRef;
import uk.sendinsight.api.model.AuditEntry;

/** Maps recorded changes to the API's {@code AuditEntry}. */
public final class AuditMapper {

    private AuditMapper() {
    }

    /** The area's name is shown beside its code; it is ignored for a change to an account, which has no area. */
    public static AuditEntry toEntry(AuditRecord e, @Nullable String areaName) {
        return new AuditEntry(e.id(), e.at().atZone(ZoneOffset.UTC), e.actor(), e.action())
                .area(e.areaCode() == null ? null : new AreaRef(e.areaCode(), areaName == null ? e.areaCode() : areaName))
                .indicatorId(e.indicatorId())
                .period(e.period())
                .account(e.account())
                .before(e.before())
                .after(e.after());
    }
}
