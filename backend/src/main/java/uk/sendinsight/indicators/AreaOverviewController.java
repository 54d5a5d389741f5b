package uk.sendinsight.indicators;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.utils.SecurityService;
import uk.sendinsight.api.AreaOverviewApi;
import uk.sendinsight.api.model.AreaOverview;
import uk.sendinsight.api.model.AreaRef;
import uk.sendinsight.api.model.Domain;
import uk.sendinsight.api.model.Figure;
import uk.sendinsight.api.model.FigureStatus;
import uk.sendinsight.api.model.OverviewRow;
import uk.sendinsight.api.model.Series;
import uk.sendinsight.api.model.SeriesPoint;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class AreaOverviewController implements AreaOverviewApi {

    private final OverviewService overviews;
    private final SeriesService series;
    private final SecurityService security;

    AreaOverviewController(OverviewService overviews, SeriesService series, SecurityService security) {
        this.overviews = overviews;
        this.series = series;
        this.security = security;
    }

    private Viewer viewer() {
        return Viewer.of(security.getAuthentication().orElse(null));
    }

    @Override
    public HttpResponse<AreaOverview> getAreaSummary(String code, Domain domain) {
        Views.Overview overview = overviews.overview(code, domain == null ? null : domain.getValue(), viewer());
        AreaOverview result = new AreaOverview(new AreaRef(overview.area().code(), overview.area().name()),
                overview.lines().stream().map(AreaOverviewController::toRow).toList(), IndicatorMapper.NOT_A_LEAGUE_TABLE);
        if (overview.area().regionCode() != null) {
            result.region(new AreaRef(overview.area().regionCode(), overview.area().regionName()));
        }
        return HttpResponse.ok(result);
    }

    @Override
    public HttpResponse<Series> getAreaIndicatorSeries(String code, String id, String breakdown) {
        Views.SeriesView found = series.series(code, id, breakdown, viewer());
        Series result = new Series(new AreaRef(found.area().code(), found.area().name()),
                IndicatorMapper.toRef(found.indicator()),
                found.lines().stream().map(AreaOverviewController::toPoint).toList(),
                IndicatorMapper.toTrend(found.trend()))
                .breakdown(IndicatorMapper.breakdown(found.indicator(), found.breakdown()));
        if (found.area().regionCode() != null) {
            result.region(new AreaRef(found.area().regionCode(), found.area().regionName()));
        }
        return HttpResponse.ok(result);
    }

    private static OverviewRow toRow(Views.OverviewLine line) {
        Figure figure = line.area() != null ? IndicatorMapper.toFigure(line.area())
                : new Figure(line.period() == null ? "" : line.period(), FigureStatus.PUBLISHED);
        String file = line.area() != null ? line.area().row().sourceFile() : null;
        OverviewRow row = new OverviewRow(IndicatorMapper.toRef(line.indicator()), figure,
                IndicatorMapper.toComparison(line.withEngland()), IndicatorMapper.toComparison(line.withRegion()),
                IndicatorMapper.toComparison(line.withNeighbours()), IndicatorMapper.toTrend(line.trend()),
                file == null ? IndicatorMapper.toSource(line.indicator().source()) : IndicatorMapper.toSource(line.indicator().source(), file))
                .breakdown(IndicatorMapper.breakdown(line.indicator(), line.breakdown()))
                .neighbourMean(IndicatorMapper.toNeighbourMean(line.neighbourMean()))
                .quartile(line.quartile())
                .quartileLabel(line.quartileLabel());
        if (line.england() != null) {
            row.england(IndicatorMapper.toFigure(line.england()));
        }
        if (line.region() != null) {
            row.region(IndicatorMapper.toFigure(line.region()));
        }
        return row;
    }

    private static SeriesPoint toPoint(Views.SeriesLine line) {
        SeriesPoint point = new SeriesPoint(line.period(), line.area() != null ? IndicatorMapper.toFigure(line.area())
                : new Figure(line.period(), FigureStatus.PUBLISHED))
                .england(IndicatorMapper.orNull(line.england()))
                .region(IndicatorMapper.orNull(line.region()))
                .neighbourMean(IndicatorMapper.toNeighbourMean(line.neighbourMean()));
        return point;
    }
}
