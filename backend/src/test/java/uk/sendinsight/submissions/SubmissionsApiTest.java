package uk.sendinsight.submissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.sendinsight.api.model.AuditPage;
import uk.sendinsight.api.model.FieldError;
import uk.sendinsight.api.model.IndicatorValues;
import uk.sendinsight.api.model.Problem;
import uk.sendinsight.api.model.SubmittedFigure;
import uk.sendinsight.support.Api;

@MicronautTest
class SubmissionsApiTest {

    static final String PASSWORD = "demo-only-password";
    static final String SHORT_BREAKS = "/api/v1/areas/%s/indicators/short-breaks-families-receiving/values/%s";

    @Inject
    Api api;

    @Inject
    SubmittedValueRepository stored;

    @Test
    void aLeaderSubmitsAFigureForTheirOwnAreaAndTheAuditListsTheChange() {
        String token = api.tokenFor("leader.wandsworth", PASSWORD);

        Api.Reply reply = put(token, String.format(SHORT_BREAKS, "E09000032", "2024-Q1"), "{\"value\": 412, \"note\": \"register\"}");

        assertEquals(200, reply.status(), reply.body());
        SubmittedFigure figure = reply.as(SubmittedFigure.class);
        assertEquals(412.0, figure.getFigure().getValue());
        assertEquals("submitted", figure.getFigure().getStatus().getValue());
        assertEquals("leader.wandsworth", figure.getSubmittedBy());
        AuditPage audit = api.get("/api/v1/audit?area=212", "Authorization", "Bearer " + token).as(AuditPage.class);
        var entry = audit.getItems().stream().filter(e -> e.getPeriod().equals("2024-Q1")).findFirst().orElseThrow();
        assertEquals("leader.wandsworth", entry.getActor());
        assertEquals("short-breaks-families-receiving", entry.getIndicatorId());
        assertTrue(entry.getAfter().contains("\"value\":412.0"), entry.getAfter());
    }

    @Test
    void aCorrectionIsAuditedWithWhatItReplaced() {
        String token = api.tokenFor("leader.wandsworth", PASSWORD);
        String path = String.format(SHORT_BREAKS, "E09000032", "2024-Q2");

        put(token, path, "{\"value\": 100}");
        put(token, path, "{\"value\": 120}");

        AuditPage audit = api.get("/api/v1/audit?area=E09000032", "Authorization", "Bearer " + token).as(AuditPage.class);
        var latest = audit.getItems().stream().filter(e -> e.getPeriod().equals("2024-Q2")).findFirst().orElseThrow();
        assertTrue(latest.getBefore().contains("\"value\":100.0"), latest.getBefore());
        assertTrue(latest.getAfter().contains("\"value\":120.0"), latest.getAfter());
        assertEquals(120.0, current("E09000032", "2024-Q2").orElseThrow().numericValue());
    }

    @Test
    void aLeaderCannotSubmitForAnotherAreaAndNothingIsStored() {
        String token = api.tokenFor("leader.wandsworth", PASSWORD);

        Api.Reply reply = put(token, String.format(SHORT_BREAKS, "E09000022", "2024-Q3"), "{\"value\": 5}");

        assertEquals(403, reply.status());
        assertEquals("application/problem+json", reply.contentType());
        assertTrue(reply.problem().getDetail().contains("Lambeth"));
        assertEquals(Optional.empty(), current("E09000022", "2024-Q3"));
    }

    @Test
    void anAnonymousSubmissionIs401AndNothingIsStored() {
        Api.Reply reply = api.send("PUT", String.format(SHORT_BREAKS, "E09000032", "2024-Q4"), "application/json", "{\"value\": 5}");

        assertEquals(401, reply.status());
        assertEquals("application/problem+json", reply.contentType());
        assertEquals(Optional.empty(), current("E09000032", "2024-Q4"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a percentage of 140 | short-breaks-stopped-or-reduced | 2023-Q1 | {\"value\": 140} | value | is a percentage, so must be between 0 and 100",
            "a negative count | short-breaks-families-receiving | 2023-Q1 | {\"value\": -3} | value | must not be negative",
            "a part of a family | short-breaks-families-receiving | 2023-Q1 | {\"value\": 2.5} | value | is a count, so must be a whole number",
            "a malformed period | short-breaks-families-receiving | 2023-5 | {\"value\": 3} | period | must be a quarter like 2024-Q1",
            "a future period | short-breaks-families-receiving | 2099-Q1 | {\"value\": 3} | period | must not be in the future",
            "an unknown indicator | no-such-indicator | 2023-Q1 | {\"value\": 3} | id | is not an indicator (GET /api/v1/indicators?collection=local lists those that take submissions)",
            "a published statistic | ehcp-issued-within-20-weeks | 2023 | {\"value\": 3} | id | is a published statistic: only locally held indicators take submissions",
            "a numerator above its denominator | short-breaks-stopped-or-reduced | 2023-Q1 | {\"value\": 50, \"numerator\": 6, \"denominator\": 5} | numerator | must not be more than the denominator",
            "no value | short-breaks-families-receiving | 2023-Q1 | {\"note\": \"forgot\"} | value | must not be null"})
    void aBadSubmissionIsA400NamingTheFieldAndLeavesTheStoredFigureAsItWas(String what, String indicator, String period, String body,
                                                                          String field, String message) {
        String token = api.tokenFor("leader.wandsworth", PASSWORD);
        String path = "/api/v1/areas/E09000032/indicators/" + indicator + "/values/" + period;
        put(token, "/api/v1/areas/E09000032/indicators/short-breaks-stopped-or-reduced/values/2023-Q1", "{\"value\": 10}");
        put(token, String.format(SHORT_BREAKS, "E09000032", "2023-Q1"), "{\"value\": 7}");
        var before = List.of(value("short-breaks-stopped-or-reduced", "2023-Q1"), value("short-breaks-families-receiving", "2023-Q1"));

        Api.Reply reply = put(token, path, body);

        assertEquals(400, reply.status(), reply.body());
        Problem problem = reply.problem();
        assertEquals(field, problem.getErrors().get(0).getField(), reply.body());
        assertEquals(message, problem.getErrors().get(0).getMessage());
        assertEquals(before, List.of(value("short-breaks-stopped-or-reduced", "2023-Q1"), value("short-breaks-families-receiving", "2023-Q1")));
    }

    @Test
    void aPeriodWithItsSlashEncodedGetsTheSameAnswerAsAnyOtherPeriod() {
        String token = api.tokenFor("leader.wandsworth", PASSWORD);
        String published = "/api/v1/areas/E09000032/indicators/ehcp-issued-within-20-weeks/values/";

        Api.Reply plain = put(token, published + "2024", "{\"value\": 3}");
        Api.Reply encoded = put(token, published + "2024%2F25", "{\"value\": 3}");
        Api.Reply anonymous = api.send("PUT", published + "2024%2F25", "application/json", "{\"value\": 3}");

        assertEquals(400, encoded.status(), encoded.body());
        assertEquals(plain.problem().getErrors(), encoded.problem().getErrors());
        assertEquals("id", encoded.problem().getErrors().get(0).getField());
        assertEquals(401, anonymous.status());
    }

    @Test
    void aMalformedPeriodContainingAnEncodedSlashIsA400NamingThePeriodAndNothingIsStored() {
        String token = api.tokenFor("leader.wandsworth", PASSWORD);

        Api.Reply reply = put(token, String.format(SHORT_BREAKS, "E09000032", "2024%2F25"), "{\"value\": 3}");

        assertEquals(400, reply.status(), reply.body());
        assertEquals(List.of(new FieldError("period", "must be a quarter like 2024-Q1")), reply.problem().getErrors());
        assertEquals(Optional.empty(), current("E09000032", "2024/25"));
    }

    @Test
    void anAcademicYearFigureIsSubmittedAndPublishedWithItsSlashEncodedInThePath() {
        String path = "/api/v1/areas/E09000032/indicators/parent-carer-confidence-needs-met/values/2023%2F24";
        String adviser = api.tokenFor("adviser", PASSWORD);

        Api.Reply submitted = put(api.tokenFor("leader.wandsworth", PASSWORD), path, "{\"value\": 61.5}");
        Api.Reply published = api.send("POST", path + "/publication", null, null, "Authorization", "Bearer " + adviser);
        Api.Reply nothingToPublish = api.send("POST", path.replace("2023%2F24", "2019%2F20") + "/publication", null, null,
                "Authorization", "Bearer " + adviser);
        Api.Reply nothingToPublishPlain = api.send("POST", path.replace("2023%2F24", "2019-20") + "/publication", null, null,
                "Authorization", "Bearer " + adviser);

        assertEquals(200, submitted.status(), submitted.body());
        assertEquals("2023/24", submitted.as(SubmittedFigure.class).getFigure().getPeriod());
        assertEquals(200, published.status(), published.body());
        assertEquals("published", published.as(SubmittedFigure.class).getFigure().getStatus().getValue());
        assertEquals(404, nothingToPublish.status(), nothingToPublish.body());
        assertEquals(404, nothingToPublishPlain.status(), nothingToPublishPlain.body());
        assertEquals(401, api.send("POST", path + "/publication", null, null).status());
    }

    @Test
    void malformedJsonIsA400ProblemAndAWrongMediaTypeA415() {
        String token = api.tokenFor("leader.wandsworth", PASSWORD);
        String path = String.format(SHORT_BREAKS, "E09000032", "2023-Q2");

        Api.Reply malformed = put(token, path, "{\"value\": ");
        Api.Reply xml = api.send("PUT", path, "application/xml", "<value>3</value>", "Authorization", "Bearer " + token);

        assertEquals(400, malformed.status(), malformed.body());
        assertEquals("The request body is not valid JSON.", malformed.problem().getDetail());
        assertEquals(415, xml.status(), xml.body());
        assertEquals("application/problem+json", xml.contentType());
    }

    @Test
    void submittedFiguresAreNotPublicUntilPublished() {
        String token = api.tokenFor("leader.wandsworth", PASSWORD);
        put(token, String.format(SHORT_BREAKS, "E09000032", "2022-Q4"), "{\"value\": 77}");

        IndicatorValues values = api.get("/api/v1/indicators/short-breaks-families-receiving/values?period=2022-Q4").as(IndicatorValues.class);

        assertEquals(List.of(), values.getItems());
    }

    @Test
    void aSubmittedFigureIsSeenMarkedSubmittedByItsAreasLeadersAndAdvisersButNotByOthers() {
        String own = api.tokenFor("leader.wandsworth", PASSWORD);
        put(own, String.format(SHORT_BREAKS, "E09000032", "2022-Q3"), "{\"value\": 66}");
        String path = "/api/v1/indicators/short-breaks-families-receiving/values?period=2022-Q3";

        IndicatorValues asLeader = api.get(path, "Authorization", "Bearer " + own).as(IndicatorValues.class);
        IndicatorValues asAdviser = api.get(path, "Authorization", "Bearer " + api.tokenFor("adviser", PASSWORD)).as(IndicatorValues.class);
        IndicatorValues asOtherLeader = api.get(path, "Authorization", "Bearer " + api.tokenFor("leader.lambeth", PASSWORD))
                .as(IndicatorValues.class);
        var overview = api.get("/api/v1/areas/E09000032/summary?domain=short_breaks", "Authorization", "Bearer " + own)
                .as(uk.sendinsight.api.model.AreaOverview.class);

        assertEquals(66.0, asLeader.getItems().get(0).getFigure().getValue());
        assertEquals("submitted", asLeader.getItems().get(0).getFigure().getStatus().getValue());
        assertEquals(1, asAdviser.getItems().size());
        assertEquals(List.of(), asOtherLeader.getItems());
        var row = overview.getRows().stream().filter(r -> r.getIndicator().getId().equals("short-breaks-families-receiving")).findFirst().orElseThrow();
        assertEquals("submitted", row.getFigure().getStatus().getValue());
        assertEquals("private, no-cache", api.get(path, "Authorization", "Bearer " + own).header("Cache-Control"));
    }

    @Test
    void anAdviserPublishesASubmittedFigureAndEveryoneThenSeesIt() {
        String leader = api.tokenFor("leader.wandsworth", PASSWORD);
        put(leader, String.format(SHORT_BREAKS, "E09000032", "2022-Q2"), "{\"value\": 55}");

        Api.Reply byLeader = api.send("POST", String.format(SHORT_BREAKS, "E09000032", "2022-Q2") + "/publication", null, null,
                "Authorization", "Bearer " + leader);
        Api.Reply byAdviser = api.send("POST", String.format(SHORT_BREAKS, "E09000032", "2022-Q2") + "/publication", null, null,
                "Authorization", "Bearer " + api.tokenFor("adviser", PASSWORD));
        IndicatorValues publicView = api.get("/api/v1/indicators/short-breaks-families-receiving/values?period=2022-Q2").as(IndicatorValues.class);
        var submissions = api.get("/api/v1/areas/E09000032/submissions", "Authorization", "Bearer " + leader)
                .as(uk.sendinsight.api.model.SubmissionPage.class);

        assertEquals(403, byLeader.status());
        assertEquals(200, byAdviser.status(), byAdviser.body());
        assertEquals("published", publicView.getItems().get(0).getFigure().getStatus().getValue());
        var published = submissions.getItems().stream().filter(f -> f.getFigure().getPeriod().equals("2022-Q2")).findFirst().orElseThrow();
        assertEquals(List.of("figure.published", "figure.submitted"), published.getHistory().stream().map(e -> e.getAction()).toList());
    }

    @Test
    void anAdviserMayReadTheWholeAuditButALeaderOnlyTheirOwnArea() {
        String leader = api.tokenFor("leader.lambeth", PASSWORD);
        String adviser = api.tokenFor("adviser", PASSWORD);

        assertEquals(403, api.get("/api/v1/audit?area=E09000032", "Authorization", "Bearer " + leader).status());
        assertEquals(200, api.get("/api/v1/audit", "Authorization", "Bearer " + adviser).status());
        assertEquals(401, api.get("/api/v1/audit").status());
    }

    private Api.Reply put(String token, String path, String body) {
        return api.send("PUT", path, "application/json", body, "Authorization", "Bearer " + token);
    }

    private Optional<SubmittedValueEntity> current(String area, String period) {
        return stored.findByIndicatorIdAndAreaCodeAndPeriodAndBreakdown("short-breaks-families-receiving", area, period, "");
    }

    private Map<String, Object> value(String indicator, String period) {
        return stored.findByIndicatorIdAndAreaCodeAndPeriodAndBreakdown(indicator, "E09000032", period, "")
                .map(v -> Map.<String, Object>of("value", v.numericValue(), "by", v.submittedBy()))
                .orElse(Map.of());
    }
}
