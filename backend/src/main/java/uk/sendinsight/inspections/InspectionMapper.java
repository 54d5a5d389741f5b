package uk.sendinsight.inspections;

import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import uk.sendinsight.api.model.ActionCounts;
import uk.sendinsight.api.model.ActionStatus;
import uk.sendinsight.api.model.AreaRef;
import uk.sendinsight.api.model.FollowUp;
import uk.sendinsight.api.model.FollowUpCounts;
import uk.sendinsight.api.model.FollowUpFilter;
import uk.sendinsight.api.model.FollowUpKind;
import uk.sendinsight.api.model.FollowUpStatus;
import uk.sendinsight.api.model.Framework2016Counts;
import uk.sendinsight.api.model.Framework2023Counts;
import uk.sendinsight.api.model.Inspection;
import uk.sendinsight.api.model.InspectionFramework;
import uk.sendinsight.api.model.InspectionOutcome;
import uk.sendinsight.api.model.InspectionPosition;
import uk.sendinsight.api.model.InspectionSource;
import uk.sendinsight.api.model.InspectionSummary;
import uk.sendinsight.api.model.ProgressUpdate;
import uk.sendinsight.api.model.Rag;
import uk.sendinsight.api.model.RagCounts;
import uk.sendinsight.api.model.Revisit;
import uk.sendinsight.api.model.RevisitFinding;
import uk.sendinsight.api.model.WeaknessTheme;
import uk.sendinsight.api.model.Wsoa;
import uk.sendinsight.api.model.WsoaAction;
import uk.sendinsight.api.model.WsoaWeakness;

/** Inspections, positions and WSOA records as the API shows them. */
final class InspectionMapper {

    private static final Map<String, String> OUTCOMES_IN_WORDS = Map.of(
            "no_wsoa", "No written statement of action required",
            "wsoa_required", "Written statement of action required",
            "typically_positive", "Typically positive experiences and outcomes",
            "inconsistent", "Inconsistent experiences and outcomes",
            "widespread_systemic_failings", "Widespread and/or systemic failings",
            "not_recorded", "Outcome not recorded in the source");

    private InspectionMapper() {
    }

    static Inspection inspection(InspectionRow row) {
        Inspection inspection = new Inspection(row.id(), new AreaRef(row.areaCode(), row.areaName()),
                InspectionFramework.fromValue(row.framework()), InspectionOutcome.fromValue(row.outcome()),
                OUTCOMES_IN_WORDS.get(row.outcome()), source(row),
                row.dataNotes() == null ? List.of() : Arrays.asList(row.dataNotes().split("\n")))
                .startDate(row.startDate())
                .publicationDate(row.publicationDate())
                .outcomeText(row.outcomeText())
                .significantWeaknesses(row.significantWeaknesses())
                .priorityActions(row.priorityActions())
                .nextInspectionBy(row.nextInspectionBy())
                .reportUrl(row.reportUrl());
        if (row.revisitFinding() != null) {
            inspection.revisit(new Revisit(RevisitFinding.fromValue(row.revisitFinding()))
                    .startDate(row.revisitStartDate())
                    .publicationDate(row.revisitPublicationDate())
                    .weaknessesWithSufficientProgress(row.weaknessesSufficient())
                    .weaknessesWithoutSufficientProgress(row.weaknessesInsufficient()));
        }
        return inspection;
    }

    static InspectionSource source(InspectionRow row) {
        return new InspectionSource(row.sourceId(), row.sourceName(), row.sourcePublisher(), row.sourceOfficial())
                .url(row.sourceUrl()).compiledBy(row.sourceCompiledBy()).publishedTo(row.sourcePublishedTo());
    }

    static List<InspectionSource> sources(Collection<InspectionRow> rows) {
        Map<String, InspectionSource> sources = new LinkedHashMap<>();
        rows.stream().sorted(java.util.Comparator.comparing(InspectionRow::sourceId))
                .forEach(r -> sources.putIfAbsent(r.sourceId(), source(r)));
        return List.copyOf(sources.values());
    }

    static InspectionPosition position(Positions.Position p) {
        InspectionRow latest = p.latest();
        AreaRef region = latest.regionCode() == null ? new AreaRef("E92000001", "England") : new AreaRef(latest.regionCode(), latest.regionName());
        InspectionPosition position = new InspectionPosition(new AreaRef(latest.areaCode(), latest.areaName()), region, inspection(latest),
                Rag.fromValue(p.rag()), p.reason(), p.monthsSinceInspection(), p.wsoaRequired(), p.wsoaSuperseded())
                .revisit(p.revisitFinding() == null ? null : RevisitFinding.fromValue(p.revisitFinding()));
        Positions.FollowUp followUp = p.followUp();
        if (followUp != null) {
            position.followUp(new FollowUp(FollowUpKind.fromValue(followUp.kind().name().toLowerCase(Locale.ROOT)), followUp.dueBy(),
                    FollowUpStatus.fromValue(followUp.status().name().toLowerCase(Locale.ROOT)))
                    .publishedDataEnds(followUp.publishedDataEnds()));
        }
        return position;
    }

    /** Counts of what the selected areas' inspections found, computed from the records. */
    static InspectionSummary summary(List<Positions.Position> positions, List<InspectionRow> inspections) {
        List<InspectionRow> of2016 = positions.stream().map(Positions.Position::framework2016).filter(java.util.Objects::nonNull).toList();
        List<InspectionRow> wsoa = of2016.stream().filter(InspectionRow::wsoaRequired).toList();
        List<InspectionRow> revisited = wsoa.stream().filter(i -> i.revisitFinding() != null).toList();
        Map<String, InspectionRow> latest2023 = new LinkedHashMap<>();
        inspections.stream().filter(i -> !i.is2016()).forEach(i -> latest2023.merge(i.areaCode(), i,
                (a, b) -> a.publicationDate().isAfter(b.publicationDate()) ? a : b));
        Collection<InspectionRow> new2023 = latest2023.values();
        return new InspectionSummary(positions.size(),
                new Framework2016Counts(of2016.size(), wsoa.size(), of2016.size() - wsoa.size(), revisited.size(),
                        count(revisited, i -> "all_sufficient".equals(i.revisitFinding())),
                        count(revisited, i -> "some_sufficient".equals(i.revisitFinding())),
                        count(revisited, i -> "none_sufficient".equals(i.revisitFinding())),
                        wsoa.size() - revisited.size(),
                        wsoa.stream().mapToInt(i -> i.significantWeaknesses() == null ? 0 : i.significantWeaknesses()).sum(),
                        revisited.stream().mapToInt(i -> i.weaknessesSufficient() == null ? 0 : i.weaknessesSufficient()).sum(),
                        revisited.stream().mapToInt(i -> i.weaknessesInsufficient() == null ? 0 : i.weaknessesInsufficient()).sum()),
                new Framework2023Counts(new2023.size(),
                        count(new2023, i -> "typically_positive".equals(i.outcome())),
                        count(new2023, i -> "inconsistent".equals(i.outcome())),
                        count(new2023, i -> "widespread_systemic_failings".equals(i.outcome())),
                        count(new2023, i -> "not_recorded".equals(i.outcome())),
                        count(new2023, i -> i.priorityActions() != null)),
                new RagCounts(count(positions, p -> "red".equals(p.rag())), count(positions, p -> "amber".equals(p.rag())),
                        count(positions, p -> "green".equals(p.rag()))),
                followUps(positions));
    }

    private static FollowUpCounts followUps(List<Positions.Position> positions) {
        Function<FollowUpFilter, Integer> areasWith = value -> count(positions, p -> value.getValue().equals(p.followUpFilterValue()));
        return new FollowUpCounts(areasWith.apply(FollowUpFilter.REVISIT_DUE), areasWith.apply(FollowUpFilter.REVISIT_OVERDUE),
                areasWith.apply(FollowUpFilter.REVISIT_NOT_IN_PUBLISHED_DATA), areasWith.apply(FollowUpFilter.INSPECTION_DUE),
                areasWith.apply(FollowUpFilter.INSPECTION_OVERDUE), areasWith.apply(FollowUpFilter.INSPECTION_NOT_IN_PUBLISHED_DATA),
                areasWith.apply(FollowUpFilter.NONE));
    }

    private static <T> int count(Collection<T> items, Predicate<T> test) {
        return (int) items.stream().filter(test).count();
    }

    static Wsoa wsoa(WsoaService.WsoaView view) {
        List<WsoaWeakness> weaknesses = view.weaknesses().stream().map(InspectionMapper::weakness).toList();
        List<WsoaService.ActionView> actions = view.weaknesses().stream().flatMap(w -> w.actions().stream()).toList();
        boolean demo = view.weaknesses().stream().anyMatch(w -> w.weakness().demo() || w.actions().stream().anyMatch(a -> a.action().demo()));
        Wsoa wsoa = new Wsoa(new AreaRef(view.area().code(), view.area().name()), view.inspection().isPresent(), demo, weaknesses,
                new ActionCounts(status(actions, "not_started"), status(actions, "on_track"), status(actions, "at_risk"),
                        status(actions, "off_track"), status(actions, "complete")));
        view.inspection().ifPresent(i -> wsoa.inspection(inspection(i)));
        return wsoa;
    }

    static WsoaWeakness weakness(WsoaService.WeaknessView w) {
        return new WsoaWeakness(w.weakness().id(), w.weakness().weaknessNo(), w.weakness().description(),
                WeaknessTheme.fromValue(w.weakness().theme()), w.weakness().demo(), w.actions().stream().map(InspectionMapper::action).toList());
    }

    private static int status(List<WsoaService.ActionView> actions, String status) {
        return count(actions, a -> status.equals(a.action().status()));
    }

    static WsoaAction action(WsoaService.ActionView view) {
        WsoaActionEntity a = view.action();
        return new WsoaAction(a.id(), a.weaknessId(), a.title(), a.owner(), a.dueDate(), ActionStatus.fromValue(a.status()),
                a.percentComplete(), view.overdue(), a.demo(),
                view.updates().stream().map(u -> new ProgressUpdate(u.id(), u.at().atZone(ZoneOffset.UTC), u.author(),
                        ActionStatus.fromValue(u.status()), u.percentComplete(), u.narrative(), u.demo()).evidenceUrl(u.evidenceUrl())).toList());
    }
}
