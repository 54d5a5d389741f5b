package uk.sendinsight.submissions;

import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.utils.SecurityService;
import uk.sendinsight.api.SubmissionsApi;
import uk.sendinsight.api.model.AreaRef;
import uk.sendinsight.api.model.Collection;
import uk.sendinsight.api.model.Domain;
import uk.sendinsight.api.model.Figure;
import uk.sendinsight.api.model.FigureStatus;
import uk.sendinsight.api.model.FigureSubmission;
import uk.sendinsight.api.model.IndicatorRef;
import uk.sendinsight.api.model.PeriodType;
import uk.sendinsight.api.model.Polarity;
import uk.sendinsight.api.model.SubmissionPage;
import uk.sendinsight.api.model.SubmittedFigure;
import uk.sendinsight.audit.AuditMapper;
import uk.sendinsight.audit.AuditTrail;
import uk.sendinsight.api.model.Unit;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class SubmissionsController implements SubmissionsApi {

    private final SubmissionService submissions;
    private final SecurityService security;
    private final AuditTrail audit;

    SubmissionsController(SubmissionService submissions, SecurityService security, AuditTrail audit) {
        this.submissions = submissions;
        this.security = security;
        this.audit = audit;
    }

    @Override
    public SubmittedFigure submitFigure(String code, String id, String period, FigureSubmission body) {
        return toModel(submissions.submit(security.getAuthentication().orElseThrow(), code, id, period,
                new SubmissionService.Submission(body.getValue(), body.getNumerator(), body.getDenominator(), body.getNote())));
    }

    @Override
    public SubmittedFigure publishFigure(String code, String id, String period) {
        return toModel(submissions.publish(security.getAuthentication().orElseThrow(), code, id, period));
    }

    @Override
    public SubmissionPage listAreaSubmissions(String code, Integer page, Integer pageSize) {
        var found = submissions.list(security.getAuthentication().orElseThrow(), code, page, pageSize);
        return new SubmissionPage(found.getContent().stream().map(this::toModel).toList(), page, pageSize,
                found.getTotalSize(), found.getTotalPages());
    }

    private SubmittedFigure toModel(SubmissionService.Stored stored) {
        var i = stored.indicator();
        var f = stored.figure();
        Figure figure = new Figure(f.period(), FigureStatus.fromValue(f.status()))
                .value(f.numericValue()).numerator(f.numerator()).denominator(f.denominator());
        return new SubmittedFigure(new AreaRef(stored.area().code(), stored.area().name()),
                new IndicatorRef(i.id(), i.name(), Domain.fromValue(i.domain()), Unit.fromValue(i.unit()),
                        Polarity.fromValue(i.polarity()), i.decimalPlaces(), PeriodType.fromValue(i.periodType()),
                        Collection.fromValue(i.collection())).rateBase(i.rateBase()),
                figure, f.submittedBy())
                .note(f.note())
                .submittedAt(f.updatedAt() == null ? null : f.updatedAt().atZone(java.time.ZoneOffset.UTC))
                .history(audit.history(f.areaCode(), f.indicatorId(), f.period()).stream()
                        .map(e -> AuditMapper.toEntry(e, stored.area().name())).toList());
    }
}
