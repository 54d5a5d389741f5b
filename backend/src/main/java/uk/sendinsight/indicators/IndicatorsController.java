package uk.sendinsight.indicators;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.utils.SecurityService;
import java.util.List;
import uk.sendinsight.api.IndicatorsApi;
import uk.sendinsight.api.model.AreaType;
import uk.sendinsight.api.model.AreaValue;
import uk.sendinsight.api.model.Collection;
import uk.sendinsight.api.model.Domain;
import uk.sendinsight.api.model.IndicatorPage;
import uk.sendinsight.api.model.IndicatorValues;
import uk.sendinsight.api.model.RelativeLikelihood;
import uk.sendinsight.api.model.RelativeLikelihoods;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class IndicatorsController implements IndicatorsApi {

    private final IndicatorCatalogue catalogue;
    private final FigureService figures;
    private final LikelihoodService likelihoods;
    private final SecurityService security;

    IndicatorsController(IndicatorCatalogue catalogue, FigureService figures, LikelihoodService likelihoods, SecurityService security) {
        this.catalogue = catalogue;
        this.figures = figures;
        this.likelihoods = likelihoods;
        this.security = security;
    }

    private Viewer viewer() {
        return Viewer.of(security.getAuthentication().orElse(null));
    }

    @Override
    public HttpResponse<IndicatorPage> listIndicators(Domain domain, Collection collection, Integer page, Integer pageSize) {
        List<Indicator> matching = catalogue.all().stream()
                .filter(i -> domain == null || i.entity().domain().equals(domain.getValue()))
                .filter(i -> collection == null || i.entity().collection().equals(collection.getValue()))
                .toList();
        return HttpResponse.ok(new IndicatorPage(
                Paging.page(matching, page, pageSize).stream().map(IndicatorMapper::toIndicator).toList(),
                page, pageSize, (long) matching.size(), Paging.totalPages(matching.size(), pageSize)));
    }

    @Override
    public HttpResponse<uk.sendinsight.api.model.Indicator> getIndicator(String id) {
        return HttpResponse.ok(IndicatorMapper.toIndicator(figures.indicator(id)));
    }

    @Override
    public HttpResponse<IndicatorValues> listIndicatorValues(String id, String period, String breakdown, AreaType type,
                                                             Integer page, Integer pageSize) {
        AreaType areaType = type == null ? AreaType.LOCAL_AUTHORITY : type;
        Views.PeriodFigures found = figures.forPeriod(id, period, breakdown, areaType.getValue(), viewer());
        List<AreaValue> items = found.areas().stream().map(IndicatorMapper::toAreaValue).toList();
        IndicatorValues values = new IndicatorValues(IndicatorMapper.toRef(found.indicator()), found.period(), areaType,
                Paging.page(items, page, pageSize), page, pageSize, (long) items.size(),
                Paging.totalPages(items.size(), pageSize), IndicatorMapper.NOT_A_LEAGUE_TABLE)
                .breakdown(IndicatorMapper.breakdown(found.indicator(), found.breakdown()))
                .regions(found.regions().stream().map(IndicatorMapper::toAreaValue).toList())
                .quartiles(IndicatorMapper.toQuartiles(found.quartiles()));
        if (found.england() != null) {
            values.england(IndicatorMapper.toFigure(found.england()));
        }
        return HttpResponse.ok(values);
    }

    @Override
    public HttpResponse<RelativeLikelihoods> listRelativeLikelihoods(String id, String group, String reference, String period,
                                                                     Integer page, Integer pageSize) {
        Views.Likelihoods found = likelihoods.likelihoods(id, group, reference, period, viewer());
        List<RelativeLikelihood> items = found.areas().stream().map(IndicatorMapper::toLikelihood).toList();
        RelativeLikelihoods result = new RelativeLikelihoods(IndicatorMapper.toRef(found.indicator()), found.period(),
                IndicatorMapper.breakdown(found.indicator(), group), IndicatorMapper.breakdown(found.indicator(), reference),
                Paging.page(items, page, pageSize), page, pageSize, (long) items.size(),
                Paging.totalPages(items.size(), pageSize));
        if (found.england() != null) {
            result.england(IndicatorMapper.toLikelihood(found.england()));
        }
        return HttpResponse.ok(result);
    }
}
