package uk.sendinsight.inspections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.sendinsight.api.model.AuditPage;
import uk.sendinsight.api.model.FieldError;
import uk.sendinsight.api.model.Wsoa;
import uk.sendinsight.api.model.WsoaAction;
import uk.sendinsight.api.model.WsoaWeakness;
import uk.sendinsight.support.Api;
import uk.sendinsight.support.TestClock;

/** Leaders (and administrators) record the weaknesses their WSOA addresses and the actions they take. */
@MicronautTest
class WsoaRecordsApiTest {

    static final String PASSWORD = "demo-only-password";
    static final String BCP = "E06000058";

    @Inject
    Api api;

    @Inject
    TestClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    private Api.Reply post(String token, String path, String body) {
        return api.send("POST", path, "application/json", body, "Authorization", "Bearer " + token);
    }

    private Wsoa wsoa(String code) {
        return api.get("/api/v1/areas/" + code + "/wsoa", "Authorization", "Bearer " + api.tokenFor("adviser", PASSWORD)).as(Wsoa.class);
    }

    private static Set<String> fields(Api.Reply reply) {
        return reply.problem().getErrors().stream().map(FieldError::getField).collect(Collectors.toSet());
    }

    @Test
    void anAdministratorRecordsAWeaknessOfAnAreaWithAWsoaAndItIsAudited() {
        String admin = api.tokenFor("admin", PASSWORD);
        int before = wsoa(BCP).getWeaknesses().size();

        Api.Reply reply = post(admin, "/api/v1/areas/" + BCP + "/wsoa/weaknesses",
                "{\"text\": \"  Leaders do not know how well the local offer meets families' needs.  \", \"theme\": \"local_offer\"}");

        assertEquals(201, reply.status(), reply.body());
        WsoaWeakness weakness = reply.as(WsoaWeakness.class);
        assertEquals("Leaders do not know how well the local offer meets families' needs.", weakness.getText());
        assertFalse(weakness.getDemo());
        assertEquals(before + 1, weakness.getNumber());
        assertEquals(before + 1, wsoa(BCP).getWeaknesses().size());
        AuditPage audit = api.get("/api/v1/audit?area=" + BCP, "Authorization", "Bearer " + admin).as(AuditPage.class);
        assertEquals("wsoa.weakness.added", audit.getItems().get(0).getAction());
        assertEquals(clock.instant(), audit.getItems().get(0).getAt().toInstant());
        assertTrue(audit.getItems().get(0).getAfter().contains("local offer"), audit.getItems().get(0).getAfter());
    }

    @Test
    void noMoreWeaknessesThanOfstedFoundAndNoneWhereThereIsNoWsoa() {
        Api.Reply full = post(api.tokenFor("leader.wandsworth", PASSWORD), "/api/v1/areas/E09000032/wsoa/weaknesses",
                "{\"text\": \"A third\", \"theme\": \"outcomes\"}");
        Api.Reply none = post(api.tokenFor("admin", PASSWORD), "/api/v1/areas/E09000022/wsoa/weaknesses",
                "{\"text\": \"Lambeth had no WSOA\", \"theme\": \"outcomes\"}");

        assertEquals(400, full.status(), full.body());
        assertTrue(full.problem().getErrors().get(0).getMessage().contains("all 2"), full.body());
        assertEquals(2, wsoa("E09000032").getWeaknesses().size());
        assertEquals(400, none.status(), none.body());
        assertEquals(Set.of("code"), fields(none));
    }

    @Test
    void aBadWeaknessNamesEachFieldAndStoresNothing() {
        String admin = api.tokenFor("admin", PASSWORD);
        int before = wsoa(BCP).getWeaknesses().size();

        Api.Reply missing = post(admin, "/api/v1/areas/" + BCP + "/wsoa/weaknesses", "{\"text\": \"\"}");
        Api.Reply blank = post(admin, "/api/v1/areas/" + BCP + "/wsoa/weaknesses", "{\"text\": \"   \", \"theme\": \"outcomes\"}");
        Api.Reply theme = post(admin, "/api/v1/areas/" + BCP + "/wsoa/weaknesses", "{\"text\": \"x\", \"theme\": \"weather\"}");

        assertEquals(400, missing.status(), missing.body());
        assertEquals(Set.of("text", "theme"), fields(missing));
        assertEquals(400, blank.status(), blank.body());
        assertEquals(Set.of("text"), fields(blank));
        assertEquals(400, theme.status(), theme.body());
        assertEquals(Set.of("theme"), fields(theme));
        assertEquals(before, wsoa(BCP).getWeaknesses().size());
    }

    @Test
    void aLeaderAddsAnActionToTheirOwnWeaknessAndItStartsNotStarted() {
        String leader = api.tokenFor("leader.wandsworth", PASSWORD);
        WsoaWeakness weakness = wsoa("E09000032").getWeaknesses().get(1);

        Api.Reply reply = post(leader, "/api/v1/areas/E09000032/wsoa/weaknesses/" + weakness.getId() + "/actions",
                "{\"title\": \"Publish the co-produced local offer\", \"owner\": \"SEND Partnership Board\", \"dueDate\": \"2027-06-30\"}");

        assertEquals(201, reply.status(), reply.body());
        WsoaAction action = reply.as(WsoaAction.class);
        assertEquals("not_started", action.getStatus().getValue());
        assertEquals(0, action.getPercentComplete());
        assertFalse(action.getOverdue());
        assertFalse(action.getDemo());
        assertTrue(wsoa("E09000032").getWeaknesses().get(1).getActions().stream().anyMatch(a -> a.getId().equals(action.getId())));
    }

    @Test
    void anActionIsOverdueFromTheDayAfterItsDueDateByTheApplicationsClock() {
        String leader = api.tokenFor("leader.wandsworth", PASSWORD);
        WsoaWeakness weakness = wsoa("E09000032").getWeaknesses().get(0);
        LocalDate due = clock.today();

        WsoaAction added = post(leader, "/api/v1/areas/E09000032/wsoa/weaknesses/" + weakness.getId() + "/actions",
                "{\"title\": \"Review the graduated approach\", \"owner\": \"SEND team\", \"dueDate\": \"" + due + "\"}").as(WsoaAction.class);
        // Only reads after moving the clock: a write would leave an audit entry dated in the future for later tests.
        clock.setDate(due.plusDays(1));
        boolean overdueTheDayAfter = action(added.getId()).getOverdue();

        assertFalse(added.getOverdue());
        assertTrue(overdueTheDayAfter);
    }

    private WsoaAction action(Long id) {
        return wsoa("E09000032").getWeaknesses().stream().flatMap(w -> w.getActions().stream())
                .filter(a -> a.getId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void anotherAreasLeaderIsRefusedAndAnotherAreasWeaknessIsNotFound() {
        long wandsworthWeakness = wsoa("E09000032").getWeaknesses().get(0).getId();
        long barnsleyWeakness = wsoa("E08000016").getWeaknesses().get(0).getId();
        String body = "{\"title\": \"x\", \"owner\": \"y\", \"dueDate\": \"2027-01-01\"}";

        Api.Reply other = post(api.tokenFor("leader.lambeth", PASSWORD), "/api/v1/areas/E09000032/wsoa/weaknesses/" + wandsworthWeakness + "/actions", body);
        Api.Reply elsewhere = post(api.tokenFor("leader.wandsworth", PASSWORD), "/api/v1/areas/E09000032/wsoa/weaknesses/" + barnsleyWeakness + "/actions", body);

        assertEquals(403, other.status(), other.body());
        assertEquals(404, elsewhere.status(), elsewhere.body());
    }

    @Test
    void aBadActionNamesEachFieldAndStoresNothing() {
        String leader = api.tokenFor("leader.wandsworth", PASSWORD);
        WsoaWeakness weakness = wsoa("E09000032").getWeaknesses().get(0);

        Api.Reply missing = post(leader, "/api/v1/areas/E09000032/wsoa/weaknesses/" + weakness.getId() + "/actions", "{\"title\": \"\"}");
        Api.Reply blank = post(leader, "/api/v1/areas/E09000032/wsoa/weaknesses/" + weakness.getId() + "/actions",
                "{\"title\": \" \", \"owner\": \" \", \"dueDate\": \"2027-01-01\"}");
        Api.Reply badDate = post(leader, "/api/v1/areas/E09000032/wsoa/weaknesses/" + weakness.getId() + "/actions",
                "{\"title\": \"t\", \"owner\": \"o\", \"dueDate\": \"31/03/2027\"}");

        assertEquals(400, missing.status(), missing.body());
        assertEquals(Set.of("title", "owner", "dueDate"), fields(missing));
        assertEquals(400, blank.status(), blank.body());
        assertEquals(Set.of("title", "owner"), fields(blank));
        assertEquals(400, badDate.status(), badDate.body());
        assertEquals(Set.of("dueDate"), fields(badDate));
        assertEquals(weakness.getActions().size(), wsoa("E09000032").getWeaknesses().get(0).getActions().size());
    }
}
