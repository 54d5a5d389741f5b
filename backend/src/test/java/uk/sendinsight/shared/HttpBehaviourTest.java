package uk.sendinsight.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.sendinsight.api.model.Problem;
import uk.sendinsight.support.Api;

@MicronautTest
class HttpBehaviourTest {

    @Inject
    Api api;

    @Test
    void readsCarryAnETagAndCacheControl() {
        Api.Reply reply = api.get("/api/v1/areas/E09000032");

        assertEquals(200, reply.status());
        assertTrue(reply.header("ETag").matches("\"[A-Za-z0-9_-]{22}\""), reply.header("ETag"));
        assertEquals("public, max-age=300", reply.header("Cache-Control"));
    }

    @Test
    void readsTellCachesThatJsonAndCsvAndSignedInViewsDiffer() {
        Api.Reply json = api.get("/api/v1/inspections?pageSize=5");
        Api.Reply csv = api.get("/api/v1/inspections?pageSize=5", "Accept", "text/csv");

        assertTrue(json.response().headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept") && v.contains("Authorization")),
                json.response().headers().allValues("Vary").toString());
        assertTrue(csv.response().headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")));
        assertTrue(!json.header("ETag").equals(csv.header("ETag")));
    }

    @Test
    void theSameRepresentationHasTheSameETagAndADifferentOneADifferentETag() {
        String wandsworth = api.get("/api/v1/areas/E09000032").header("ETag");

        assertEquals(wandsworth, api.get("/api/v1/areas/212").header("ETag"));
        assertNotEquals(wandsworth, api.get("/api/v1/areas/E09000022").header("ETag"));
    }

    @Test
    void aMatchingIfNoneMatchGets304WithoutABody() {
        String etag = api.get("/api/v1/areas?type=region").header("ETag");

        Api.Reply notModified = api.get("/api/v1/areas?type=region", "If-None-Match", etag);
        Api.Reply stale = api.get("/api/v1/areas?type=region", "If-None-Match", "\"something-else\"");

        assertEquals(304, notModified.status());
        assertEquals("", notModified.body());
        assertEquals(etag, notModified.header("ETag"));
        assertEquals(200, stale.status());
        assertFalse(stale.body().isEmpty());
    }

    @Test
    void anUnknownPathIsA404Problem() {
        assertProblem(api.get("/api/v1/nothing-here"), 404);
    }

    @Test
    void aWrongMethodIsA405Problem() {
        Api.Reply reply = api.send("DELETE", "/api/v1/areas/E09000032", null, null);

        assertProblem(reply, 405);
        assertTrue(reply.problem().getDetail().contains("DELETE"));
    }

    @Test
    void aBodySentWhereNoneIsAcceptedIsRefusedAsAProblemEvenWhenItIsMalformedJson() {
        Api.Reply reply = api.send("POST", "/api/v1/areas", "application/json", "{\"name\": ");

        assertProblem(reply, 405);
    }

    @Test
    void anUnacceptableMediaTypeIsA406Problem() {
        assertProblem(api.get("/api/v1/areas/E09000032", "Accept", "application/xml"), 406);
    }

    @Test
    void theDashboardOriginIsAllowedByCorsAndOthersAreNot() {
        Api.Reply dashboard = api.get("/api/v1/areas/212", "Origin", "http://localhost:5173");
        Api.Reply stranger = api.get("/api/v1/areas/212", "Origin", "https://evil.example");

        assertEquals(200, dashboard.status());
        assertEquals("http://localhost:5173", dashboard.header("Access-Control-Allow-Origin"));
        assertProblem(stranger, 403);
        assertEquals(null, stranger.header("Access-Control-Allow-Origin"));
        assertTrue(stranger.problem().getDetail().contains("https://evil.example"));
    }

    private static void assertProblem(Api.Reply reply, int status) {
        assertEquals(status, reply.status(), reply.body());
        assertEquals("application/problem+json", reply.contentType());
        Problem problem = reply.problem();
        assertEquals(status, problem.getStatus());
        assertNotNull(problem.getTitle());
        assertFalse(reply.body().contains("Exception"), reply.body());
        assertFalse(reply.body().contains("uk.sendinsight"), reply.body());
    }
}
