package uk.sendinsight.submissions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.sendinsight.accounts.SignInService;
import uk.sendinsight.areas.AreaFacts;
import uk.sendinsight.areas.AreaService;
import uk.sendinsight.audit.AuditTrail;
import uk.sendinsight.indicators.IndicatorDirectory;
import uk.sendinsight.indicators.IndicatorDirectory.IndicatorFacts;
import uk.sendinsight.periods.Period;
import uk.sendinsight.periods.PeriodType;
import uk.sendinsight.shared.FieldProblem;
import uk.sendinsight.shared.InvalidFieldsException;
import uk.sendinsight.shared.NotFoundException;
import uk.sendinsight.shared.ProblemStatusException;

/**
 * Stores a locally held figure submitted by a leader of the area, after checking it against its indicator's
 * rules, and audits it in the same transaction. A rejected submission changes nothing.
 */
@Singleton
class SubmissionService {

    static final String ACTION = "figure.submitted";

    /** What was stored. */
    record Stored(AreaFacts area, IndicatorFacts indicator, SubmittedValueEntity figure) {
    }

    /** The body of a submission. */
    record Submission(@Nullable Double value, @Nullable Double numerator, @Nullable Double denominator, @Nullable String note) {
    }

    private final AreaService areas;
    private final IndicatorDirectory indicators;
    private final SubmittedValueRepository values;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final Clock clock;

    SubmissionService(AreaService areas, IndicatorDirectory indicators, SubmittedValueRepository values, AuditTrail audit, JsonMapper json,
                      Clock clock) {
        this.areas = areas;
        this.indicators = indicators;
        this.values = values;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    Stored submit(Authentication user, String code, String indicatorId, String period, Submission submission) {
        AreaFacts area = areas.facts(code).orElseThrow(() -> new NotFoundException("No area has the code '" + code + "'."));
        mayWriteFor(user, area);
        IndicatorFacts indicator = indicators.find(indicatorId).filter(IndicatorFacts::isLocal).orElseThrow(() ->
                new InvalidFieldsException(List.of(new FieldProblem("id", indicators.find(indicatorId).isPresent()
                        ? "derived".equals(indicators.find(indicatorId).get().collection())
                                ? "is counted by SEND Insight from the area's records: only locally held indicators take submissions"
                                : "is a published statistic: only locally held indicators take submissions"
                        : "is not an indicator (GET /api/v1/indicators?collection=local lists those that take submissions)"))));
        List<FieldProblem> problems = new ArrayList<>();
        if (!indicator.geographies().contains(area.type())) {
            problems.add(new FieldProblem("code", "must be an area of type " + String.join(" or ", indicator.geographies())));
        }
        PeriodType periodType = PeriodType.of(indicator.periodType());
        Optional<Period> parsed = periodType.parse(period);
        if (parsed.isEmpty()) {
            problems.add(new FieldProblem("period", "must be " + periodType.describe()));
        } else if (parsed.get().start().isAfter(LocalDate.now(clock))) {
            problems.add(new FieldProblem("period", "must not be in the future"));
        }
        problems.addAll(FigureRules.check(indicator, submission));
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }

        var existing = values.findByIndicatorIdAndAreaCodeAndPeriodAndBreakdown(indicator.id(), area.code(), period, "");
        SubmittedValueEntity stored = new SubmittedValueEntity(existing.map(SubmittedValueEntity::id).orElse(null),
                indicator.id(), area.code(), period, parsed.get().order(), "", submission.value(),
                submission.numerator(), submission.denominator(), null, null, "submitted",
                "submitted by " + user.getName(), submission.note(), user.getName(), Instant.now(clock));
        stored = existing.isPresent() ? values.update(stored) : values.save(stored);
        audit.record(user.getName(), ACTION, area.code(), indicator.id(), period,
                existing.map(this::describe).orElse(null), describe(stored));
        indicators.figuresChanged();
        return new Stored(area, indicator, stored);
    }

    /** An area's submitted figures, newest first, for its leaders, advisers and administrators. */
    io.micronaut.data.model.Page<Stored> list(Authentication user, String code, int page, int pageSize) {
        AreaFacts area = areas.facts(code).orElseThrow(() -> new NotFoundException("No area has the code '" + code + "'."));
        if (!SignInService.leads(user, area.code()) && !user.getRoles().contains("ADVISER") && !user.getRoles().contains("ADMIN")) {
            throw new ProblemStatusException(HttpStatus.FORBIDDEN, "Only the area's leaders, advisers and administrators see its submissions.");
        }
        var found = values.findByAreaCodeAndSubmittedByIsNotNull(area.code(), io.micronaut.data.model.Pageable.from(page - 1, pageSize,
                io.micronaut.data.model.Sort.of(io.micronaut.data.model.Sort.Order.desc("updatedAt"), io.micronaut.data.model.Sort.Order.desc("id"))));
        return found.map(v -> new Stored(area, indicators.find(v.indicatorId()).orElseThrow(), v));
    }

    /** Advisers and administrators publish a checked figure; it then shows to everyone. */
    @Transactional
    Stored publish(Authentication user, String code, String indicatorId, String period) {
        if (!user.getRoles().contains("ADVISER") && !user.getRoles().contains("ADMIN")) {
            throw new ProblemStatusException(HttpStatus.FORBIDDEN, "Only advisers and administrators publish figures.");
        }
        AreaFacts area = areas.facts(code).orElseThrow(() -> new NotFoundException("No area has the code '" + code + "'."));
        SubmittedValueEntity figure = values.findByIndicatorIdAndAreaCodeAndPeriodAndBreakdown(indicatorId, area.code(), period, "")
                .filter(v -> v.submittedBy() != null)
                .orElseThrow(() -> new NotFoundException("No figure has been submitted for " + indicatorId + ", " + area.name()
                        + ", " + period + "."));
        if ("published".equals(figure.status())) {
            return new Stored(area, indicators.find(indicatorId).orElseThrow(), figure);
        }
        SubmittedValueEntity published = values.update(new SubmittedValueEntity(figure.id(), figure.indicatorId(), figure.areaCode(),
                figure.period(), figure.periodOrder(), figure.breakdown(), figure.numericValue(), figure.numerator(),
                figure.denominator(), figure.marker(), figure.markerText(), "published", figure.sourceFile(), figure.note(),
                figure.submittedBy(), figure.updatedAt()));
        audit.record(user.getName(), "figure.published", area.code(), indicatorId, period, describe(figure), describe(published));
        indicators.figuresChanged();
        return new Stored(area, indicators.find(indicatorId).orElseThrow(), published);
    }

    private static void mayWriteFor(Authentication user, AreaFacts area) {
        if (user.getRoles().contains("ADMIN")) {
            return;
        }
        if (SignInService.leads(user, area.code())) {
            return;
        }
        throw new ProblemStatusException(HttpStatus.FORBIDDEN, user.getRoles().contains("AREA_LEADER")
                ? "You can submit figures only for your own area, not for " + area.name() + "."
                : "Only area leaders submit local figures.");
    }

    private String describe(SubmittedValueEntity figure) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("value", figure.numericValue());
        fields.put("numerator", figure.numerator());
        fields.put("denominator", figure.denominator());
        fields.put("status", figure.status());
        fields.put("note", figure.note());
        fields.put("submittedBy", figure.submittedBy());
        try {
            return json.writeValueAsString(fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
