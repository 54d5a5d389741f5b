package uk.sendinsight.indicators;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import uk.sendinsight.areas.AreaFacts;
import uk.sendinsight.areas.AreaService;
import uk.sendinsight.shared.InvalidFieldException;
import uk.sendinsight.shared.NotFoundException;

/**
 * Every area's assessed figures for one period (the compare-areas read), and the lookups the other reads share:
 * an indicator, an area, a breakdown and a period, each refused with a clear problem when unknown.
 */
@Singleton
class FigureService {

    static final String ENGLAND = PeriodAssessor.ENGLAND;
    static final String LATEST = "latest";

    private final IndicatorCatalogue catalogue;
    private final FigureRepository figures;
    private final AreaService areas;
    private final PeriodFiguresCache cache;

    FigureService(IndicatorCatalogue catalogue, FigureRepository figures, AreaService areas, PeriodFiguresCache cache) {
        this.catalogue = catalogue;
        this.figures = figures;
        this.areas = areas;
        this.cache = cache;
    }

    Indicator indicator(String id) {
        return catalogue.find(id).orElseThrow(() -> new NotFoundException("There is no indicator '" + id
                + "'. GET /api/v1/indicators lists them."));
    }

    AreaFacts area(String code) {
        return areas.facts(code).orElseThrow(() -> new NotFoundException("No area has the code '" + code + "'."));
    }

    Views.PeriodFigures forPeriod(String indicatorId, String requestedPeriod, String requestedBreakdown, String areaType, Viewer viewer) {
        Indicator indicator = indicator(indicatorId);
        String breakdown = breakdown(indicator, requestedBreakdown);
        String period = period(indicator, breakdown, requestedPeriod);
        return assessed(indicator, breakdown, period, areaType, viewer);
    }

    /** Only the public view is cached: what a signed-in viewer sees depends on who they are. */
    Views.PeriodFigures assessed(Indicator indicator, String breakdown, String period, String areaType, Viewer viewer) {
        if (LATEST.equals(period)) {
            return new Views.PeriodFigures(indicator, period, breakdown, areaType, null, List.of(), null, List.of());
        }
        if (!viewer.isPublic()) {
            return PeriodAssessor.assess(indicator, breakdown, period, areaType, rowsForPeriod(indicator, period, breakdown, viewer));
        }
        return cache.get(indicator.id(), breakdown, period, areaType,
                () -> PeriodAssessor.assess(indicator, breakdown, period, areaType, rowsForPeriod(indicator, period, breakdown, viewer)));
    }

    List<FigureRow> rowsForPeriod(Indicator indicator, String period, String breakdown, Viewer viewer) {
        return figures.findForPeriod(indicator.id(), period, breakdown, viewer.seesAllSubmitted(), viewer.ownAreaOrNone());
    }

    static String breakdown(Indicator indicator, String requested) {
        String breakdown = indicator.breakdownOrDefault(requested);
        if (!indicator.hasBreakdown(breakdown)) {
            throw new InvalidFieldException("breakdown", breakdownChoices(indicator));
        }
        return breakdown;
    }

    static String breakdownChoices(Indicator indicator) {
        return indicator.breakdowns().isEmpty() ? "this indicator has no breakdowns"
                : "must be one of: " + indicator.breakdowns().stream().map(CatalogueRows.BreakdownRow::breakdownId)
                        .collect(Collectors.joining(", "));
    }

    /** The period a read asks for: 'latest' (the default) or a period in the indicator's own format. */
    static String period(Indicator indicator, String breakdown, String requested) {
        List<String> periods = indicator.periods(breakdown);
        if (requested == null || LATEST.equals(requested.toLowerCase(Locale.ROOT))) {
            return periods.isEmpty() ? LATEST : periods.get(0);
        }
        if (indicator.periodType().parse(requested).isEmpty()) {
            throw new InvalidFieldException("period", "must be 'latest' or " + indicator.periodType().describe());
        }
        return requested;
    }
}
