package uk.sendinsight.inspections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PositionsTest {

    static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    static InspectionRow inspection(String framework, String published, String outcome, String finding, Integer made, Integer notMade,
                                    String nextBy, LocalDate abolished) {
        LocalDate day = LocalDate.parse(published);
        return new InspectionRow(1, "E00000001", "Anywhere", abolished, "E12000001", "North East", framework, day.minusMonths(2), day,
                outcome, null, made == null ? null : made + notMade, null, null, null, finding, made, notMade,
                nextBy == null ? null : LocalDate.parse(nextBy), null, "s", "s", "Ofsted", null, true, null, null);
    }

    static InspectionRow of2016(String published, String outcome, String finding, Integer made, Integer notMade) {
        return inspection(InspectionRow.FRAMEWORK_2016, published, outcome, finding, made, notMade, null, null);
    }

    static Positions.Position position(InspectionRow... inspections) {
        return Positions.of(List.of(inspections), TODAY).orElseThrow();
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
    void aWsoaNotRevisitedIsAmberUntilEighteenMonthsAfterPublicationThenRedAndOverdue() {
        var within = position(of2016("2025-06-01", "wsoa_required", null, null, null));
        var past = position(of2016("2025-05-22", "wsoa_required", null, null, null));

        assertEquals("amber", within.rag());
        assertEquals(LocalDate.parse("2026-12-01"), within.followUp().dueBy());
        assertEquals(false, within.followUp().overdue());
        assertEquals("red", past.rag());
        assertEquals(true, past.followUp().overdue());
        assertEquals("not_revisited", past.revisitFinding());
    }

    @Test
    void anAbolishedAreasUnrevisitedWsoaHasNoFollowUpButSaysWhy() {
        var p = position(inspection(InspectionRow.FRAMEWORK_2016, "2019-05-22", "wsoa_required", null, null, null, null,
                LocalDate.parse("2023-04-01")));
        assertEquals("red", p.rag());
        assertNull(p.followUp());
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
        assertEquals("red", position(wsoa, failings).rag());
        assertEquals(true, position(wsoa, failings).followUp().overdue());
        assertEquals("next_inspection", position(wsoa, failings).followUp().kind());
        assertEquals("amber", position(inconsistent).rag());
        assertNull(position(inconsistent).followUp());
    }

    @Test
    void monthsSinceInspectionCountFromTheStartOfTheLatestInspection() {
        var p = position(of2016("2025-11-23", "no_wsoa", null, null, null));
        assertEquals(14, p.monthsSinceInspection());
    }
}
