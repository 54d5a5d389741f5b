package uk.sendinsight.inspections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PositionsTest {

    static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    static final LocalDate FILE_2016_ENDS = LocalDate.parse("2022-08-31");
    static final LocalDate DATA_2023_ENDS = LocalDate.parse("2025-11-06");
    static final Positions.PublishedData PUBLISHED = new Positions.PublishedData(FILE_2016_ENDS, DATA_2023_ENDS);
    /** Data that covers every date in these tests, for the rules that do not depend on where the data ends. */
    static final Positions.PublishedData COVERING = new Positions.PublishedData(TODAY, TODAY);

    static InspectionRow inspection(String framework, String published, String outcome, String finding, Integer made, Integer notMade,
                                    String nextBy, LocalDate abolished) {
        LocalDate day = LocalDate.parse(published);
        return new InspectionRow(1, "E00000001", "Anywhere", abolished, "E12000001", "North East", framework, day.minusMonths(2), day,
                outcome, null, made == null ? null : made + notMade, null, null, null, finding, made, notMade,
                nextBy == null ? null : LocalDate.parse(nextBy), null, "s", "s", "Ofsted", null, true, null, null, null);
    }

    static InspectionRow of2016(String published, String outcome, String finding, Integer made, Integer notMade) {
        return inspection(InspectionRow.FRAMEWORK_2016, published, outcome, finding, made, notMade, null, null);
    }

    static Positions.Position position(InspectionRow... inspections) {
        return Positions.of(List.of(inspections), TODAY, PUBLISHED).orElseThrow();
    }

    static Positions.Position position(Positions.PublishedData published, LocalDate today, InspectionRow... inspections) {
        return Positions.of(List.of(inspections), today, published).orElseThrow();
    }

    @Test
    void noWsoaIsGreen() {
        var p = position(of2016("2018-01-10", "no_wsoa", null, null, null));
        assertEquals("green", p.rag());
        assertNull(p.followUp());
        assertNull(p.revisitFinding());
    }

    @Test
    void aWsoaRevisitedWithSufficientProgressOnEveryWeaknessIsGreen() {
        assertEquals("green", position(of2016("2018-01-10", "wsoa_required", "all_sufficient", 4, 0)).rag());
    }

    @Test
    void aWsoaRevisitedWithoutSufficientProgressOnEveryWeaknessIsRedAndSaysHowMany() {
        var p = position(of2016("2018-01-10", "wsoa_required", "some_sufficient", 3, 2));
        assertEquals("red", p.rag());
        assertTrue(p.reason().contains("3 of 5"), p.reason());
    }

    @Test
    void aWsoaNotRevisitedIsAmberUntilEighteenMonthsAfterPublicationThenRedAndOverdueWhileTheDataCoversIt() {
        var within = position(COVERING, TODAY, of2016("2025-06-01", "wsoa_required", null, null, null));
        var past = position(COVERING, TODAY, of2016("2025-05-22", "wsoa_required", null, null, null));

        assertEquals("amber", within.rag());
        assertEquals(LocalDate.parse("2026-12-01"), within.followUp().dueBy());
        assertEquals(Positions.FollowUpStatus.DUE, within.followUp().status());
        assertEquals("revisit_due", within.followUpFilterValue());
        assertEquals("red", past.rag());
        assertEquals(Positions.FollowUpStatus.OVERDUE, past.followUp().status());
        assertEquals("revisit_overdue", past.followUpFilterValue());
        assertEquals("not_revisited", past.revisitFinding());
    }

    @Test
    void aMissingRevisitDueAfterThePublishedDataEndsIsNotInThePublishedDataAndAmberNotRed() {
        // Published 28 September 2021: the revisit was due by 28 March 2023, after Ofsted's file ends.
        var p = position(of2016("2021-09-28", "wsoa_required", null, null, null));

        assertEquals(Positions.FollowUpKind.WSOA_REVISIT, p.followUp().kind());
        assertEquals(LocalDate.parse("2023-03-28"), p.followUp().dueBy());
        assertEquals(Positions.FollowUpStatus.NOT_IN_PUBLISHED_DATA, p.followUp().status());
        assertEquals(FILE_2016_ENDS, p.followUp().publishedDataEnds());
        assertEquals("revisit_not_in_published_data", p.followUpFilterValue());
        assertEquals("amber", p.rag());
        assertTrue(p.reason().contains("not in the published data") && p.reason().contains("2022-08-31"), p.reason());
        assertEquals("not_revisited", p.revisitFinding());
    }

    @Test
    void aMissingRevisitDueOnTheLastDayTheDataCoversIsOverdueAndOneDueTheDayAfterIsNot() {
        var endsOnTheDueDate = new Positions.PublishedData(LocalDate.parse("2022-08-28"), DATA_2023_ENDS);
        var dueOnTheLastDay = position(endsOnTheDueDate, TODAY, of2016("2021-02-28", "wsoa_required", null, null, null));
        var dueTheDayAfter = position(endsOnTheDueDate, TODAY, of2016("2021-03-01", "wsoa_required", null, null, null));

        assertEquals(LocalDate.parse("2022-08-28"), dueOnTheLastDay.followUp().dueBy());
        assertEquals(Positions.FollowUpStatus.OVERDUE, dueOnTheLastDay.followUp().status());
        assertEquals("red", dueOnTheLastDay.rag());
        assertEquals(LocalDate.parse("2022-09-01"), dueTheDayAfter.followUp().dueBy());
        assertEquals(Positions.FollowUpStatus.NOT_IN_PUBLISHED_DATA, dueTheDayAfter.followUp().status());
        assertEquals("amber", dueTheDayAfter.rag());
    }

    @Test
    void aRevisitNotYetDueIsDueEvenWhenItsDateLiesBeyondTheData() {
        var p = position(PUBLISHED, LocalDate.parse("2023-01-10"), of2016("2021-09-28", "wsoa_required", null, null, null));

        assertEquals(Positions.FollowUpStatus.DUE, p.followUp().status());
        assertEquals("amber", p.rag());
    }

    @Test
    void aNextInspectionDueAfterThe2023DataEndsIsNotInThePublishedDataAndOneDueBeforeIsOverdue() {
        var later = inspection(InspectionRow.FRAMEWORK_2023, "2025-04-16", "widespread_systemic_failings", null, null, null, "2026-07-27", null);
        var earlier = inspection(InspectionRow.FRAMEWORK_2023, "2024-03-01", "inconsistent", null, null, null, "2025-09-01", null);

        assertEquals(Positions.FollowUpStatus.NOT_IN_PUBLISHED_DATA, position(later).followUp().status());
        assertEquals(DATA_2023_ENDS, position(later).followUp().publishedDataEnds());
        assertEquals("inspection_not_in_published_data", position(later).followUpFilterValue());
        assertEquals("red", position(later).rag());
        assertEquals(Positions.FollowUpStatus.OVERDUE, position(earlier).followUp().status());
        assertEquals("inspection_overdue", position(earlier).followUpFilterValue());
        assertEquals("amber", position(earlier).rag());
    }

    @Test
    void anAbolishedAreasUnrevisitedWsoaHasNoFollowUpButSaysWhy() {
        var p = position(inspection(InspectionRow.FRAMEWORK_2016, "2019-05-22", "wsoa_required", null, null, null, null,
                LocalDate.parse("2023-04-01")));
        assertEquals("red", p.rag());
        assertNull(p.followUp());
        assertEquals("none", p.followUpFilterValue());
        assertTrue(p.reason().contains("abolished"), p.reason());
    }

    @Test
    void aLaterInspectionUnderThe2023FrameworkSupersedesTheWsoa() {
        var wsoa = of2016("2018-01-10", "wsoa_required", "none_sufficient", 0, 4);
        var positive = inspection(InspectionRow.FRAMEWORK_2023, "2024-03-01", "typically_positive", null, null, null, "2029-01-01", null);
        var failings = inspection(InspectionRow.FRAMEWORK_2023, "2024-03-01", "widespread_systemic_failings", null, null, null, "2025-09-01", null);
        var inconsistent = inspection(InspectionRow.FRAMEWORK_2023, "2024-03-01", "inconsistent", null, null, null, null, null);

        assertEquals("green", position(wsoa, positive).rag());
        assertEquals("none_sufficient", position(wsoa, positive).revisitFinding());
        assertTrue(position(wsoa, positive).wsoaSuperseded());
        assertEquals("red", position(wsoa, failings).rag());
        assertEquals(Positions.FollowUpStatus.OVERDUE, position(wsoa, failings).followUp().status());
        assertEquals(Positions.FollowUpKind.NEXT_INSPECTION, position(wsoa, failings).followUp().kind());
        assertEquals("amber", position(inconsistent).rag());
        assertFalse(position(inconsistent).wsoaSuperseded());
        assertNull(position(inconsistent).followUp());
    }

    @Test
    void a2023InspectionSupersedesAnUnrevisitedWsoaWhoseRevisitWasOverdueButTheWsoaStaysOnRecord() {
        var wsoa = of2016("2019-02-15", "wsoa_required", null, null, null);
        var inconsistent = inspection(InspectionRow.FRAMEWORK_2023, "2024-12-18", "inconsistent", null, null, null, "2027-10-21", null);

        var p = position(wsoa, inconsistent);

        assertEquals("amber", p.rag());
        assertEquals("Inconsistent experiences and outcomes at the latest inspection; it supersedes the area's 2016-framework WSOA", p.reason());
        assertEquals(Positions.FollowUpKind.NEXT_INSPECTION, p.followUp().kind());
        assertEquals("inspection_due", p.followUpFilterValue());
        assertEquals(inconsistent, p.latest());
        assertEquals(wsoa, p.framework2016());
        assertTrue(p.wsoaRequired());
        assertTrue(p.wsoaSuperseded());
        assertEquals("not_revisited", p.revisitFinding());
    }

    @Test
    void theEndOfEachFrameworksPublishedDataIsTheLatestEndAmongItsSources() {
        var wsoa = of2016("2019-02-15", "wsoa_required", null, null, null);
        var fromOfsted = inspection(InspectionRow.FRAMEWORK_2023, "2023-06-01", "inconsistent", null, null, null, null, null);
        var scraped = inspection(InspectionRow.FRAMEWORK_2023, "2025-11-06", "inconsistent", null, null, null, null, null);

        var published = Positions.PublishedData.of(List.of(withSourceEnd(wsoa, FILE_2016_ENDS),
                withSourceEnd(fromOfsted, LocalDate.parse("2023-11-10")), withSourceEnd(scraped, DATA_2023_ENDS)));

        assertEquals(PUBLISHED, published);
        assertEquals(new Positions.PublishedData(null, null), Positions.PublishedData.of(List.of(wsoa, scraped)));
    }

    static InspectionRow withSourceEnd(InspectionRow i, LocalDate end) {
        return new InspectionRow(i.id(), i.areaCode(), i.areaName(), i.abolished(), i.regionCode(), i.regionName(), i.framework(),
                i.startDate(), i.publicationDate(), i.outcome(), i.outcomeText(), i.significantWeaknesses(), i.priorityActions(),
                i.revisitStartDate(), i.revisitPublicationDate(), i.revisitFinding(), i.weaknessesSufficient(), i.weaknessesInsufficient(),
                i.nextInspectionBy(), i.reportUrl(), i.sourceId(), i.sourceName(), i.sourcePublisher(), i.sourceUrl(), i.sourceOfficial(),
                i.sourceCompiledBy(), end, i.dataNotes());
    }

    @Test
    void monthsSinceInspectionCountFromTheStartOfTheLatestInspection() {
        var p = position(of2016("2025-11-23", "no_wsoa", null, null, null));
        assertEquals(14, p.monthsSinceInspection());
    }
}
