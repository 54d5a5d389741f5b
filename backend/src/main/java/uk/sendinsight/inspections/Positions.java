package uk.sendinsight.inspections;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An area's position from its inspections, by the rule in DESIGN.md: red when a WSOA was revisited without
 * sufficient progress on every weakness, when a WSOA revisit is overdue, or when the latest inspection found
 * widespread or systemic failings; amber while a WSOA is within its revisit time, when its revisit is not in the
 * published data, or when the latest outcome is inconsistent; green with no WSOA, every weakness resolved, or
 * typically positive outcomes. A later inspection supersedes an earlier one, so a 2023-framework inspection sets
 * the position of an area that once had a WSOA.
 */
final class Positions {

    /** SEND Insight's convention (stated in the API description): a WSOA revisit is due 18 months after the report's publication. */
    static final int REVISIT_DUE_MONTHS = 18;

    enum FollowUpKind { WSOA_REVISIT, NEXT_INSPECTION }

    enum FollowUpStatus { DUE, OVERDUE, NOT_IN_PUBLISHED_DATA }

    /** The last day each framework's published data covers; null where the sources state no end. */
    record PublishedData(@Nullable LocalDate framework2016Ends, @Nullable LocalDate framework2023Ends) {

        /** The latest end among the sources of each framework's inspections. */
        static PublishedData of(Collection<InspectionRow> inspections) {
            return new PublishedData(lastDay(inspections, true), lastDay(inspections, false));
        }

        private static LocalDate lastDay(Collection<InspectionRow> inspections, boolean framework2016) {
            return inspections.stream().filter(i -> i.is2016() == framework2016).map(InspectionRow::sourcePublishedTo)
                    .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        }
    }

    /**
     * What is due next. Once the due date has passed, a follow-up missing from data that covered that date is overdue;
     * one due after the data ends may have happened unrecorded, so it is not in the published data.
     */
    record FollowUp(FollowUpKind kind, LocalDate dueBy, FollowUpStatus status, @Nullable LocalDate publishedDataEnds) {

        static FollowUp of(FollowUpKind kind, LocalDate dueBy, LocalDate today, @Nullable LocalDate publishedDataEnds) {
            FollowUpStatus status = !today.isAfter(dueBy) ? FollowUpStatus.DUE
                    : publishedDataEnds != null && dueBy.isAfter(publishedDataEnds) ? FollowUpStatus.NOT_IN_PUBLISHED_DATA
                    : FollowUpStatus.OVERDUE;
            return new FollowUp(kind, dueBy, status, publishedDataEnds);
        }

        /** As the overview's followUp filter names it: {@code revisit_overdue}, {@code inspection_due}. */
        String filterValue() {
            return (kind == FollowUpKind.WSOA_REVISIT ? "revisit_" : "inspection_") + status.name().toLowerCase(Locale.ROOT);
        }
    }

    record Position(String areaCode, InspectionRow latest, @Nullable InspectionRow framework2016, String rag, String reason,
                    int monthsSinceInspection, boolean wsoaRequired, boolean wsoaSuperseded, @Nullable String revisitFinding,
                    @Nullable FollowUp followUp) {

        /** The followUp filter's value for this position; {@code none} when nothing is to follow. */
        String followUpFilterValue() {
            return followUp == null ? "none" : followUp.filterValue();
        }
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

    static Optional<Position> of(List<InspectionRow> inspections, LocalDate today, PublishedData published) {
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
            if (wsoa) {
                reason += "; it supersedes the area's 2016-framework WSOA";
            }
            if (latest.nextInspectionBy() != null && latest.abolished() == null) {
                followUp = FollowUp.of(FollowUpKind.NEXT_INSPECTION, latest.nextInspectionBy(), today, published.framework2023Ends());
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
            followUp = FollowUp.of(FollowUpKind.WSOA_REVISIT, due, today, published.framework2016Ends());
            switch (followUp.status()) {
                case DUE -> {
                    rag = "amber";
                    reason = "WSOA in progress; revisit due by " + due;
                }
                case OVERDUE -> {
                    rag = "red";
                    reason = "WSOA not revisited by its due time (" + due + ")";
                }
                default -> {
                    rag = "amber";
                    reason = "WSOA revisit not in the published data: due by " + due + ", after the published data ends ("
                            + followUp.publishedDataEnds() + ")";
                }
            }
            if (latest.abolished() != null) {
                reason += "; the area was abolished on " + latest.abolished();
                followUp = null;
            }
        }
        return Optional.of(new Position(latest.areaCode(), latest, of2016, rag, reason, months, wsoa, wsoa && !latest.is2016(),
                finding, followUp));
    }

    private static int nullToZero(@Nullable Integer number) {
        return number == null ? 0 : number;
    }
}
