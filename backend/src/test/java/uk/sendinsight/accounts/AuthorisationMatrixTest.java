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
    private static final Map<String, List<Integer>> EXPECTED = new LinkedHashMap<>();

    static {
        //                                                                                    anon leader other adviser admin service
        EXPECTED.put("PUT /api/v1/areas/{code}/indicators/{id}/values/{period}", List.of(401, 200, 403, 403, 200, 403));
        EXPECTED.put("POST /api/v1/areas/{code}/indicators/{id}/values/{period}/publication", List.of(401, 403, 403, 200, 200, 403));
        EXPECTED.put("POST /api/v1/areas/{code}/wsoa/actions/{id}/updates", List.of(401, 201, 403, 403, 201, 403));
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
    void aMachineAccountExists() {
        if (!users.existsById("service.powerbi")) {
            users.save(new UserEntity("service.powerbi", Passwords.hash(DemoAccounts.PASSWORD), Role.SERVICE.name(), null, false, Instant.now()));
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
        Set<String> covered = new TreeSet<>(EXPECTED.keySet());
        covered.addAll(OPEN_TO_ALL);

        assertEquals(covered, writeRoutes);
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachCallerGetsExactlyTheStatusTheMatrixSays() {
        String area = "E09000032";
        String path = "/api/v1/areas/" + area + "/indicators/short-breaks-families-receiving/values/2021-Q1";
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("leader of this area", api.tokenFor("leader.wandsworth", DemoAccounts.PASSWORD));
        tokens.put("leader of another area", api.tokenFor("leader.lambeth", DemoAccounts.PASSWORD));
        tokens.put("adviser", api.tokenFor("adviser", DemoAccounts.PASSWORD));
        tokens.put("admin", api.tokenFor("admin", DemoAccounts.PASSWORD));
        tokens.put("service", api.tokenFor("service.powerbi", DemoAccounts.PASSWORD));

        Object actionId = ((java.util.List<Map<String, Object>>) ((java.util.List<Map<String, Object>>) api.get("/api/v1/areas/" + area + "/wsoa",
                "Authorization", "Bearer " + tokens.get("adviser")).asMap().get("weaknesses")).get(0).get("actions")).get(0).get("id");
        String wsoaUpdate = "/api/v1/areas/" + area + "/wsoa/actions/" + actionId + "/updates";

        List<String> mismatches = new ArrayList<>();
        for (var row : EXPECTED.entrySet()) {
            String method = row.getKey().split(" ")[0];
            boolean isWsoa = row.getKey().contains("/wsoa/");
            String url = isWsoa ? wsoaUpdate : row.getKey().contains("/publication") ? path + "/publication" : path;
            String body = method.equals("PUT") ? "{\"value\": 5}"
                    : isWsoa ? "{\"status\": \"on_track\", \"percentComplete\": 50, \"narrative\": \"Matrix test\"}" : null;
            for (int i = 0; i < CALLERS.size(); i++) {
                String caller = CALLERS.get(i);
                String[] auth = caller.equals("anonymous") ? new String[0] : new String[] {"Authorization", "Bearer " + tokens.get(caller)};
                Api.Reply reply = api.send(method, url, body == null ? null : "application/json", body, auth);
                if (reply.status() != row.getValue().get(i)) {
                    mismatches.add(row.getKey() + " as " + caller + ": " + reply.status() + " (expected " + row.getValue().get(i) + ")");
                }
                if (reply.status() >= 400 && !"application/problem+json".equals(reply.contentType())) {
                    mismatches.add(row.getKey() + " as " + caller + ": " + reply.status() + " without a problem body");
                }
            }
        }
        assertEquals(List.of(), mismatches);
    }
}
