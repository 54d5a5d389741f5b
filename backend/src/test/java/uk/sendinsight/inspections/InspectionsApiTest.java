package uk.sendinsight.inspections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashSet;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.sendinsight.api.model.AreaInspections;
import uk.sendinsight.api.model.Area;
import uk.sendinsight.api.model.FollowUp;
import uk.sendinsight.api.model.FollowUpCounts;
import uk.sendinsight.api.model.FollowUpFilter;
import uk.sendinsight.api.model.Framework2016Counts;
import uk.sendinsight.api.model.Inspection;
import uk.sendinsight.api.model.InspectionOverview;
import uk.sendinsight.api.model.InspectionPosition;
import uk.sendinsight.api.model.InspectionSource;
import uk.sendinsight.shared.CsvResource;
import uk.sendinsight.support.Api;
import uk.sendinsight.support.TestClock;

@MicronautTest
class InspectionsApiTest {

    @Inject
    Api api;

    @Inject
    TestClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    private InspectionOverview overview(String query) {
        Api.Reply reply = api.get("/api/v1/inspections" + query);
        assertEquals(200, reply.status(), reply.body());
        return reply.as(InspectionOverview.class);
    }

    @Test
    void theNationalSummaryCountsWhatOfstedsFilePublishes() {
        List<CSVRecord> rows = CsvResource.read(InspectionLoader.FILE_2016);
        String wsoaColumn = "Inspection outcome: written statement of action required?";
        String revisitColumn = "Revisit outcome: sufficient progress in addressing all significant weaknesses?";

        Framework2016Counts counts = overview("").getSummary().getFramework2016();

        assertEquals(rows.size(), counts.getAreasInspected());
        assertEquals(rows.stream().filter(r -> r.get(wsoaColumn).equals("Yes")).count(), (long) counts.getWithWsoa());
        assertEquals(rows.stream().filter(r -> r.get(wsoaColumn).equals("No")).count(), (long) counts.getWithoutWsoa());
        assertEquals(rows.stream().filter(r -> r.get(revisitColumn).equals("Yes")).count(), (long) counts.getRevisitsAllSufficient());
        assertEquals(rows.stream().filter(r -> r.get(revisitColumn).equals("Some")).count(), (long) counts.getRevisitsSomeSufficient());
        assertEquals(rows.stream().filter(r -> r.get(revisitColumn).equals("No")).count(), (long) counts.getRevisitsNoneSufficient());
        assertEquals(rows.stream().filter(r -> r.get("Revisit start date").equals("Not revisited yet")).count(), (long) counts.getNotYetRevisited());
        assertEquals(rows.stream().mapToInt(r -> number(r.get("Number significant weaknesses where sufficient progress has not been made"))).sum(),
                counts.getWeaknessesWithoutSufficientProgress());
    }

    @Test
    void everyAreaInspectedUnderThe2023FrameworkIsCountedOnceWithOfstedsOwnOutcomeWhereItHasOne() {
        Set<String> areas = new HashSet<>();
        CsvResource.read(InspectionLoader.FILE_D2I).forEach(r -> areas.add(r.get("la_code")));

        InspectionOverview all = overview("?pageSize=200");

        assertEquals(areas.size(), all.getSummary().getFramework2023().getAreasInspected());
        var hertfordshire = areaInspections("E10000015").getItems().get(0);
        assertEquals("ofsted-area-send-mi-2023", hertfordshire.getSource().getId());
        assertTrue(hertfordshire.getSource().getOfficial());
        assertEquals(2, hertfordshire.getPriorityActions());
        assertTrue(hertfordshire.getDataNotes().get(0).contains("agrees with Ofsted"), hertfordshire.getDataNotes().toString());
    }

    @Test
    void theScrapesWrongCodesAreMatchedByLaNumberAndSaidSo() {
        Inspection cumberland = areaInspections("E06000063").getItems().get(0);

        assertEquals("d2i-area-send-scrape-2023-2025", cumberland.getSource().getId());
        assertFalse(cumberland.getSource().getOfficial());
        assertEquals("Data to Insight", cumberland.getSource().getCompiledBy());
        assertTrue(cumberland.getDataNotes().stream().anyMatch(n -> n.contains("E10000006") && n.contains("942")), cumberland.getDataNotes().toString());
        assertEquals("inconsistent", cumberland.getOutcome().getValue());
    }

    @Test
    void wandsworthsWsoaWasRevisitedWithSufficientProgressOnBothWeaknesses() {
        AreaInspections wandsworth = areaInspections("212");

        Inspection first = wandsworth.getItems().get(wandsworth.getItems().size() - 1);
        assertEquals("E09000032", wandsworth.getArea().getCode());
        assertEquals("wsoa_required", first.getOutcome().getValue());
        assertEquals(2, first.getSignificantWeaknesses());
        assertEquals("all_sufficient", first.getRevisit().getFinding().getValue());
        assertEquals(java.time.LocalDate.parse("2022-09-01"), first.getRevisit().getPublicationDate());
        assertEquals("green", wandsworth.getPosition().getRag().getValue());
    }

    @Test
    void filtersCombineAndTheSummaryDescribesOnlyTheSelectedAreas() {
        InspectionOverview london = overview("?wsoa=true&region=E12000007&pageSize=200");

        assertFalse(london.getItems().isEmpty());
        for (InspectionPosition p : london.getItems()) {
            assertTrue(p.getWsoaRequired(), p.getArea().getName());
            assertEquals("E12000007", p.getRegion().getCode(), p.getArea().getName());
        }
        assertEquals(london.getItems().size(), london.getTotalItems());
        assertEquals(london.getItems().size(), london.getSummary().getFramework2016().getWithWsoa());
        assertEquals(0, london.getSummary().getFramework2016().getWithoutWsoa());
        int rag = london.getSummary().getRag().getRed() + london.getSummary().getRag().getAmber() + london.getSummary().getRag().getGreen();
        assertEquals(london.getSummary().getAreas(), rag);
    }

    @Test
    void aRedFilterShowsOnlyRedAreasEachWithItsReason() {
        InspectionOverview red = overview("?rag=red&pageSize=200");

        assertFalse(red.getItems().isEmpty());
        red.getItems().forEach(p -> {
            assertEquals("red", p.getRag().getValue());
            assertFalse(p.getRagReason().isBlank());
        });
        assertTrue(red.getItems().stream().anyMatch(p -> p.getFollowUp() != null && p.getFollowUp().getStatus().getValue().equals("overdue")));
    }

    @Test
    void pagesSplitTheSelectionWithoutChangingTheSummary() {
        InspectionOverview first = overview("?pageSize=10");
        InspectionOverview second = overview("?pageSize=10&page=2");

        assertEquals(10, first.getItems().size());
        assertEquals(first.getSummary(), second.getSummary());
        assertFalse(first.getItems().get(0).getArea().getCode().equals(second.getItems().get(0).getArea().getCode()));
    }

    @Test
    void followUpsAreCountedToTheApplicationsClock() {
        CSVRecord luton = CsvResource.read(InspectionLoader.FILE_2016).stream()
                .filter(r -> r.get("Area name").equals("Luton")).findFirst().orElseThrow();
        LocalDate revisitDue = LocalDate.parse(luton.get("Inspection publication date")).plusMonths(Positions.REVISIT_DUE_MONTHS);
        LocalDate fixedToday = clock.today();

        InspectionOverview now = overview("?pageSize=1");
        clock.setDate(revisitDue);
        InspectionPosition onTheDay = areaInspections(luton.get("Local authority code")).getPosition();
        clock.setDate(revisitDue.plusDays(1));
        InspectionPosition theDayAfter = areaInspections(luton.get("Local authority code")).getPosition();

        assertEquals(fixedToday, now.getAsOf());
        assertEquals("not_revisited", onTheDay.getRevisit().getValue());
        assertEquals(revisitDue, onTheDay.getFollowUp().getDueBy());
        assertEquals("due", onTheDay.getFollowUp().getStatus().getValue());
        assertEquals("amber", onTheDay.getRag().getValue());
        assertEquals("overdue", theDayAfter.getFollowUp().getStatus().getValue());
        assertEquals("red", theDayAfter.getRag().getValue());
    }

    @Test
    void eachInspectionFileSaysWhereItEndsOfstedsOnTheDayItsTitleGives() {
        List<InspectionSource> sources = overview("?pageSize=1").getSources();
        LocalDate lastScrapedReport = CsvResource.read(InspectionLoader.FILE_D2I).stream()
                .map(r -> LocalDate.parse(r.get("publication_date"), DateTimeFormatter.ofPattern("dd/MM/yy"))).max(LocalDate::compareTo).orElseThrow();

        InspectionSource ofsted2016 = source(sources, InspectionLoader.SOURCE_2016);
        assertTrue(ofsted2016.getName().endsWith("to 31 August 2022"), ofsted2016.getName());
        assertEquals(LocalDate.parse("2022-08-31"), ofsted2016.getPublishedTo());
        assertEquals(lastScrapedReport, source(sources, InspectionLoader.SOURCE_D2I).getPublishedTo());
    }

    @Test
    void aWsoaRevisitDueAfterOfstedsFileEndsIsNotInThePublishedDataAndAmberWhileOneDueBeforeIsOverdueAndRed() {
        LocalDate fileEnds = source(overview("?pageSize=1").getSources(), InspectionLoader.SOURCE_2016).getPublishedTo();
        Map<String, InspectionPosition> everyArea = byArea(overview("?pageSize=200"));
        Set<String> dueAfterTheFile = new HashSet<>();
        Set<String> dueWithinTheFile = new HashSet<>();
        for (CSVRecord r : CsvResource.read(InspectionLoader.FILE_2016)) {
            if (r.get("Revisit start date").equals("Not revisited yet")) {
                LocalDate due = LocalDate.parse(r.get("Inspection publication date")).plusMonths(Positions.REVISIT_DUE_MONTHS);
                String code = api.get("/api/v1/areas/" + r.get("Local authority code")).as(Area.class).getCode();
                (due.isAfter(fileEnds) ? dueAfterTheFile : dueWithinTheFile).add(code);
            }
        }
        // A later 2023-framework inspection sets the position instead; an abolished area has nothing left to follow up.
        dueAfterTheFile.removeIf(code -> everyArea.get(code).getWsoaSuperseded());
        dueWithinTheFile.removeIf(code -> everyArea.get(code).getWsoaSuperseded() || everyArea.get(code).getFollowUp() == null);

        InspectionOverview notInData = overview("?followUp=revisit_not_in_published_data&pageSize=200");
        InspectionOverview overdue = overview("?followUp=revisit_overdue&pageSize=200");

        assertFalse(dueAfterTheFile.isEmpty());
        assertEquals(dueAfterTheFile, byArea(notInData).keySet());
        for (InspectionPosition p : notInData.getItems()) {
            assertEquals("amber", p.getRag().getValue(), p.getArea().getName());
            assertEquals("not_in_published_data", p.getFollowUp().getStatus().getValue(), p.getArea().getName());
            assertEquals(fileEnds, p.getFollowUp().getPublishedDataEnds(), p.getArea().getName());
            assertTrue(p.getFollowUp().getDueBy().isAfter(fileEnds), p.getArea().getName());
            assertTrue(p.getRagReason().contains("not in the published data"), p.getRagReason());
        }
        assertEquals(dueWithinTheFile, byArea(overdue).keySet());
        for (InspectionPosition p : overdue.getItems()) {
            assertEquals("red", p.getRag().getValue(), p.getArea().getName());
            assertFalse(p.getFollowUp().getDueBy().isAfter(fileEnds), p.getArea().getName());
        }
    }

    @Test
    void aLater2023InspectionSetsThePositionOfAnAreaWhoseWsoaWasNotRevisitedAndTheWsoaStaysInItsHistory() {
        InspectionOverview superseded = overview("?framework=area_send_2023&revisit=not_revisited&pageSize=200");

        assertFalse(superseded.getItems().isEmpty());
        for (InspectionPosition p : superseded.getItems()) {
            String outcome = p.getLatest().getOutcome().getValue();
            assertTrue(p.getWsoaRequired(), p.getArea().getName());
            assertTrue(p.getWsoaSuperseded(), p.getArea().getName());
            assertEquals("not_revisited", p.getRevisit().getValue(), p.getArea().getName());
            assertEquals(switch (outcome) {
                case "widespread_systemic_failings" -> "red";
                case "typically_positive" -> "green";
                default -> "amber";
            }, p.getRag().getValue(), p.getArea().getName());
            assertTrue(p.getRagReason().endsWith("it supersedes the area's 2016-framework WSOA"), p.getRagReason());
            assertTrue(p.getFollowUp() == null || p.getFollowUp().getKind().getValue().equals("next_inspection"), p.getArea().getName());
        }
        InspectionPosition first = superseded.getItems().get(0);
        List<Inspection> history = areaInspections(first.getArea().getCode()).getItems();
        assertTrue(history.stream().anyMatch(i -> i.getOutcome().getValue().equals("wsoa_required") && i.getRevisit() == null), history.toString());
        assertEquals(first, areaInspections(first.getArea().getCode()).getPosition());
        Set<String> revisitFollowUps = new HashSet<>();
        for (String value : List.of("revisit_due", "revisit_overdue", "revisit_not_in_published_data")) {
            revisitFollowUps.addAll(byArea(overview("?followUp=" + value + "&pageSize=200")).keySet());
        }
        superseded.getItems().forEach(p -> assertFalse(revisitFollowUps.contains(p.getArea().getCode()), p.getArea().getName()));
    }

    @Test
    void eachFollowUpHasItsOwnFilterAndCountAndTheCountsAddUpToTheAreas() {
        InspectionOverview all = overview("?pageSize=200");
        FollowUpCounts counts = all.getSummary().getFollowUps();
        Map<FollowUpFilter, Integer> expected = Map.of(FollowUpFilter.REVISIT_DUE, counts.getRevisitDue(),
                FollowUpFilter.REVISIT_OVERDUE, counts.getRevisitOverdue(),
                FollowUpFilter.REVISIT_NOT_IN_PUBLISHED_DATA, counts.getRevisitNotInPublishedData(),
                FollowUpFilter.INSPECTION_DUE, counts.getInspectionDue(), FollowUpFilter.INSPECTION_OVERDUE, counts.getInspectionOverdue(),
                FollowUpFilter.INSPECTION_NOT_IN_PUBLISHED_DATA, counts.getInspectionNotInPublishedData(), FollowUpFilter.NONE, counts.getNone());

        for (FollowUpFilter value : FollowUpFilter.values()) {
            InspectionOverview selected = overview("?followUp=" + value.getValue() + "&pageSize=200");
            assertEquals((long) expected.get(value), selected.getTotalItems(), value.getValue());
            for (InspectionPosition p : selected.getItems()) {
                FollowUp followUp = p.getFollowUp();
                String described = followUp == null ? "none"
                        : (followUp.getKind().getValue().equals("wsoa_revisit") ? "revisit_" : "inspection_") + followUp.getStatus().getValue();
                assertEquals(value.getValue(), described, p.getArea().getName());
            }
        }
        assertEquals(all.getSummary().getAreas(), expected.values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(counts.getRevisitOverdue() > 0);
        assertTrue(counts.getRevisitNotInPublishedData() > 0);
    }

    @Test
    void aNextInspectionWhoseDatePassesAfterThe2023DataEndsIsNotInThePublishedDataNotOverdue() {
        InspectionPosition due = overview("?followUp=inspection_due&pageSize=1").getItems().get(0);
        LocalDate dataEnds = due.getFollowUp().getPublishedDataEnds();
        clock.setDate(due.getFollowUp().getDueBy().plusDays(1));

        InspectionPosition afterwards = areaInspections(due.getArea().getCode()).getPosition();

        assertTrue(due.getFollowUp().getDueBy().isAfter(dataEnds));
        assertEquals("not_in_published_data", afterwards.getFollowUp().getStatus().getValue());
        assertEquals(due.getRag(), afterwards.getRag());
    }

    @Test
    void anUnknownFollowUpIsA400NamingTheParameter() {
        Api.Reply reply = api.get("/api/v1/inspections?followUp=late");

        assertEquals(400, reply.status(), reply.body());
        assertEquals("application/problem+json", reply.contentType());
        assertTrue(reply.problem().getErrors().stream().anyMatch(e -> e.getField().equals("followUp")), reply.body());
    }

    @Test
    void anUnknownFilterValueIsA400NamingTheParameter() {
        Api.Reply reply = api.get("/api/v1/inspections?rag=purple");

        assertEquals(400, reply.status(), reply.body());
        assertEquals("application/problem+json", reply.contentType());
        assertTrue(reply.problem().getErrors().stream().anyMatch(e -> e.getField().equals("rag")), reply.body());
    }

    @Test
    void anUnknownAreaIsA404NamingTheCode() {
        Api.Reply reply = api.get("/api/v1/areas/NOPE/inspections");

        assertEquals(404, reply.status());
        assertTrue(reply.problem().getDetail().contains("NOPE"));
    }

    @Test
    void theOverviewComesAsCsvWithEveryArea() {
        Api.Reply reply = api.get("/api/v1/inspections?pageSize=200", "Accept", "text/csv");

        assertEquals(200, reply.status(), reply.body());
        String[] lines = reply.body().split("\r?\n");
        assertTrue(lines[0].startsWith("area_code,area_name,region"), lines[0]);
        assertEquals(overview("?pageSize=200").getTotalItems() + 1, lines.length);
    }

    private AreaInspections areaInspections(String code) {
        Api.Reply reply = api.get("/api/v1/areas/" + code + "/inspections");
        assertEquals(200, reply.status(), reply.body());
        AreaInspections inspections = reply.as(AreaInspections.class);
        assertNotNull(inspections.getItems());
        return inspections;
    }

    private static InspectionSource source(List<InspectionSource> sources, String id) {
        return sources.stream().filter(s -> s.getId().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no source " + id));
    }

    private static Map<String, InspectionPosition> byArea(InspectionOverview overview) {
        assertEquals(overview.getTotalItems(), overview.getItems().size(), "one page holds them all");
        return overview.getItems().stream().collect(Collectors.toMap(p -> p.getArea().getCode(), p -> p));
    }

    private static int number(String text) {
        return text.isBlank() ? 0 : Integer.parseInt(text);
    }
}
