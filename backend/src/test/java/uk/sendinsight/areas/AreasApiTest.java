package uk.sendinsight.areas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.sendinsight.api.model.Area;
import uk.sendinsight.api.model.AreaPage;
import uk.sendinsight.api.model.AreaSummary;
import uk.sendinsight.api.model.AreaType;
import uk.sendinsight.api.model.Closeness;
import uk.sendinsight.api.model.LocalAuthorityKind;
import uk.sendinsight.api.model.Problem;
import uk.sendinsight.api.model.StatisticalNeighbour;
import uk.sendinsight.support.Api;

@MicronautTest
class AreasApiTest {

    @Inject
    Api api;

    @Test
    void all153LocalAuthoritiesCanBeReadPageByPage() {
        List<AreaSummary> all = new ArrayList<>();
        int page = 1;
        AreaPage current;
        do {
            Api.Reply reply = api.get("/api/v1/areas?type=local_authority&pageSize=40&page=" + page);
            assertEquals(200, reply.status(), reply.body());
            current = reply.as(AreaPage.class);
            all.addAll(current.getItems());
            page++;
        } while (page <= current.getTotalPages());

        assertEquals(153, current.getTotalItems());
        assertEquals(4, current.getTotalPages());
        assertEquals(153, all.size());
        assertEquals(153, all.stream().map(AreaSummary::getCode).collect(Collectors.toSet()).size(), "no area repeats across pages");
        assertEquals(153, all.stream().map(AreaSummary::getLaNumber).collect(Collectors.toSet()).size());
        assertTrue(all.stream().allMatch(a -> a.getType() == AreaType.LOCAL_AUTHORITY && a.getRegion() != null && a.getLaKind() != null));
    }

    @Test
    void englandAndItsNineRegionsAreAreasToo() {
        AreaPage regions = api.get("/api/v1/areas?type=region").as(AreaPage.class);
        AreaPage country = api.get("/api/v1/areas?type=country").as(AreaPage.class);

        assertEquals(9, regions.getTotalItems());
        assertEquals(List.of("E92000001"), country.getItems().stream().map(AreaSummary::getCode).toList());
        assertEquals("England", country.getItems().get(0).getName());

        Area london = api.get("/api/v1/areas/E12000007").as(Area.class);
        assertEquals("London", london.getName());
        assertEquals("E92000001", london.getParent().getCode());
        assertTrue(london.getStatisticalNeighbours().isEmpty());
    }

    @Test
    void regionFilterGivesTheAuthoritiesOfThatRegion() {
        AreaPage london = api.get("/api/v1/areas?type=local_authority&region=E12000007&pageSize=200").as(AreaPage.class);

        assertEquals(33, london.getTotalItems());
        assertTrue(london.getItems().stream().allMatch(a -> "E12000007".equals(a.getRegion().getCode())));
        Map<LocalAuthorityKind, Long> kinds = london.getItems().stream()
                .collect(Collectors.groupingBy(AreaSummary::getLaKind, Collectors.counting()));
        assertEquals(Map.of(LocalAuthorityKind.INNER_LONDON_BOROUGH, 14L, LocalAuthorityKind.OUTER_LONDON_BOROUGH, 19L), kinds);
    }

    @ParameterizedTest(name = "{1} has {2} local authorities")
    @CsvSource({
            "E12000001, North East,               12",
            "E12000002, North West,               24",
            "E12000003, Yorkshire and The Humber, 15",
            "E12000004, East Midlands,            10",
            "E12000005, West Midlands,            14",
            "E12000006, East of England,          11",
            "E12000007, London,                   33",
            "E12000008, South East,               19",
            "E12000009, South West,               15"})
    void eachRegionHasTheAuthoritiesDfePublishesForIt(String code, String name, int authorities) {
        AreaPage region = api.get("/api/v1/areas?type=local_authority&pageSize=1&region=" + code).as(AreaPage.class);

        assertEquals(authorities, region.getTotalItems());
        assertEquals(name, api.get("/api/v1/areas/" + code).as(Area.class).getName());
    }

    @Test
    void wandsworthHasItsTenDfeStatisticalNeighboursClosestFirst() {
        Api.Reply reply = api.get("/api/v1/areas/E09000032");

        assertEquals(200, reply.status());
        Area wandsworth = reply.as(Area.class);
        assertEquals("Wandsworth", wandsworth.getName());
        assertEquals("212", wandsworth.getLaNumber());
        assertEquals(LocalAuthorityKind.INNER_LONDON_BOROUGH, wandsworth.getLaKind());
        assertEquals("E12000007", wandsworth.getRegion().getCode());
        List<StatisticalNeighbour> neighbours = wandsworth.getStatisticalNeighbours();
        assertEquals(10, neighbours.size());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), neighbours.stream().map(StatisticalNeighbour::getRank).toList());
        // sn_may_2025.xlsx row 212: 205, 314, 315, 208, 209, 302, 870, 801, 846, 305
        assertEquals(List.of("205", "314", "315", "208", "209", "302", "870", "801", "846", "305"),
                neighbours.stream().map(StatisticalNeighbour::getLaNumber).toList());
        assertEquals("Hammersmith and Fulham", neighbours.get(0).getName());
        assertEquals(Closeness.CLOSE, neighbours.get(0).getCloseness());
        assertEquals(Closeness.SOMEWHAT_CLOSE, neighbours.get(9).getCloseness());
        assertTrue(wandsworth.getStatisticalNeighbourModel().contains("2025"));
    }

    @Test
    void theDfeLaNumberResolvesToTheSameArea() {
        Area byNumber = api.get("/api/v1/areas/212").as(Area.class);
        Area byCode = api.get("/api/v1/areas/E09000032").as(Area.class);

        assertEquals("E09000032", byNumber.getCode());
        assertEquals(byCode.getStatisticalNeighbours(), byNumber.getStatisticalNeighbours());
    }

    @ParameterizedTest(name = "{1} and {2} are both {0}")
    @CsvSource({
            "Buckinghamshire, E10000002, E06000060, 825",
            "North Yorkshire, E10000023, E06000065, 815",
            "Somerset,        E10000027, E06000066, 933"})
    void oldCountyCodesDfeStillUsesResolveToTheReorganisedUnitaryAuthority(String name, String dfeCode, String onsCode, String laNumber) {
        Area byDfeCode = api.get("/api/v1/areas/" + dfeCode).as(Area.class);
        Area byOnsCode = api.get("/api/v1/areas/" + onsCode).as(Area.class);

        assertEquals(name, byOnsCode.getName());
        assertEquals(onsCode, byDfeCode.getCode());
        assertEquals(onsCode, byOnsCode.getCode());
        assertEquals(laNumber, byOnsCode.getLaNumber());
        assertEquals(List.of(dfeCode), byOnsCode.getOtherCodes());
        assertEquals(LocalAuthorityKind.UNITARY_AUTHORITY, byOnsCode.getLaKind());
        assertEquals(10, byDfeCode.getStatisticalNeighbours().size());
    }

    @Test
    void nhsIntegratedCareBoardsAndSubIcbLocationsAreAreasResolvableByTheirNhsCodes() {
        AreaPage boards = api.get("/api/v1/areas?type=icb").as(AreaPage.class);
        AreaPage locations = api.get("/api/v1/areas?type=sub_icb&pageSize=200").as(AreaPage.class);
        Area location = api.get("/api/v1/areas/00L").as(Area.class);

        assertEquals(42, boards.getTotalItems());
        assertEquals(106, locations.getTotalItems());
        assertEquals("E38000130", location.getCode());
        assertEquals(AreaType.SUB_ICB, location.getType());
        assertEquals("E54000050", location.getParent().getCode());
    }

    @Test
    void reorganisedAuthoritiesAreNotListedButStillResolve() {
        AreaPage cumbria = api.get("/api/v1/areas?q=cumbria&type=local_authority").as(AreaPage.class);

        assertEquals(List.of(), cumbria.getItems());
        Area former = api.get("/api/v1/areas/E10000006").as(Area.class);
        assertEquals("Cumbria", former.getName());
        assertEquals(java.time.LocalDate.of(2023, 3, 31), former.getAbolished());
        assertTrue(former.getSuccessors().contains("Cumberland (E06000063)"), former.getSuccessors());
    }

    @Test
    void codesAreMatchedWhateverTheirCase() {
        assertEquals("Wandsworth", api.get("/api/v1/areas/e09000032").as(Area.class).getName());
    }

    @Test
    void everyLocalAuthorityHasTenDistinctNeighboursThatAreOtherEnglishAuthorities() {
        AreaPage all = api.get("/api/v1/areas?type=local_authority&pageSize=200").as(AreaPage.class);
        Set<String> authorities = all.getItems().stream().map(AreaSummary::getCode).collect(Collectors.toSet());

        for (AreaSummary authority : all.getItems()) {
            List<StatisticalNeighbour> neighbours = api.get("/api/v1/areas/" + authority.getCode()).as(Area.class).getStatisticalNeighbours();
            Set<String> codes = new HashSet<>();
            neighbours.forEach(n -> codes.add(n.getCode()));
            assertEquals(10, codes.size(), authority.getName());
            assertTrue(authorities.containsAll(codes), authority.getName());
            assertTrue(!codes.contains(authority.getCode()), authority.getName() + " is not its own neighbour");
        }
    }

    @Test
    void anUnknownAreaIsA404ProblemNamingTheCode() {
        Api.Reply reply = api.get("/api/v1/areas/NOPE");

        assertEquals(404, reply.status());
        assertEquals("application/problem+json", reply.contentType());
        Problem problem = reply.problem();
        assertEquals(404, problem.getStatus());
        assertEquals("Not Found", problem.getTitle());
        assertTrue(problem.getDetail().contains("'NOPE'"), problem.getDetail());
        assertEquals("/api/v1/areas/NOPE", problem.getInstance());
    }

    @Test
    void nameSearchIsCaseInsensitiveAndCombinesWithOtherFilters() {
        AreaPage found = api.get("/api/v1/areas?q=WANDS&type=local_authority&region=E12000007").as(AreaPage.class);

        assertEquals(List.of("Wandsworth"), found.getItems().stream().map(AreaSummary::getName).toList());
    }

    @Test
    void searchWildcardsAreTakenLiterally() {
        Api.Reply reply = api.get("/api/v1/areas?q=%25");

        assertEquals(200, reply.status());
        assertEquals(0, reply.as(AreaPage.class).getTotalItems());
    }

    @Test
    void filtersThatMatchNothingGiveAnEmptyPageNotAnError() {
        Api.Reply reply = api.get("/api/v1/areas?type=icb&q=wandsworth");
        Api.Reply beyondTheLastPage = api.get("/api/v1/areas?page=99");

        assertEquals(200, reply.status());
        assertEquals(List.of(), reply.as(AreaPage.class).getItems());
        assertEquals(200, beyondTheLastPage.status());
        assertEquals(List.of(), beyondTheLastPage.as(AreaPage.class).getItems());
    }

    @ParameterizedTest(name = "?{0} is rejected naming {1}")
    @CsvSource(delimiter = '|', value = {
            "type=bogus      | type     | must be one of: country, region, local_authority, icb, sub_icb",
            "pageSize=0      | pageSize | must be greater than or equal to 1",
            "pageSize=201    | pageSize | must be less than or equal to 200",
            "pageSize=ten    | pageSize | must be a whole number",
            "page=0          | page     | must be greater than or equal to 1",
            "region=London   | region   | must match \"^E12[0-9]{6}$\"",
            "q=              | q        | size must be between 1 and 100"})
    void anInvalidQueryParameterIsA400ProblemNamingIt(String query, String field, String message) {
        Api.Reply reply = api.get("/api/v1/areas?" + query);

        assertEquals(400, reply.status(), reply.body());
        assertEquals("application/problem+json", reply.contentType());
        Problem problem = reply.problem();
        assertEquals(400, problem.getStatus());
        assertEquals(1, problem.getErrors().size(), reply.body());
        assertEquals(field, problem.getErrors().get(0).getField());
        assertEquals(message, problem.getErrors().get(0).getMessage());
        assertTrue(problem.getDetail().contains(field));
        assertNull(reply.header("ETag"), "errors are not cached");
    }
}
