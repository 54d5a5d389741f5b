package uk.sendinsight.inspections;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An area's position from its inspections, by the rule in DESIGN.md: red when a WSOA was revisited without
 * sufficient progress on every weakness, when a WSOA was not revisited by its due time, or when the latest inspection
 * found widespread or systemic failings; amber while a WSOA is within its revisit time or the latest outcome is
 * inconsistent; green with no WSOA, every weakness resolved, or typically positive outcomes. A later inspection
 * supersedes an earlier one.
 */
final class Positions {

    /** SEND Insight's convention (stated in the API description): a WSOA revisit is due 18 months after the report's publication. */
    static final int REVISIT_DUE_MONTHS = 18;

    record FollowUp(String kind, LocalDate dueBy, boolean overdue) {
    }

    record Position(String areaCode, InspectionRow latest, @Nullable InspectionRow framework2016, String rag, String reason,
                    int monthsSinceInspection, boolean wsoaRequired, @Nullable String revisitFinding,
                    @Nullable FollowUp followUp) {
    }

    private static final Comparator<InspectionRow> BY_DATE = Comparator.comparing(
            (InspectionRow i) -> i.publicationDate() != null ? i.publicationDate() : i.date(),
            Comparator.nullsFirst(Comparator.naturalOrder()));

    private Positions() {
    }

    /** The inspections of one area, newest first. */
    static List<InspectionRow> newestFirst(List<InspectionRow> inspections) {
        return inspections.stream().sorted(BY_DATE.reversed()).toList();
    }

    static Optional<Position> of(List<InspectionRow> inspections, LocalDate today) {
        if (inspections.isEmpty()) {
            return Optional.empty();
        }
        InspectionRow latest = inspections.stream().max(BY_DATE).orElseThrow();
        InspectionRow of2016 = inspections.stream().filter(InspectionRow::is2016).max(BY_DATE).orElse(null);
        boolean wsoa = of2016 != null && of2016.wsoaRequired();
        String finding = !wsoa ? null : of2016.revisitFinding() != null ? of2016.revisitFinding() : "not_revisited";
        LocalDate since = latest.date();
        int months = since == null ? 0 : (int) Math.max(0, ChronoUnit.MONTHS.between(since, today));
        String rag;
        String reason;
        FollowUp followUp = null;
        if (!latest.is2016()) {
            switch (latest.outcome()) {
                case "widespread_systemic_failings" -> {
                    rag = "red";
                    reason = "Widespread or systemic failings at the latest inspection";
                }
                case "inconsistent" -> {
                    rag = "amber";
                    reason = "Inconsistent experiences and outcomes at the latest inspection";
                }
                case "typically_positive" -> {
                    rag = "green";
                    reason = "Typically positive experiences and outcomes at the latest inspection";
                }
                default -> {
                    rag = "amber";
                    reason = "The latest inspection's outcome is not in the source: read the report";
                }
            }
            if (latest.nextInspectionBy() != null && latest.abolished() == null) {
                followUp = new FollowUp("next_inspection", latest.nextInspectionBy(), today.isAfter(latest.nextInspectionBy()));
            }
        } else if (!wsoa) {
            rag = "green";
            reason = "No written statement of action was required";
        } else if (!"not_revisited".equals(finding)) {
            int made = nullToZero(latest.weaknessesSufficient());
            int total = made + nullToZero(latest.weaknessesInsufficient());
            if ("all_sufficient".equals(finding)) {
                rag = "green";
                reason = "WSOA revisited: sufficient progress on all " + total + " significant weaknesses";
            } else {
                rag = "red";
                reason = "WSOA revisited: sufficient progress on " + made + " of " + total + " significant weaknesses";
            }
        } else {
            LocalDate due = (latest.publicationDate() != null ? latest.publicationDate() : since).plusMonths(REVISIT_DUE_MONTHS);
            boolean overdue = today.isAfter(due);
            rag = overdue ? "red" : "amber";
            reason = overdue ? "WSOA not revisited by its due time (" + due + ")" : "WSOA in progress; revisit due by " + due;
            if (latest.abolished() == null) {
                followUp = new FollowUp("wsoa_revisit", due, overdue);
            } else {
                reason += "; the area was abolished on " + latest.abolished();
            }
        }
        return Optional.of(new Position(latest.areaCode(), latest, of2016, rag, reason, months, wsoa, finding, followUp));
    }

    private static int nullToZero(@Nullable Integer number) {
        return number == null ? 0 : number;
    }
}
