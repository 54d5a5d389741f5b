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
import uk.sendinsight.api.model.SubmittedFigure;
import uk.sendinsight.api.model.Unit;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class SubmissionsController implements SubmissionsApi {

    private final SubmissionService submissions;
    private final SecurityService security;

    SubmissionsController(SubmissionService submissions, SecurityService security) {
        this.submissions = submissions;
        this.security = security;
    }

    @Override
    public SubmittedFigure submitFigure(String code, String id, String period, FigureSubmission body) {
        var stored = submissions.submit(security.getAuthentication().orElseThrow(), code, id, period,
                new SubmissionService.Submission(body.getValue(), body.getNumerator(), body.getDenominator(), body.getNote()));
        var i = stored.indicator();
        var f = stored.figure();
        Figure figure = new Figure(f.period(), FigureStatus.fromValue(f.status()))
                .value(f.numericValue()).numerator(f.numerator()).denominator(f.denominator());
        return new SubmittedFigure(new AreaRef(stored.area().code(), stored.area().name()),
                new IndicatorRef(i.id(), i.name(), Domain.fromValue(i.domain()), Unit.fromValue(i.unit()),
                        Polarity.fromValue(i.polarity()), i.decimalPlaces(), PeriodType.fromValue(i.periodType()),
                        Collection.fromValue(i.collection())).rateBase(i.rateBase()),
                figure, f.submittedBy())
                .note(f.note());
    }
}
