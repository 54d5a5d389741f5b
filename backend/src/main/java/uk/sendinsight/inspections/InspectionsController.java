package uk.sendinsight.inspections;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.utils.SecurityService;
import java.net.URI;
import java.util.List;
import uk.sendinsight.api.InspectionsApi;
import uk.sendinsight.api.model.AreaInspections;
import uk.sendinsight.api.model.AreaRef;
import uk.sendinsight.api.model.FollowUpFilter;
import uk.sendinsight.api.model.InspectionFramework;
import uk.sendinsight.api.model.InspectionOutcome;
import uk.sendinsight.api.model.InspectionOverview;
import uk.sendinsight.api.model.ProgressUpdateRequest;
import uk.sendinsight.api.model.Rag;
import uk.sendinsight.api.model.RevisitFinding;
import uk.sendinsight.api.model.Wsoa;
import uk.sendinsight.api.model.NewAction;
import uk.sendinsight.api.model.NewWeakness;
import uk.sendinsight.api.model.WsoaAction;
import uk.sendinsight.api.model.WsoaWeakness;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class InspectionsController implements InspectionsApi {

    private final InspectionService inspections;
    private final WsoaService wsoa;
    private final SecurityService security;

    InspectionsController(InspectionService inspections, WsoaService wsoa, SecurityService security) {
        this.inspections = inspections;
        this.wsoa = wsoa;
        this.security = security;
    }

    @Override
    public HttpResponse<InspectionOverview> listInspections(InspectionFramework framework, InspectionOutcome outcome, Boolean wsoaRequired,
                                                            RevisitFinding revisit, String region, Rag rag, FollowUpFilter followUp,
                                                            Integer page, Integer pageSize) {
        var filter = new InspectionService.Filter(framework == null ? null : framework.getValue(), outcome == null ? null : outcome.getValue(),
                wsoaRequired, revisit == null ? null : revisit.getValue(), region, rag == null ? null : rag.getValue(),
                followUp == null ? null : followUp.getValue());
        List<Positions.Position> selected = inspections.positions(filter);
        int from = Math.min(selected.size(), (page - 1) * pageSize);
        List<Positions.Position> shown = selected.subList(from, Math.min(selected.size(), from + pageSize));
        return HttpResponse.ok(new InspectionOverview(inspections.today(),
                InspectionMapper.summary(selected, inspections.inspectionsOf(selected)), InspectionMapper.sources(inspections.inspectionsOf(selected)),
                shown.stream().map(InspectionMapper::position).toList(), page, pageSize, (long) selected.size(),
                (int) Math.ceil(selected.size() / (double) pageSize)));
    }

    @Override
    public HttpResponse<AreaInspections> getAreaInspections(String code) {
        var area = inspections.area(code);
        List<InspectionRow> history = inspections.inspectionsOf(area.code());
        return HttpResponse.ok(new AreaInspections(new AreaRef(area.code(), area.name()),
                history.stream().map(InspectionMapper::inspection).toList())
                .position(inspections.positionOf(area.code()).map(InspectionMapper::position).orElse(null)));
    }

    @Override
    public Wsoa getAreaWsoa(String code) {
        return InspectionMapper.wsoa(wsoa.view(security.getAuthentication().orElseThrow(), code));
    }

    @Override
    public HttpResponse<WsoaWeakness> addWsoaWeakness(String code, NewWeakness body) {
        var user = security.getAuthentication().orElseThrow();
        var saved = wsoa.addWeakness(user, code, new WsoaService.NewWeakness(body.getText(),
                body.getTheme() == null ? null : body.getTheme().getValue()));
        return HttpResponse.created(InspectionMapper.weakness(saved), URI.create("/api/v1/areas/" + saved.weakness().areaCode() + "/wsoa"));
    }

    @Override
    public HttpResponse<WsoaAction> addWsoaAction(String code, Long id, NewAction body) {
        var user = security.getAuthentication().orElseThrow();
        var saved = wsoa.addAction(user, code, id, new WsoaService.NewAction(body.getTitle(), body.getOwner(), body.getDueDate()));
        return HttpResponse.created(InspectionMapper.action(saved), URI.create("/api/v1/areas/" + saved.action().areaCode() + "/wsoa"));
    }

    @Override
    public HttpResponse<WsoaAction> postWsoaActionUpdate(String code, Long id, ProgressUpdateRequest body) {
        var area = inspections.area(code);
        var saved = wsoa.postUpdate(security.getAuthentication().orElseThrow(), code, id, new WsoaService.ProgressUpdate(
                body.getStatus() == null ? null : body.getStatus().getValue(), body.getPercentComplete(), body.getNarrative(),
                body.getEvidenceUrl()));
        return HttpResponse.created(InspectionMapper.action(saved), URI.create("/api/v1/areas/" + area.code() + "/wsoa"));
    }
}
