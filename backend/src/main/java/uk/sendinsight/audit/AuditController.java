package uk.sendinsight.audit;

import io.micronaut.data.model.Page;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.utils.SecurityService;
import uk.sendinsight.api.AuditApi;
import uk.sendinsight.api.model.AuditEntry;
import uk.sendinsight.api.model.AuditPage;
import uk.sendinsight.areas.AreaFacts;
import uk.sendinsight.areas.AreaService;
import uk.sendinsight.shared.NotFoundException;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class AuditController implements AuditApi {

    private final AuditTrail audit;
    private final AreaService areas;
    private final SecurityService security;

    AuditController(AuditTrail audit, AreaService areas, SecurityService security) {
        this.audit = audit;
        this.areas = areas;
        this.security = security;
    }

    @Override
    public AuditPage listAuditEntries(String area, Integer page, Integer pageSize) {
        Authentication reader = security.getAuthentication().orElseThrow();
        String areaCode = area == null ? null : areas.resolveCode(area)
                .orElseThrow(() -> new NotFoundException("No area has the code '" + area + "'."));
        Page<AuditEntryEntity> found = audit.list(reader, areaCode, page, pageSize);
        return new AuditPage(found.getContent().stream().map(this::toEntry).toList(), page, pageSize,
                found.getTotalSize(), found.getTotalPages());
    }

    private AuditEntry toEntry(AuditEntryEntity e) {
        String areaName = e.areaCode() == null ? null : areas.facts(e.areaCode()).map(AreaFacts::name).orElse(e.areaCode());
        return AuditMapper.toEntry(AuditRecord.of(e), areaName);
    }
}
