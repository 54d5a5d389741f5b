package uk.sendinsight.inspections;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.sendinsight.accounts.SignInService;
import uk.sendinsight.areas.AreaFacts;
import uk.sendinsight.audit.AuditTrail;
import uk.sendinsight.shared.FieldProblem;
import uk.sendinsight.shared.InvalidFieldsException;
import uk.sendinsight.shared.NotFoundException;
import uk.sendinsight.shared.ProblemStatusException;
import uk.sendinsight.submissions.DerivedFigures;

/**
 * An area's WSOA records: who may read them (its leaders, advisers, administrators), and progress updates, which
 * only its leaders (and administrators) post, checked field by field and audited in the same transaction.
 */
@Singleton
class WsoaService {

    static final String UPDATE_ACTION = "wsoa.update.posted";
    static final Set<String> STATUSES = Set.of("not_started", "on_track", "at_risk", "off_track", "complete");
    static final int NARRATIVE_MAX = 2000;
    static final int EVIDENCE_URL_MAX = 500;
    static final String OFF_TRACK_INDICATOR = "wsoa-actions-off-track";
    static final Set<String> THEMES = Set.of("leadership_and_governance", "identification", "assessment_and_ehc_plans", "health_waits",
            "joint_commissioning", "coproduction", "exclusions_and_attendance", "preparing_for_adulthood", "local_offer", "outcomes");

    record ActionView(WsoaActionEntity action, List<WsoaUpdateEntity> updates, boolean overdue) {
    }

    record WeaknessView(WsoaWeaknessEntity weakness, List<ActionView> actions) {
    }

    record WsoaView(AreaFacts area, Optional<InspectionRow> inspection, List<WeaknessView> weaknesses) {
    }

    record ProgressUpdate(@Nullable String status, @Nullable Integer percentComplete, @Nullable String narrative,
                          @Nullable String evidenceUrl) {
    }

    private final InspectionService inspections;
    private final WsoaRepositories.Weaknesses weaknesses;
    private final WsoaRepositories.Actions actions;
    private final WsoaRepositories.Updates updates;
    private final AuditTrail audit;
    private final io.micronaut.json.JsonMapper json;
    private final DerivedFigures derived;
    private final Clock clock;

    WsoaService(InspectionService inspections, WsoaRepositories.Weaknesses weaknesses, WsoaRepositories.Actions actions,
                WsoaRepositories.Updates updates, AuditTrail audit, io.micronaut.json.JsonMapper json, DerivedFigures derived, Clock clock) {
        this.clock = clock;
        this.json = json;
        this.derived = derived;
        this.inspections = inspections;
        this.weaknesses = weaknesses;
        this.actions = actions;
        this.updates = updates;
        this.audit = audit;
    }

    WsoaView view(Authentication user, String code) {
        AreaFacts area = inspections.area(code);
        if (!SignInService.leads(user, area.code()) && !user.getRoles().contains("ADVISER") && !user.getRoles().contains("ADMIN")) {
            throw new ProblemStatusException(HttpStatus.FORBIDDEN,
                    "Only " + area.name() + "'s area leaders, advisers and administrators see its WSOA progress.");
        }
        Optional<InspectionRow> inspection = inspections.wsoaInspectionOf(area.code());
        if (inspection.isEmpty()) {
            return new WsoaView(area, inspection, List.of());
        }
        List<WsoaWeaknessEntity> found = weaknesses.findByInspectionIdOrderByWeaknessNo(inspection.get().id());
        Map<Long, List<ActionView>> actionsByWeakness = actionViews(found.stream().map(WsoaWeaknessEntity::id).toList()).stream()
                .collect(Collectors.groupingBy(a -> a.action().weaknessId()));
        return new WsoaView(area, inspection, found.stream()
                .map(w -> new WeaknessView(w, actionsByWeakness.getOrDefault(w.id(), List.of())))
                .toList());
    }

    @Transactional
    ActionView postUpdate(Authentication user, String code, long actionId, ProgressUpdate update) {
        AreaFacts area = mayWrite(user, code);
        WsoaActionEntity action = actions.findById(actionId).filter(a -> a.areaCode().equals(area.code()))
                .orElseThrow(() -> new NotFoundException(area.name() + " has no WSOA action " + actionId + "."));
        List<FieldProblem> problems = problems(update);
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        Instant now = Instant.now(clock);
        String narrative = update.narrative().strip();
        String evidence = update.evidenceUrl() == null || update.evidenceUrl().isBlank() ? null : update.evidenceUrl().strip();
        WsoaActionEntity changed = actions.update(action.withProgress(update.status(), update.percentComplete(), now));
        updates.save(new WsoaUpdateEntity(null, action.id(), now, user.getName(), update.status(), update.percentComplete(),
                narrative, evidence, false));
        countOffTrack(area.code());
        audit.record(user.getName(), UPDATE_ACTION, area.code(), null, null,
                describe(action, null, null), describe(changed, narrative, evidence));
        return actionViews(List.of(action.weaknessId())).stream().filter(a -> a.action().id().equals(action.id()))
                .findFirst().orElseThrow();
    }

    /** Leaders of the area and administrators keep its WSOA records; everyone else is refused. */
    private AreaFacts mayWrite(Authentication user, String code) {
        AreaFacts area = inspections.area(code);
        if (!SignInService.leads(user, area.code()) && !user.getRoles().contains("ADMIN")) {
            throw new ProblemStatusException(HttpStatus.FORBIDDEN, user.getRoles().contains("AREA_LEADER")
                    ? "You can keep WSOA records only for your own area, not for " + area.name() + "."
                    : "Only the area's leaders and administrators keep its WSOA records.");
        }
        return area;
    }

    record NewWeakness(@Nullable String text, @Nullable String theme) {
    }

    record NewAction(@Nullable String title, @Nullable String owner, @Nullable LocalDate dueDate) {
    }

    /** Records one of the significant weaknesses Ofsted found, numbered in order; never more than Ofsted counted. */
    @Transactional
    WeaknessView addWeakness(Authentication user, String code, NewWeakness weakness) {
        AreaFacts area = mayWrite(user, code);
        List<FieldProblem> problems = new ArrayList<>();
        InspectionRow inspection = inspections.wsoaInspectionOf(area.code()).orElse(null);
        List<WsoaWeaknessEntity> recorded = inspection == null ? List.of() : weaknesses.findByInspectionIdOrderByWeaknessNo(inspection.id());
        if (inspection == null) {
            problems.add(new FieldProblem("code", "has no written statement of action on record"));
        } else if (inspection.significantWeaknesses() != null && recorded.size() >= inspection.significantWeaknesses()) {
            problems.add(new FieldProblem("code", "already has all " + inspection.significantWeaknesses()
                    + " significant weaknesses the inspection found"));
        }
        text(problems, "text", weakness.text(), 1000);
        if (weakness.theme() == null || !THEMES.contains(weakness.theme())) {
            problems.add(new FieldProblem("theme", "must be one of " + String.join(", ", new java.util.TreeSet<>(THEMES))));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        int number = recorded.stream().mapToInt(WsoaWeaknessEntity::weaknessNo).max().orElse(0) + 1;
        WsoaWeaknessEntity saved = weaknesses.save(new WsoaWeaknessEntity(null, inspection.id(), area.code(), number,
                weakness.text().strip(), weakness.theme(), false));
        audit.record(user.getName(), "wsoa.weakness.added", area.code(), null, null, null,
                json(new java.util.TreeMap<>(Map.of("weaknessId", saved.id(), "number", number, "theme", saved.theme(),
                        "text", saved.description()))));
        return new WeaknessView(saved, List.of());
    }

    /** Adds an action, not started, to one of the area's recorded weaknesses. */
    @Transactional
    ActionView addAction(Authentication user, String code, long weaknessId, NewAction action) {
        AreaFacts area = mayWrite(user, code);
        WsoaWeaknessEntity weakness = weaknesses.findById(weaknessId).filter(w -> w.areaCode().equals(area.code()))
                .orElseThrow(() -> new NotFoundException(area.name() + " has no WSOA weakness " + weaknessId + "."));
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "title", action.title(), 500);
        text(problems, "owner", action.owner(), 200);
        if (action.dueDate() == null) {
            problems.add(new FieldProblem("dueDate", "must be a date like 2026-03-31"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        WsoaActionEntity saved = actions.save(new WsoaActionEntity(null, weakness.id(), area.code(), action.title().strip(),
                action.owner().strip(), action.dueDate(), "not_started", 0, false, Instant.now(clock)));
        audit.record(user.getName(), "wsoa.action.added", area.code(), null, null, null,
                json(new java.util.TreeMap<>(Map.of("actionId", saved.id(), "weaknessId", weakness.id(), "action", saved.title(),
                        "owner", saved.owner(), "dueDate", saved.dueDate().toString()))));
        countOffTrack(area.code());
        return new ActionView(saved, List.of(), LocalDate.now(clock).isAfter(saved.dueDate()));
    }

    private static void text(List<FieldProblem> problems, String field, @Nullable String text, int max) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem(field, "must not be empty"));
        } else if (text.strip().length() > max) {
            problems.add(new FieldProblem(field, "must be at most " + max + " characters"));
        }
    }

    /** A record's state for the audit, as JSON. */
    private String json(Map<String, Object> state) {
        try {
            return json.writeValueAsString(state);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every problem with an update, one per field; the generated model has already checked types and ranges. */
    static List<FieldProblem> problems(ProgressUpdate update) {
        List<FieldProblem> problems = new ArrayList<>();
        if (update.status() == null || !STATUSES.contains(update.status())) {
            problems.add(new FieldProblem("status", "must be one of " + String.join(", ", new java.util.TreeSet<>(STATUSES))));
        }
        Integer percent = update.percentComplete();
        if (percent == null || percent < 0 || percent > 100) {
            problems.add(new FieldProblem("percentComplete", "must be a whole number from 0 to 100"));
        } else if ("complete".equals(update.status()) && percent != 100) {
            problems.add(new FieldProblem("percentComplete", "must be 100 when the status is complete"));
        } else if (percent == 100 && update.status() != null && !"complete".equals(update.status())) {
            problems.add(new FieldProblem("percentComplete", "can be 100 only when the status is complete"));
        } else if ("not_started".equals(update.status()) && percent != 0) {
            problems.add(new FieldProblem("percentComplete", "must be 0 when the status is not_started"));
        }
        if (update.narrative() == null || update.narrative().isBlank()) {
            problems.add(new FieldProblem("narrative", "must say what was done"));
        } else if (update.narrative().strip().length() > NARRATIVE_MAX) {
            problems.add(new FieldProblem("narrative", "must be at most " + NARRATIVE_MAX + " characters"));
        }
        String evidence = update.evidenceUrl();
        if (evidence != null && !evidence.isBlank() && !isWebLink(evidence.strip())) {
            problems.add(new FieldProblem("evidenceUrl", "must be an http or https link of at most " + EVIDENCE_URL_MAX + " characters"));
        }
        return problems;
    }

    private static boolean isWebLink(String text) {
        if (text.length() > EVIDENCE_URL_MAX) {
            return false;
        }
        try {
            URI uri = new URI(text);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Records how many of the area's actions are off track now (the wsoa-actions-off-track indicator). */
    void countOffTrack(String areaCode) {
        List<WsoaActionEntity> all = actions.findByAreaCode(areaCode);
        derived.record(OFF_TRACK_INDICATOR, areaCode, all.stream().filter(a -> "off_track".equals(a.status())).count(),
                all.stream().anyMatch(WsoaActionEntity::demo), "wsoa-plans");
    }

    private List<ActionView> actionViews(List<Long> weaknessIds) {
        if (weaknessIds.isEmpty()) {
            return List.of();
        }
        List<WsoaActionEntity> found = actions.findByWeaknessIdIn(weaknessIds).stream()
                .sorted(Comparator.comparing(WsoaActionEntity::dueDate).thenComparing(WsoaActionEntity::id)).toList();
        Map<Long, List<WsoaUpdateEntity>> updatesByAction = found.isEmpty() ? Map.of()
                : updates.findByActionIdIn(found.stream().map(WsoaActionEntity::id).toList()).stream()
                .sorted(Comparator.comparing(WsoaUpdateEntity::at).thenComparing(WsoaUpdateEntity::id).reversed())
                .collect(Collectors.groupingBy(WsoaUpdateEntity::actionId));
        LocalDate today = LocalDate.now(clock);
        return found.stream().map(a -> new ActionView(a, updatesByAction.getOrDefault(a.id(), List.of()),
                !"complete".equals(a.status()) && today.isAfter(a.dueDate()))).toList();
    }


    /** The audit's before/after: the action's progress, and for the new state the update's words (shortened to fit). */
    private String describe(WsoaActionEntity action, @Nullable String narrative, @Nullable String evidence) {
        Map<String, Object> state = new java.util.LinkedHashMap<>();
        state.put("actionId", action.id());
        state.put("action", action.title());
        state.put("status", action.status());
        state.put("percentComplete", action.percentComplete());
        if (narrative != null) {
            state.put("narrative", narrative.length() > 800 ? narrative.substring(0, 800) + "…" : narrative);
        }
        if (evidence != null) {
            state.put("evidenceUrl", evidence);
        }
        return json(state);
    }
}
