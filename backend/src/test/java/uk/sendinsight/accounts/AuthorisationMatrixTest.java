package uk.sendinsight.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.http.HttpMethod;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.sendinsight.support.Api;

/**
 * Every route that changes something, against every kind of caller, with the exact status each must get.
 * The routes come from the application's router: a new write route without a row here fails the test.
 */
@MicronautTest
class AuthorisationMatrixTest {

    private static final List<String> CALLERS = List.of("anonymous", "leader of this area", "leader of another area",
            "adviser", "admin", "service");
    /** A route, the request that exercises it, and the status each caller must get, in the order of {@link #CALLERS}. */
    private record Row(String route, String method, String path, String body, List<Integer> statuses) {
    }

    private static final String FIGURE = "/api/v1/areas/E09000032/indicators/short-breaks-families-receiving/values/2021-Q1";
    private static final String PASSWORD = "a long enough new password";
    private static final String TARGET = "matrix.target";

    private static List<Row> expected(String wsoaAction, String wsoaWeakness) {
        //                                                                                                      anon leader other adviser admin service
        return List.of(
                new Row("PUT /api/v1/areas/{code}/indicators/{id}/values/{period}", "PUT", FIGURE, "{\"value\": 5}",
                        List.of(401, 200, 403, 403, 200, 403)),
                new Row("POST /api/v1/areas/{code}/indicators/{id}/values/{period}/publication", "POST", FIGURE + "/publication", null,
                        List.of(401, 403, 403, 200, 200, 403)),
                new Row("POST /api/v1/areas/{code}/wsoa/actions/{id}/updates", "POST", wsoaAction + "/updates",
                        "{\"status\": \"on_track\", \"percentComplete\": 50, \"narrative\": \"Matrix test\"}",
                        List.of(401, 201, 403, 403, 201, 403)),
                // Wandsworth's demo plan already holds both weaknesses Ofsted found: those allowed to add one get 400, not 201.
                new Row("POST /api/v1/areas/{code}/wsoa/weaknesses", "POST", "/api/v1/areas/E09000032/wsoa/weaknesses",
                        "{\"text\": \"Matrix test\", \"theme\": \"coproduction\"}", List.of(401, 400, 403, 403, 400, 403)),
                new Row("POST /api/v1/areas/{code}/wsoa/weaknesses/{id}/actions", "POST", wsoaWeakness + "/actions",
                        "{\"title\": \"Matrix test\", \"owner\": \"SEND team\", \"dueDate\": \"2027-03-31\"}",
                        List.of(401, 201, 403, 403, 201, 403)),
                new Row("POST /api/v1/users", "POST", "/api/v1/users",
                        "{\"username\": \"" + UsersApiTest.unique("matrix") + "\", \"role\": \"ADVISER\", \"password\": \"" + PASSWORD + "\"}",
                        List.of(401, 403, 403, 403, 201, 403)),
                new Row("PATCH /api/v1/users/{username}", "PATCH", "/api/v1/users/" + TARGET, "{\"disabled\": true}",
                        List.of(401, 403, 403, 403, 200, 403)),
                new Row("PUT /api/v1/users/{username}/password", "PUT", "/api/v1/users/" + TARGET + "/password",
                        "{\"password\": \"" + PASSWORD + "\"}",
                        List.of(401, 403, 403, 403, 204, 403)));
    }

    /** Sign-in routes take no token: they are where a token comes from. */
    private static final Set<String> OPEN_TO_ALL = Set.of("POST /api/v1/auth/login", "POST /api/v1/auth/refresh", "POST /api/v1/auth/logout");

    @Inject
    Api api;

    @Inject
    Router router;

    @Inject
    UserRepository users;

    @BeforeEach
    void aMachineAccountAndAnAccountToChangeExist() {
        if (!users.existsById("service.powerbi")) {
            users.save(new UserEntity("service.powerbi", Passwords.hash(DemoAccounts.PASSWORD), Role.SERVICE.name(), null, false, Instant.now()));
        }
        if (!users.existsById(TARGET)) {
            users.save(new UserEntity(TARGET, Passwords.hash(PASSWORD), Role.ADVISER.name(), null, false, Instant.now()));
        }
    }

    @Test
    void everyRouteThatChangesSomethingHasARowInTheMatrix() {
        Set<String> writeRoutes = new TreeSet<>();
        router.uriRoutes().forEach(route -> {
            HttpMethod method = route.getHttpMethod();
            if (method != HttpMethod.GET && method != HttpMethod.HEAD && method != HttpMethod.OPTIONS) {
                writeRoutes.add(method + " " + route.getUriMatchTemplate().toString());
            }
        });
        Set<String> covered = new TreeSet<>(expected("", "").stream().map(Row::route).toList());
        covered.addAll(OPEN_TO_ALL);

        assertEquals(covered, writeRoutes);
    }

    @Test
    void eachCallerGetsExactlyTheStatusTheMatrixSays() {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("leader of this area", api.tokenFor("leader.wandsworth", DemoAccounts.PASSWORD));
        tokens.put("leader of another area", api.tokenFor("leader.lambeth", DemoAccounts.PASSWORD));
        tokens.put("adviser", api.tokenFor("adviser", DemoAccounts.PASSWORD));
        tokens.put("admin", api.tokenFor("admin", DemoAccounts.PASSWORD));
        tokens.put("service", api.tokenFor("service.powerbi", DemoAccounts.PASSWORD));

        List<String> mismatches = new ArrayList<>();
        String[] wsoa = wsoaRecordsOfWandsworth(tokens.get("adviser"));
        for (Row row : expected(wsoa[0], wsoa[1])) {
            for (int i = 0; i < CALLERS.size(); i++) {
                String caller = CALLERS.get(i);
                String[] auth = caller.equals("anonymous") ? new String[0] : new String[] {"Authorization", "Bearer " + tokens.get(caller)};
                Api.Reply reply = api.send(row.method(), row.path(), row.body() == null ? null : "application/json", row.body(), auth);
                if (reply.status() != row.statuses().get(i)) {
                    mismatches.add(row.route() + " as " + caller + ": " + reply.status() + " (expected " + row.statuses().get(i) + ")");
                }
                if (reply.status() >= 400 && !"application/problem+json".equals(reply.contentType())) {
                    mismatches.add(row.route() + " as " + caller + ": " + reply.status() + " without a problem body");
                }
            }
        }
        assertEquals(List.of(), mismatches);
    }

    /** The first action and the first weakness of Wandsworth's (demo) WSOA plan, read as the adviser. */
    @SuppressWarnings("unchecked")
    private String[] wsoaRecordsOfWandsworth(String adviserToken) {
        var weaknesses = (List<Map<String, Object>>) api.get("/api/v1/areas/E09000032/wsoa", "Authorization", "Bearer " + adviserToken)
                .asMap().get("weaknesses");
        var actions = (List<Map<String, Object>>) weaknesses.get(0).get("actions");
        return new String[] {"/api/v1/areas/E09000032/wsoa/actions/" + actions.get(0).get("id"),
                "/api/v1/areas/E09000032/wsoa/weaknesses/" + weaknesses.get(0).get("id")};
    }
}
