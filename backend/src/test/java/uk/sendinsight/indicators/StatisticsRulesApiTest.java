package uk.sendinsight.indicators;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.sendinsight.api.model.AreaOverview;
import uk.sendinsight.api.model.AreaValue;
import uk.sendinsight.api.model.Comparison;
import uk.sendinsight.api.model.ComparisonMethod;
import uk.sendinsight.api.model.ComparisonOutcome;
import uk.sendinsight.api.model.FigureStatus;
import uk.sendinsight.api.model.IndicatorValues;
import uk.sendinsight.api.model.OverviewRow;
import uk.sendinsight.api.model.Series;
import uk.sendinsight.api.model.TrendOutcome;
import uk.sendinsight.support.Api;

/** The statistics rules of the public-health profiles, checked over HTTP on the real published figures. */
@MicronautTest
class StatisticsRulesApiTest {

    static final String PASSWORD = "demo-only-password";
    static final String LAMBETH = "E09000022";
    static final String WANDSWORTH = "E09000032";
    static final Set<ComparisonOutcome> POSITIONS = Set.of(ComparisonOutcome.HIGHER, ComparisonOutcome.LOWER, ComparisonOutcome.EQUAL);

    @Inject
    Api api;

    @Test
    void englandsShareOfPlansInMainstreamIsDfesPublishedFigureNotOneRecomputedFromCountsWithAnotherDenominator() {
        IndicatorValues values = api.get("/api/v1/indicators/ehcp-caseload-in-mainstream/values?period=2023%2F24&pageSize=200")
                .as(IndicatorValues.class);

        AreaValue london = values.getRegions().stream().filter(r -> r.getArea().getCode().equals("E12000007")).findFirst().orElseThrow();
        AreaValue wandsworth = item(values, WANDSWORTH);
        assertAll(
                () -> assertEquals(43.3, values.getEngland().getValue()),
                () -> assertNull(values.getEngland().getLower95(), "the counts do not reproduce 43.3, so no interval"),
                () -> assertTrue(values.getEngland().getNote().contains("another denominator"), values.getEngland().getNote()),
                () -> assertEquals(49.8, london.getFigure().getValue()),
                () -> assertEquals(43.3, wandsworth.getComparedWithEngland().getBenchmark()),
                () -> assertEquals(49.8, wandsworth.getComparedWithRegion().getBenchmark()),
                () -> assertNotNull(wandsworth.getFigure().getLower95(), "an authority's counts reproduce its figure"));
    }

    @Test
    void bexleysTwentyWeekTrendIsNoSignificantChangeBecauseItTurnsWhenTwentyTwentyFourIsLeftOut() {
        Series series = api.get("/api/v1/areas/E09000004/indicators/ehcp-issued-within-20-weeks/series").as(Series.class);

        assertAll(
                () -> assertEquals(TrendOutcome.NO_SIGNIFICANT_CHANGE, series.getTrend().getOutcome()),
                () -> assertEquals(11.2606, series.getTrend().getChiSquared(), 0.0001),
                () -> assertEquals(List.of("2020", "2021", "2022", "2023", "2024"), series.getTrend().getPeriods()),
                () -> assertEquals(5, series.getTrend().getPointsUsed()),
                () -> assertTrue(series.getTrend().getNote().contains("2024 is left out"), series.getTrend().getNote()));
    }

    @Test
    void barnetsRiseToEveryPlanOnTimeIsATrendJudgedOnHalfCountedLogitsAndHaltonsFallIsOneTheOldTestMissed() {
        // Barnet 349/356, 298/303, 370/378, 451/451, 601/601: N = 2089, X = 2069, Σxt = 6864, Σnt = 6905, Σnt² = 27211,
        // χ² = 15.154; 100% points, so ln((x + ½)/(n − x + ½)); every slope with one point left out stays positive.
        Series barnet = api.get("/api/v1/areas/E09000003/indicators/ehcp-issued-within-20-weeks/series").as(Series.class);
        // Halton 76/151, 124/161, 111/207, 54/205, 87/154: N = 878, X = 452, Σxt = 1308, Σnt = 2684, Σnt² = 9788, χ² = 13.751.
        Series halton = api.get("/api/v1/areas/E06000006/indicators/ehcp-issued-within-20-weeks/series").as(Series.class);

        assertAll(
                () -> assertEquals(TrendOutcome.INCREASING_AND_GETTING_BETTER, barnet.getTrend().getOutcome()),
                () -> assertEquals(15.1543, barnet.getTrend().getChiSquared(), 0.0001),
                () -> assertTrue(barnet.getTrend().getNote().contains("0% or 100%"), barnet.getTrend().getNote()),
                () -> assertEquals(TrendOutcome.DECREASING_AND_GETTING_WORSE, halton.getTrend().getOutcome()),
                () -> assertEquals(13.7508, halton.getTrend().getChiSquared(), 0.0001));
    }

    @Test
    void aTrendWithFewerThanFivePeriodsCannotBeCalculatedAndSaysWhy() {
        Series series = api.get("/api/v1/areas/E09000004/indicators/ehcp-issued-after-more-than-a-year/series").as(Series.class);

        assertEquals(TrendOutcome.CANNOT_BE_CALCULATED, series.getTrend().getOutcome());
        assertTrue(series.getTrend().getReason().startsWith("fewer than five periods"), series.getTrend().getReason());
    }

    @Test
    void aDemoFigureNeverEntersTheNeighboursMeanAQuartileARankOrAComparison() {
        OverviewRow offTrack = row(api.get("/api/v1/areas/" + LAMBETH + "/summary").as(AreaOverview.class), "wsoa-actions-off-track", null);
        assertEquals(0, offTrack.getNeighbourMean().getAreasUsed(), "Wandsworth, Lambeth's neighbour, has only a demo count");
        assertNull(offTrack.getNeighbourMean().getValue());

        String period = api.get("/api/v1/areas/" + WANDSWORTH + "/summary").as(AreaOverview.class).getRows().stream()
                .filter(r -> r.getIndicator().getId().equals("wsoa-actions-off-track")).findFirst().orElseThrow().getFigure().getPeriod();
        IndicatorValues values = api.get("/api/v1/indicators/wsoa-actions-off-track/values?period=" + period).as(IndicatorValues.class);
        AreaValue demo = item(values, WANDSWORTH);
        assertAll(
                () -> assertEquals(FigureStatus.DEMO, demo.getFigure().getStatus()),
                () -> assertNull(demo.getQuartile()),
                () -> assertNull(demo.getRank()),
                () -> assertNull(values.getQuartiles(), "no real figure, so no quartiles"),
                () -> assertEquals(ComparisonOutcome.NOT_COMPARED, demo.getComparedWithEngland().getOutcome()),
                () -> assertTrue(demo.getComparedWithEngland().getReason().startsWith("Demo figure")));
    }

    @Test
    void anUnpublishedFigureIsShownToAnAdviserButNeverFeedsTheNeighboursMeanOrTheRanks() {
        String leader = api.tokenFor("leader.wandsworth", PASSWORD);
        String path = "/api/v1/areas/" + WANDSWORTH + "/indicators/short-breaks-stopped-or-reduced/values/2024-Q4";
        assertEquals(200, api.send("PUT", path, "application/json", "{\"value\": 12.5, \"numerator\": 5, \"denominator\": 40}",
                "Authorization", "Bearer " + leader).status());
        String adviser = "Bearer " + api.tokenFor("adviser", PASSWORD);

        OverviewRow lambeth = row(api.get("/api/v1/areas/" + LAMBETH + "/summary", "Authorization", adviser).as(AreaOverview.class),
                "short-breaks-stopped-or-reduced", null);
        IndicatorValues values = api.get("/api/v1/indicators/short-breaks-stopped-or-reduced/values?period=2024-Q4",
                "Authorization", adviser).as(IndicatorValues.class);
        AreaValue submitted = item(values, WANDSWORTH);
        assertAll(
                () -> assertEquals(0, lambeth.getNeighbourMean().getAreasUsed()),
                () -> assertEquals(FigureStatus.SUBMITTED, submitted.getFigure().getStatus()),
                () -> assertEquals(12.5, submitted.getFigure().getValue()),
                () -> assertNull(submitted.getRank()),
                () -> assertNull(submitted.getQuartile()));
    }

    @Test
    void figuresWithoutIntervalsAreOnlyPlacedAmongTheNeighboursNeverCalledBetterOrWorse() {
        AreaOverview overview = api.get("/api/v1/areas/" + LAMBETH + "/summary").as(AreaOverview.class);
        OverviewRow decisions = row(overview, "ehcp-request-decisions-within-6-weeks", null);

        Comparison neighbours = decisions.getComparedWithNeighbours();
        assertAll(
                () -> assertEquals(ComparisonMethod.POSITION, neighbours.getMethod()),
                () -> assertEquals(ComparisonOutcome.LOWER, neighbours.getOutcome()),
                () -> assertTrue(neighbours.getRank() > 1 && neighbours.getRank() <= neighbours.getRankedOf(), neighbours.getLabel()),
                () -> assertTrue(neighbours.getLabel().startsWith("Lower than the neighbours' mean; "), neighbours.getLabel()),
                () -> assertTrue(neighbours.getLabel().contains("highest of " + neighbours.getRankedOf() + " (Lambeth and"),
                        neighbours.getLabel()),
                () -> assertEquals(ComparisonMethod.POSITION, decisions.getComparedWithEngland().getMethod()),
                () -> assertTrue(decisions.getComparedWithEngland().getLabel().endsWith("(no confidence interval, so not tested)")));
        for (OverviewRow row : overview.getRows()) {
            for (Comparison c : List.of(row.getComparedWithEngland(), row.getComparedWithRegion(), row.getComparedWithNeighbours())) {
                String what = row.getIndicator().getId() + ": " + c.getLabel();
                if (c.getMethod() == ComparisonMethod.POSITION) {
                    assertTrue(POSITIONS.contains(c.getOutcome()), what);
                    assertFalse(c.getSignificantAt998(), what);
                    assertNull(row.getFigure().getLower95(), what);
                } else if (c.getMethod() == ComparisonMethod.CONFIDENCE_INTERVAL) {
                    assertNotNull(row.getFigure().getLower95(), what);
                    assertFalse(c.getOutcome() == ComparisonOutcome.EQUAL, what);
                } else {
                    assertEquals(ComparisonOutcome.NOT_COMPARED, c.getOutcome(), what);
                }
            }
        }
    }

    @Test
    void formerAuthoritiesKeepTheirOwnFiguresAndAreRankedOnlyInTheYearsTheyExisted() {
        Series dorset = api.get("/api/v1/areas/E06000059/indicators/send-tribunal-appeal-rate/series").as(Series.class);
        assertTrue(dorset.getPoints().stream().filter(p -> p.getFigure().getValue() != null)
                .allMatch(p -> Integer.parseInt(p.getPeriod()) >= 2019), "Dorset Council began in April 2019");

        IndicatorValues in2016 = api.get("/api/v1/indicators/send-tribunal-appeal-rate/values?period=2016&pageSize=200").as(IndicatorValues.class);
        AreaValue oldCounty = item(in2016, "E10000009");
        assertAll(
                () -> assertEquals(0.9, oldCounty.getFigure().getValue(), 0.05),
                () -> assertNotNull(oldCounty.getRank(), "the old county existed in 2016"),
                () -> assertTrue(in2016.getItems().stream().noneMatch(i -> i.getArea().getCode().equals("E06000059"))));

        IndicatorValues in2023 = api.get("/api/v1/indicators/send-tribunal-appeal-rate/values?period=2023&pageSize=200").as(IndicatorValues.class);
        in2023.getItems().stream().filter(i -> i.getArea().getCode().equals("E10000006"))
                .forEach(cumbria -> assertNull(cumbria.getRank(), "Cumbria ended in April 2023"));
    }

    @Test
    void aRegionalFigureSummedByTheApiSaysSoAndLeavesOutAuthoritiesWithoutCounts() {
        IndicatorValues values = api.get("/api/v1/indicators/send-tribunal-appeal-rate/values?period=2024&pageSize=200").as(IndicatorValues.class);
        List<AreaValue> londonBoroughs = values.getItems().stream()
                .filter(i -> i.getRegion() != null && i.getRegion().getCode().equals("E12000007")).toList();
        List<AreaValue> counted = londonBoroughs.stream().filter(i -> i.getFigure().getNumerator() != null).toList();
        double appeals = counted.stream().mapToDouble(i -> i.getFigure().getNumerator()).sum();
        double decisions = counted.stream().mapToDouble(i -> i.getFigure().getDenominator()).sum();

        AreaValue london = values.getRegions().stream().filter(r -> r.getArea().getCode().equals("E12000007")).findFirst().orElseThrow();
        assertAll(
                () -> assertTrue(london.getFigure().getAggregated()),
                () -> assertEquals(counted.size(), london.getFigure().getAreasUsed()),
                () -> assertEquals(100 * appeals / decisions, london.getFigure().getValue(), 1e-9),
                () -> assertFalse(Boolean.TRUE.equals(values.getEngland().getAggregated()), "DfE publishes England's figure"),
                () -> assertEquals(london.getFigure().getValue(), londonBoroughs.get(0).getComparedWithRegion().getBenchmark()));
    }

    private static AreaValue item(IndicatorValues values, String code) {
        return values.getItems().stream().filter(i -> i.getArea().getCode().equals(code)).findFirst().orElseThrow();
    }

    private static OverviewRow row(AreaOverview overview, String indicator, String breakdown) {
        return overview.getRows().stream().filter(r -> r.getIndicator().getId().equals(indicator)
                && (breakdown == null || r.getBreakdown() != null && r.getBreakdown().getId().equals(breakdown))).findFirst().orElseThrow();
    }
}
