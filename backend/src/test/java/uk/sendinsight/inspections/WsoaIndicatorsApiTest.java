package uk.sendinsight.inspections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import uk.sendinsight.api.model.AreaOverview;
import uk.sendinsight.api.model.IndicatorValues;
import uk.sendinsight.api.model.OverviewRow;
import uk.sendinsight.api.model.Wsoa;
import uk.sendinsight.shared.CsvResource;
import uk.sendinsight.support.Api;

@MicronautTest
class WsoaIndicatorsApiTest {

    static final String PASSWORD = "demo-only-password";
    static final String MADE = "Number significant weaknesses where sufficient progress has been made";
    static final String NOT_MADE = "Number significant weaknesses where sufficient progress has not been made";

    @Inject
    Api api;

    @Test
    void englandsShareOfWeaknessesWithSufficientProgressIsTheSumOfOfstedsCountsForThatYear() {
        List<CSVRecord> revisited2022 = CsvResource.read(InspectionLoader.FILE_2016).stream()
                .filter(r -> r.get("Revisit publication date").startsWith("2022")).toList();
        int made = revisited2022.stream().mapToInt(r -> Integer.parseInt(r.get(MADE))).sum();
        int all = made + revisited2022.stream().mapToInt(r -> Integer.parseInt(r.get(NOT_MADE))).sum();

        IndicatorValues values = api.get("/api/v1/indicators/wsoa-weaknesses-sufficient-progress/values?period=2022&pageSize=200")
                .as(IndicatorValues.class);

        assertEquals(revisited2022.size(), values.getTotalItems());
        assertEquals(100.0 * made / all, values.getEngland().getValue(), 1e-9);
        assertEquals((double) all, values.getEngland().getDenominator());
        assertTrue(values.getEngland().getAggregated(), "Ofsted publishes no England figure: SEND Insight sums the areas'");
        assertEquals(revisited2022.size(), values.getEngland().getAreasUsed());
        var wandsworth = values.getItems().stream().filter(v -> v.getArea().getCode().equals("E09000032")).findFirst().orElseThrow();
        assertEquals(100.0, wandsworth.getFigure().getValue());
        assertTrue(wandsworth.getFigure().getLower95() < 100.0, "a Wilson interval for 2 of 2 reaches below 100%");
    }

    @Test
    void theAreaOverviewCarriesBothWsoaIndicatorsAndTheOffTrackCountFollowsTheActions() {
        String leader = api.tokenFor("leader.wandsworth", PASSWORD);
        Wsoa plan = api.get("/api/v1/areas/E09000032/wsoa", "Authorization", "Bearer " + leader).as(Wsoa.class);
        long actionId = plan.getWeaknesses().get(1).getActions().get(0).getId();

        var reply = api.send("POST", "/api/v1/areas/E09000032/wsoa/actions/" + actionId + "/updates", "application/json",
                "{\"status\": \"off_track\", \"percentComplete\": 45, \"narrative\": \"Strategy sign-off slipped a term.\"}",
                "Authorization", "Bearer " + leader);
        assertEquals(201, reply.status(), reply.body());
        Wsoa after = api.get("/api/v1/areas/E09000032/wsoa", "Authorization", "Bearer " + leader).as(Wsoa.class);

        AreaOverview overview = api.get("/api/v1/areas/E09000032/summary").as(AreaOverview.class);
        OverviewRow offTrack = row(overview, "wsoa-actions-off-track");
        assertEquals((double) after.getActionCounts().getOffTrack(), offTrack.getFigure().getValue());
        assertEquals("demo", offTrack.getFigure().getStatus().getValue());
        assertEquals("derived", offTrack.getIndicator().getCollection().getValue());
        assertEquals(100.0, row(overview, "wsoa-weaknesses-sufficient-progress").getFigure().getValue());
    }

    private static OverviewRow row(AreaOverview overview, String indicatorId) {
        return overview.getRows().stream().filter(r -> r.getIndicator().getId().equals(indicatorId)).findFirst().orElseThrow();
    }
}
