package uk.sendinsight.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.sendinsight.api.model.AreaOverview;
import uk.sendinsight.api.model.ComparisonOutcome;
import uk.sendinsight.api.model.Domain;
import uk.sendinsight.api.model.IndicatorValues;
import uk.sendinsight.api.model.OverviewRow;
import uk.sendinsight.api.model.Series;
import uk.sendinsight.api.model.SeriesPoint;
import uk.sendinsight.api.model.TrendOutcome;
import uk.sendinsight.support.Api;

@MicronautTest
class AreaOverviewApiTest {

    @Inject
    Api api;

    @Test
    void wandsworthsOverviewHasARowForEveryIndicatorAndBreakdownWithPeriodStatusAndSource() {
        AreaOverview overview = api.get("/api/v1/areas/E09000032/summary").as(AreaOverview.class);

        assertEquals("Wandsworth", overview.getArea().getName());
        assertEquals("London", overview.getRegion().getName());
        Set<Domain> domains = overview.getRows().stream().map(r -> r.getIndicator().getDomain()).collect(Collectors.toSet());
        assertTrue(domains.containsAll(List.of(Domain.IDENTIFICATION_AND_EHC_PLANS, Domain.HEALTH_ACCESS,
                Domain.EXCLUSIONS_AND_ABSENCE, Domain.OUTCOMES, Domain.SHORT_BREAKS, Domain.COPRODUCTION_AND_REDRESS)), domains.toString());
        for (OverviewRow row : overview.getRows()) {
            assertNotNull(row.getFigure().getPeriod(), row.getIndicator().getId());
            assertNotNull(row.getFigure().getStatus(), row.getIndicator().getId());
            assertNotNull(row.getSource().getName(), row.getIndicator().getId());
            assertNotNull(row.getTrend().getLabel(), row.getIndicator().getId());
        }
        assertEquals(3, overview.getRows().stream().filter(r -> r.getIndicator().getId().equals("suspension-rate")).count());
    }

    @Test
    void theOverviewComparesWithEnglandRegionAndTheNeighboursMean() {
        OverviewRow timeliness = row(api.get("/api/v1/areas/212/summary").as(AreaOverview.class), "ehcp-issued-within-20-weeks");
        IndicatorValues values = api.get("/api/v1/indicators/ehcp-issued-within-20-weeks/values?pageSize=200").as(IndicatorValues.class);

        assertEquals("2024", timeliness.getFigure().getPeriod());
        assertEquals(100.0, timeliness.getFigure().getValue());
        assertEquals(values.getEngland().getValue(), timeliness.getEngland().getValue());
        assertEquals(ComparisonOutcome.BETTER, timeliness.getComparedWithEngland().getOutcome());
        assertEquals(10, timeliness.getNeighbourMean().getAreasUsed());
        Set<String> neighbours = Set.of("E09000013", "E09000021", "E09000024", "E09000022", "E09000023", "E09000003",
                "E06000038", "E06000023", "E06000043", "E09000006");
        double expectedMean = values.getItems().stream().filter(i -> neighbours.contains(i.getArea().getCode()))
                .mapToDouble(i -> i.getFigure().getValue()).average().orElseThrow();
        assertEquals(expectedMean, timeliness.getNeighbourMean().getValue(), 1e-9);
        assertEquals(TrendOutcome.INCREASING_AND_GETTING_BETTER, timeliness.getTrend().getOutcome());
    }

    @Test
    void locallySubmittedIndicatorsWithoutFiguresSayNothingHasBeenSubmitted() {
        // Hartlepool: no test submits figures for it.
        OverviewRow shortBreaks = row(api.get("/api/v1/areas/E06000001/summary?domain=short_breaks").as(AreaOverview.class),
                "short-breaks-overnight-nights");

        assertNull(shortBreaks.getFigure().getValue());
        assertEquals("", shortBreaks.getFigure().getPeriod());
        assertNull(shortBreaks.getFigure().getMarker(), "nothing is missing from a source: nothing has been submitted");
        assertEquals(ComparisonOutcome.NOT_COMPARED, shortBreaks.getComparedWithEngland().getOutcome());
        assertTrue(shortBreaks.getComparedWithEngland().getReason().contains("submitted"));
        assertEquals(TrendOutcome.CANNOT_BE_CALCULATED, shortBreaks.getTrend().getOutcome());
    }

    @Test
    void theSeriesHasEnglandRegionAndNeighbourMeanForEveryPeriodOldestFirst() {
        Series series = api.get("/api/v1/areas/E09000032/indicators/ehcp-issued-within-20-weeks/series").as(Series.class);

        assertEquals(List.of("2019", "2020", "2021", "2022", "2023", "2024"), series.getPoints().stream().map(SeriesPoint::getPeriod).toList());
        SeriesPoint last = series.getPoints().get(5);
        assertEquals(100.0 * 39407 / 84866, last.getEngland(), 1e-9);
        assertNotNull(last.getRegion());
        assertEquals(10, last.getNeighbourMean().getAreasUsed());
        assertEquals(100.0 * 109 / 240, series.getPoints().get(0).getFigure().getValue(), 1e-9);
        assertEquals(TrendOutcome.INCREASING_AND_GETTING_BETTER, series.getTrend().getOutcome());
    }

    @Test
    void aSeriesShorterThanFivePeriodsHasNoTrend() {
        // Plans taking over a year were first collected in 2023.
        Series series = api.get("/api/v1/areas/E09000032/indicators/ehcp-issued-after-more-than-a-year/series").as(Series.class);

        assertEquals(TrendOutcome.CANNOT_BE_CALCULATED, series.getTrend().getOutcome());
        assertTrue(series.getTrend().getLabel().startsWith("Cannot be calculated"), series.getTrend().getLabel());
    }

    @Test
    void overviewSeriesAndValuesCanBeDownloadedAsCsv() {
        Api.Reply overview = api.get("/api/v1/areas/E09000032/summary", "Accept", "text/csv");
        Api.Reply series = api.get("/api/v1/areas/E09000032/indicators/ehcp-issued-within-20-weeks/series", "Accept", "text/csv");
        Api.Reply values = api.get("/api/v1/indicators/ehcp-issued-within-20-weeks/values?period=2024&pageSize=200", "Accept", "text/csv");

        assertEquals("text/csv; charset=utf-8", overview.contentType());
        List<String> lines = values.body().lines().toList();
        assertTrue(lines.get(0).startsWith("indicator_id,period,breakdown,area_code,area_name,region,value"), lines.get(0));
        assertEquals(1 + 153, lines.size(), "a header and one line per local authority");
        assertTrue(series.body().lines().anyMatch(l -> l.startsWith("E09000032,ehcp-issued-within-20-weeks,,2024,100.0,")), series.body());
        assertFalse(overview.body().contains("{"), "CSV, not JSON");
        assertTrue(overview.header("Content-Disposition").contains("attachment"));
    }

    @Test
    void unknownAreasAndIndicatorsAre404Problems() {
        assertEquals(404, api.get("/api/v1/areas/NOPE/summary").status());
        assertEquals(404, api.get("/api/v1/areas/E09000032/indicators/nothing/series").status());
        assertEquals(400, api.get("/api/v1/areas/E09000032/summary?domain=weather").status());
    }

    private static OverviewRow row(AreaOverview overview, String id) {
        return overview.getRows().stream().filter(r -> r.getIndicator().getId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + id));
    }
}
