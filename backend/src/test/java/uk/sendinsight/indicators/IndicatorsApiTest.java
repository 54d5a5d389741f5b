package uk.sendinsight.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.sendinsight.api.model.AreaValue;
import uk.sendinsight.api.model.Collection;
import uk.sendinsight.api.model.ComparisonMethod;
import uk.sendinsight.api.model.ComparisonOutcome;
import uk.sendinsight.api.model.Domain;
import uk.sendinsight.api.model.Figure;
import uk.sendinsight.api.model.Indicator;
import uk.sendinsight.api.model.IndicatorPage;
import uk.sendinsight.api.model.IndicatorValues;
import uk.sendinsight.api.model.Polarity;
import uk.sendinsight.api.model.Problem;
import uk.sendinsight.api.model.RelativeLikelihoods;
import uk.sendinsight.support.Api;

@MicronautTest
class IndicatorsApiTest {

    @Inject
    Api api;

    @Test
    void theCatalogueHasAtLeast25IndicatorsAcrossTheDomainsOfTheDesign() {
        IndicatorPage page = api.get("/api/v1/indicators?pageSize=200").as(IndicatorPage.class);

        assertTrue(page.getTotalItems() >= 25, "indicators: " + page.getTotalItems());
        Set<Domain> domains = page.getItems().stream().map(Indicator::getDomain).collect(Collectors.toSet());
        assertEquals(Set.of(Domain.values()), domains, "every domain has indicators");
        Indicator timeliness = find(page, "ehcp-issued-within-20-weeks");
        assertEquals(Collection.PUBLISHED, timeliness.getCollection());
        assertEquals(Polarity.HIGHER_IS_BETTER, timeliness.getPolarity());
        assertEquals("Department for Education", timeliness.getSource().getPublisher());
        assertEquals(List.of("2024", "2023", "2022", "2021", "2020", "2019"), timeliness.getPeriods());
        assertEquals(Collection.LOCAL, find(page, "short-breaks-families-receiving").getCollection());
    }

    @Test
    void filesCompiledByAThirdPartySayWhoCompiledThem() {
        Indicator suspensions = api.get("/api/v1/indicators/suspension-rate").as(Indicator.class);

        assertTrue(suspensions.getSource().getCompiledBy().startsWith("Data to Insight"), suspensions.getSource().getCompiledBy());
        assertEquals(List.of("ehc_plan", "sen_support", "no_sen"),
                suspensions.getBreakdowns().stream().map(b -> b.getId()).toList());
    }

    @Test
    void theCatalogueFiltersByDomainAndCollection() {
        IndicatorPage local = api.get("/api/v1/indicators?collection=local&pageSize=200").as(IndicatorPage.class);
        IndicatorPage shortBreaks = api.get("/api/v1/indicators?domain=short_breaks").as(IndicatorPage.class);

        assertTrue(local.getItems().stream().allMatch(i -> i.getCollection() == Collection.LOCAL));
        for (Indicator indicator : local.getItems()) {
            for (String period : indicator.getPeriods()) {
                IndicatorValues values = api.get("/api/v1/indicators/" + indicator.getId() + "/values?pageSize=200&period="
                        + java.net.URLEncoder.encode(period, java.nio.charset.StandardCharsets.UTF_8)).as(IndicatorValues.class);
                assertTrue(values.getItems().stream().allMatch(v -> v.getSource().startsWith("submitted by ")),
                        "no local figure is shipped: every one was submitted by an area");
            }
        }
        assertEquals(4, shortBreaks.getTotalItems());
    }

    @Test
    void englandsEhcpTimelinessIn2024IsDfesPublished46Point4ComputedFromTheLoadedCounts() {
        IndicatorValues values = api.get("/api/v1/indicators/ehcp-issued-within-20-weeks/values?period=2024").as(IndicatorValues.class);

        Figure england = values.getEngland();
        assertEquals(39407.0, england.getNumerator());
        assertEquals(84866.0, england.getDenominator());
        assertEquals(100.0 * 39407 / 84866, england.getValue(), 1e-9);
        assertEquals("46.4", String.format("%.1f", england.getValue()));
        assertTrue(england.getLower95() < england.getValue() && england.getValue() < england.getUpper95());
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({"ehcp-issued-within-20-weeks, higher_is_better", "send-tribunal-appeal-rate, lower_is_better"})
    void anAreaWhose95IntervalExcludesEnglandIsBetterOrWorseByPolarityAndOtherwiseSimilar(String indicator, String polarity) {
        IndicatorValues values = api.get("/api/v1/indicators/" + indicator + "/values?pageSize=200").as(IndicatorValues.class);
        double england = values.getEngland().getValue();
        boolean higherIsBetter = "higher_is_better".equals(polarity);

        int better = 0;
        int worse = 0;
        for (AreaValue item : values.getItems()) {
            Figure f = item.getFigure();
            if (f.getLower95() == null) {
                continue;
            }
            ComparisonOutcome expected = england < f.getLower95() ? (higherIsBetter ? ComparisonOutcome.BETTER : ComparisonOutcome.WORSE)
                    : england > f.getUpper95() ? (higherIsBetter ? ComparisonOutcome.WORSE : ComparisonOutcome.BETTER)
                    : ComparisonOutcome.SIMILAR;
            assertEquals(expected, item.getComparedWithEngland().getOutcome(), item.getArea().getName());
            assertEquals(ComparisonMethod.CONFIDENCE_INTERVAL, item.getComparedWithEngland().getMethod());
            boolean outside998 = england < f.getLower998() || england > f.getUpper998();
            assertEquals(outside998, item.getComparedWithEngland().getSignificantAt998(), item.getArea().getName());
            better += expected == ComparisonOutcome.BETTER ? 1 : 0;
            worse += expected == ComparisonOutcome.WORSE ? 1 : 0;
        }
        assertTrue(better > 0 && worse > 0, "the data has areas on both sides: better " + better + ", worse " + worse);
    }

    @Test
    void suppressedOrUnavailableFiguresKeepTheirReasonAndAreNeverComparedOrRanked() {
        IndicatorValues values = api.get("/api/v1/indicators/send-tribunal-appeal-rate/values?period=2022&pageSize=200").as(IndicatorValues.class);

        List<AreaValue> withoutValue = values.getItems().stream().filter(i -> i.getFigure().getValue() == null).toList();
        assertFalse(withoutValue.isEmpty(), "2022 has '..' cells in the source");
        for (AreaValue item : withoutValue) {
            assertNotNull(item.getFigure().getMarker(), item.getArea().getName());
            assertTrue(item.getFigure().getMarkerText().contains("'..'"), item.getFigure().getMarkerText());
            assertEquals(ComparisonOutcome.NOT_COMPARED, item.getComparedWithEngland().getOutcome());
            assertTrue(item.getComparedWithEngland().getReason().contains("not available"));
            assertNull(item.getRank());
            assertNull(item.getQuartile());
        }
        long ranked = values.getItems().stream().filter(i -> i.getRank() != null).count();
        assertEquals(ranked, (long) values.getItems().stream().filter(i -> i.getRank() != null).findFirst().get().getRankedOf());
    }

    @Test
    void theSourcesNilIsAZeroButItsNotAvailableIsNot() {
        // In the tribunal table "-" means no appeals were registered (its rate column shows 0.00%).
        IndicatorValues values = api.get("/api/v1/indicators/send-tribunal-appeal-rate/values?period=2014&pageSize=200").as(IndicatorValues.class);

        AreaValue darlington = values.getItems().stream().filter(i -> i.getArea().getName().equals("Darlington")).findFirst().orElseThrow();
        assertEquals(0.0, darlington.getFigure().getValue());
        assertEquals(450.0, darlington.getFigure().getDenominator());
    }

    @Test
    void rankOneIsTheBestValueByPolarityAndTiesShareARank() {
        IndicatorValues values = api.get("/api/v1/indicators/ehcp-issued-within-20-weeks/values?period=2024&pageSize=200").as(IndicatorValues.class);

        List<AreaValue> ranked = values.getItems().stream().filter(i -> i.getRank() != null)
                .sorted(Comparator.comparing(AreaValue::getRank)).toList();
        double best = ranked.stream().mapToDouble(i -> i.getFigure().getValue()).max().orElseThrow();
        assertEquals(best, ranked.get(0).getFigure().getValue());
        long atBest = ranked.stream().filter(i -> i.getFigure().getValue() == best).count();
        assertTrue(atBest > 1, "several authorities issued every plan in time");
        assertTrue(ranked.stream().filter(i -> i.getFigure().getValue() == best).allMatch(i -> i.getRank() == 1));
        assertEquals((int) atBest + 1, (int) ranked.get((int) atBest).getRank());
        assertTrue(ranked.stream().filter(i -> i.getFigure().getValue() == best).allMatch(i -> i.getQuartile() == 1));
        assertTrue(values.getNotice().contains("not a league table"));
    }

    @Test
    void figuresWithoutCountsAreOnlyPlacedNeverCalledBetterOrWorseThanAnEnglandThatIsNotThere() {
        IndicatorValues values = api.get("/api/v1/indicators/suspension-rate/values?breakdown=sen_support&pageSize=200").as(IndicatorValues.class);

        assertNull(values.getEngland(), "this source has no England figure");
        for (AreaValue item : values.getItems()) {
            if (item.getFigure().getValue() == null) {
                continue;
            }
            assertEquals(ComparisonOutcome.NOT_COMPARED, item.getComparedWithEngland().getOutcome());
            assertEquals("Not compared: no England figure for this period", item.getComparedWithEngland().getLabel());
            String quarter = switch (item.getQuartile()) {
                case 1 -> "lowest";
                case 2 -> "second-lowest";
                case 3 -> "second-highest";
                default -> "highest";
            };
            assertEquals("In the " + quarter + " quarter of local authorities", item.getQuartileLabel(), item.getArea().getName());
            assertNull(item.getFigure().getLower95());
        }
    }

    @Test
    void relativeLikelihoodIsTheGroupsFigureOverTheReferenceGroups() {
        String path = "/api/v1/indicators/suspension-rate";
        double support = value(api.get(path + "/values?breakdown=sen_support&pageSize=200").as(IndicatorValues.class), "E09000032");
        double none = value(api.get(path + "/values?breakdown=no_sen&pageSize=200").as(IndicatorValues.class), "E09000032");

        RelativeLikelihoods likelihoods = api.get(path + "/relative-likelihoods?group=sen_support&reference=no_sen&pageSize=200")
                .as(RelativeLikelihoods.class);

        var wandsworth = likelihoods.getItems().stream().filter(i -> i.getArea().getCode().equals("E09000032")).findFirst().orElseThrow();
        assertEquals(support / none, wandsworth.getRatio(), 1e-9);
        assertNull(wandsworth.getLower95(), "no counts, so no interval");
        assertTrue(wandsworth.getReason().contains("no counts"));
    }

    @Test
    void theTribunalTableIsPlacedByNameWhereDfesLaNumbersAreSwapped() {
        // DfE's table gives Nottingham 891 and Nottinghamshire 928; their figures must stay with their names.
        IndicatorValues values = api.get("/api/v1/indicators/send-tribunal-appeal-rate/values?period=2014&pageSize=200").as(IndicatorValues.class);

        AreaValue nottingham = values.getItems().stream().filter(i -> i.getArea().getCode().equals("E06000018")).findFirst().orElseThrow();
        AreaValue nottinghamshire = values.getItems().stream().filter(i -> i.getArea().getCode().equals("E10000024")).findFirst().orElseThrow();
        assertEquals(671.0, nottingham.getFigure().getDenominator());
        assertEquals(1812.0, nottinghamshire.getFigure().getDenominator());
    }

    @Test
    void aReorganisedAuthorityKeepsItsOwnFiguresForTheYearsItExisted() {
        IndicatorValues values2022 = api.get("/api/v1/indicators/ehcp-issued-within-20-weeks/values?period=2022&pageSize=200").as(IndicatorValues.class);
        IndicatorValues values2024 = api.get("/api/v1/indicators/ehcp-issued-within-20-weeks/values?period=2024&pageSize=200").as(IndicatorValues.class);

        assertTrue(values2022.getItems().stream().anyMatch(i -> i.getArea().getCode().equals("E10000006")), "Cumbria in 2022");
        assertTrue(values2024.getItems().stream().noneMatch(i -> i.getArea().getCode().equals("E10000006")), "no Cumbria in 2024");
        assertTrue(values2024.getItems().stream().anyMatch(i -> i.getArea().getCode().equals("E06000063")), "Cumberland in 2024");
    }

    @Test
    void therapyWaitsAreLoadedForEnglandAndEveryIntegratedCareBoardFromTheirCounts() {
        IndicatorValues values = api.get("/api/v1/indicators/therapy-waits-over-18-weeks/values?type=icb&period=2023-01"
                + "&breakdown=community_paediatrics&pageSize=200").as(IndicatorValues.class);

        // England, January 2023: (26676 + 6795) waiting over 18 weeks of 64597.
        assertEquals(26676.0 + 6795.0, values.getEngland().getNumerator());
        assertEquals(64597.0, values.getEngland().getDenominator());
        assertEquals(51.815, values.getEngland().getValue(), 0.001);
        assertEquals(42, values.getTotalItems());
    }

    @Test
    void autismWaitsArePerSubIcbAndComputedFromTheRoundedCounts() {
        IndicatorValues values = api.get("/api/v1/indicators/autism-referrals-open-13-weeks/values?type=sub_icb&period=2022-07&pageSize=200")
                .as(IndicatorValues.class);

        AreaValue northEast = values.getItems().stream().filter(i -> i.getArea().getCode().equals("E38000130")).findFirst().orElseThrow();
        assertEquals(100.0 * 305 / 430, northEast.getFigure().getValue(), 1e-9);
        assertNotNull(northEast.getFigure().getLower95());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "/api/v1/indicators/suspension-rate/values?breakdown=total | breakdown | must be one of: ehc_plan, sen_support, no_sen",
            "/api/v1/indicators/ehcp-caseload/values?period=next%20year | period | must be 'latest' or an academic year like 2023/24",
            "/api/v1/indicators/ehcp-caseload/values?type=nowhere | type | must be one of: country, region, local_authority, icb, sub_icb",
            "/api/v1/indicators/suspension-rate/relative-likelihoods?group=sen_support&reference=everyone | reference | must be one of: ehc_plan, sen_support, no_sen",
            "/api/v1/indicators/Not_An_Id | id | must match \"^[a-z0-9]+(-[a-z0-9]+)*$\""})
    void badParametersAre400ProblemsNamingTheParameter(String path, String field, String message) {
        Api.Reply reply = api.get(path.trim());

        assertEquals(400, reply.status(), reply.body());
        Problem problem = reply.problem();
        assertEquals(field, problem.getErrors().get(0).getField());
        assertEquals(message, problem.getErrors().get(0).getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/indicators/no-such-thing", "/api/v1/indicators/no-such-thing/values"})
    void anUnknownIndicatorIsA404ProblemNamingIt(String path) {
        Api.Reply reply = api.get(path);

        assertEquals(404, reply.status());
        assertTrue(reply.problem().getDetail().contains("'no-such-thing'"));
    }

    @Test
    void valuesAreCachedWithETags() {
        String path = "/api/v1/indicators/ehcp-issued-within-20-weeks/values?period=2024";
        String etag = api.get(path).header("ETag");

        assertEquals(304, api.get(path, "If-None-Match", etag).status());
    }

    private static double value(IndicatorValues values, String code) {
        return values.getItems().stream().filter(i -> i.getArea().getCode().equals(code)).findFirst().orElseThrow()
                .getFigure().getValue();
    }

    private static Indicator find(IndicatorPage page, String id) {
        return page.getItems().stream().filter(i -> i.getId().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no " + id));
    }
}
