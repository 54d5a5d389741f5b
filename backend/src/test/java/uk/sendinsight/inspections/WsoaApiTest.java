package uk.sendinsight.inspections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.sendinsight.api.model.AuditPage;
import uk.sendinsight.api.model.FieldError;
import uk.sendinsight.api.model.Wsoa;
import uk.sendinsight.api.model.WsoaAction;
import uk.sendinsight.support.Api;

@MicronautTest
class WsoaApiTest {

    static final String PASSWORD = "demo-only-password";
    static final String WANDSWORTH = "E09000032";

    @Inject
    Api api;

    private Wsoa wsoa(String code, String token) {
        Api.Reply reply = api.get("/api/v1/areas/" + code + "/wsoa", "Authorization", "Bearer " + token);
        assertEquals(200, reply.status(), reply.body());
        return reply.as(Wsoa.class);
    }

    private WsoaAction firstAction(String token) {
        return wsoa(WANDSWORTH, token).getWeaknesses().get(0).getActions().get(0);
    }

    private Api.Reply post(String token, long actionId, String body) {
        return api.send("POST", "/api/v1/areas/" + WANDSWORTH + "/wsoa/actions/" + actionId + "/updates", "application/json", body,
                "Authorization", "Bearer " + token);
    }

    @Test
    void aLeaderSeesTheirAreasWsoaWithOfstedsInspectionAndTheDemoPlanMarkedDemo() {
        Wsoa plan = wsoa(WANDSWORTH, api.tokenFor("leader.wandsworth", PASSWORD));

        assertTrue(plan.getWsoaRequired());
        assertEquals(2, plan.getInspection().getSignificantWeaknesses());
        assertTrue(plan.getDemo());
        assertEquals(2, plan.getWeaknesses().size());
        plan.getWeaknesses().forEach(w -> {
            assertTrue(w.getDemo());
            assertTrue(w.getText().startsWith("Demo:"), w.getText());
            assertTrue(w.getActions().stream().anyMatch(a -> a.getTitle().startsWith("Demo:")));
            w.getActions().stream().filter(a -> a.getTitle().startsWith("Demo:")).forEach(a -> assertTrue(a.getDemo(), a.getTitle()));
        });
        int counted = plan.getActionCounts().getNotStarted() + plan.getActionCounts().getOnTrack() + plan.getActionCounts().getAtRisk()
                + plan.getActionCounts().getOffTrack() + plan.getActionCounts().getComplete();
        assertEquals(plan.getWeaknesses().stream().mapToInt(w -> w.getActions().size()).sum(), counted);
    }

    @Test
    void anAreaWithoutAWsoaSaysSo() {
        Wsoa lambeth = wsoa("E09000022", api.tokenFor("adviser", PASSWORD));

        assertFalse(lambeth.getWsoaRequired());
        assertEquals(List.of(), lambeth.getWeaknesses());
    }

    @Test
    void anotherAreasLeaderCannotReadItAndAnonymousCallersMustSignIn() {
        Api.Reply other = api.get("/api/v1/areas/" + WANDSWORTH + "/wsoa", "Authorization", "Bearer " + api.tokenFor("leader.lambeth", PASSWORD));
        Api.Reply anonymous = api.get("/api/v1/areas/" + WANDSWORTH + "/wsoa");

        assertEquals(403, other.status());
        assertEquals("application/problem+json", other.contentType());
        assertEquals(401, anonymous.status());
    }

    @Test
    void aLeadersUpdateJoinsTheActionsHistoryAndTheAudit() {
        String token = api.tokenFor("leader.wandsworth", PASSWORD);
        long actionId = firstAction(token).getId();

        Api.Reply reply = post(token, actionId, """
                {"status": "at_risk", "percentComplete": 70, "narrative": "Recruitment delayed; interim cover agreed.",
                 "evidenceUrl": "https://example.org/board-minutes"}""");

        assertEquals(201, reply.status(), reply.body());
        WsoaAction action = reply.as(WsoaAction.class);
        assertEquals("at_risk", action.getStatus().getValue());
        assertEquals(70, action.getPercentComplete());
        var newest = action.getUpdates().get(0);
        assertEquals("Recruitment delayed; interim cover agreed.", newest.getNarrative());
        assertEquals("leader.wandsworth", newest.getAuthor());
        assertFalse(newest.getDemo());
        assertEquals("https://example.org/board-minutes", newest.getEvidenceUrl());
        assertEquals(newest.getId(), firstAction(token).getUpdates().get(0).getId());
        AuditPage audit = api.get("/api/v1/audit?area=" + WANDSWORTH, "Authorization", "Bearer " + token).as(AuditPage.class);
        var entry = audit.getItems().get(0);
        assertEquals(WsoaService.UPDATE_ACTION, entry.getAction());
        assertEquals("leader.wandsworth", entry.getActor());
        assertTrue(entry.getAfter().contains("Recruitment delayed"), entry.getAfter());
    }

    @Test
    void anotherAreasLeaderGets403AndNothingChanges() {
        long actionId = firstAction(api.tokenFor("adviser", PASSWORD)).getId();
        int before = firstAction(api.tokenFor("adviser", PASSWORD)).getUpdates().size();

        Api.Reply reply = post(api.tokenFor("leader.lambeth", PASSWORD), actionId,
                "{\"status\": \"complete\", \"percentComplete\": 100, \"narrative\": \"Not ours to say\"}");

        assertEquals(403, reply.status());
        assertEquals("application/problem+json", reply.contentType());
        assertEquals(before, firstAction(api.tokenFor("adviser", PASSWORD)).getUpdates().size());
    }

    @Test
    void aBadUpdateNamesEachFieldAndStoresNothing() {
        String token = api.tokenFor("leader.wandsworth", PASSWORD);
        WsoaAction before = firstAction(token);

        Api.Reply reply = post(token, before.getId(),
                "{\"status\": \"complete\", \"percentComplete\": 50, \"narrative\": \"  \", \"evidenceUrl\": \"javascript:alert(1)\"}");

        assertEquals(400, reply.status(), reply.body());
        Set<String> fields = reply.problem().getErrors().stream().map(FieldError::getField).collect(Collectors.toSet());
        assertEquals(Set.of("percentComplete", "narrative", "evidenceUrl"), fields);
        WsoaAction after = firstAction(token);
        assertEquals(before.getStatus(), after.getStatus());
        assertEquals(before.getUpdates().size(), after.getUpdates().size());
    }

    @Test
    void anOutOfRangePercentageOrUnknownStatusIsA400NamingTheField() {
        String token = api.tokenFor("leader.wandsworth", PASSWORD);
        long actionId = firstAction(token).getId();

        Api.Reply percent = post(token, actionId, "{\"status\": \"on_track\", \"percentComplete\": 140, \"narrative\": \"x\"}");
        Api.Reply status = post(token, actionId, "{\"status\": \"done\", \"percentComplete\": 10, \"narrative\": \"x\"}");

        assertEquals(400, percent.status(), percent.body());
        assertTrue(percent.problem().getErrors().stream().anyMatch(e -> e.getField().contains("percentComplete")), percent.body());
        assertEquals(400, status.status(), status.body());
        assertEquals("status", status.problem().getErrors().get(0).getField(), status.body());
    }

    @Test
    void anActionOfAnotherAreaIsNotFoundUnderThisOne() {
        String admin = api.tokenFor("admin", PASSWORD);
        long barnsleyAction = wsoa("E08000016", admin).getWeaknesses().get(0).getActions().get(0).getId();

        Api.Reply reply = post(api.tokenFor("leader.wandsworth", PASSWORD), barnsleyAction,
                "{\"status\": \"on_track\", \"percentComplete\": 10, \"narrative\": \"Wrong area\"}");

        assertEquals(404, reply.status(), reply.body());
    }
}
