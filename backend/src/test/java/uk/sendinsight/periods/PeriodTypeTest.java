package uk.sendinsight.periods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.Yaml;

class PeriodTypeTest {

    private static final java.util.List<String> PROBES = java.util.List.of("2023/24", "2023-24", "2024", "2024-Q1", "2024-Q5",
            "2024-03", "2024-13", "2024-00", "2023/24 Autumn", "2023/24 Winter", "January 2025", "Jan 2025", "2023/2024",
            "24", "2024-Q", " 2024", "2024/25 Summer ", "December 1999");

    @Test
    @SuppressWarnings("unchecked")
    void everyPeriodTypeOfTheContractIsHereWithTheContractsPatternAndExample() throws IOException {
        Map<String, Object> contract;
        try (Reader reader = Files.newBufferedReader(Path.of("../openapi.yaml"))) {
            contract = new Yaml().load(reader);
        }
        var schemas = (Map<String, Object>) ((Map<String, Object>) contract.get("components")).get("schemas");
        var periodType = (Map<String, Object>) schemas.get("PeriodType");
        var formats = (Map<String, Map<String, String>>) periodType.get("x-period-formats");

        assertEquals(periodType.get("enum"), PeriodType.all().stream().map(PeriodType::id).toList());
        for (PeriodType type : PeriodType.all()) {
            var format = formats.get(type.id());
            assertEquals(format.get("example"), type.example(), type.id());
            assertTrue(type.parse(type.example()).isPresent(), type.id() + " reads its own example");
            assertTrue(type.example().matches(format.get("pattern")), type.id() + "'s example fits the contract's pattern");
            for (String probe : PROBES) {
                assertEquals(probe.matches(format.get("pattern")), type.pattern().matcher(probe).matches(),
                        type.id() + " and the contract disagree about the form of '" + probe + "'");
            }
        }
    }

    @ParameterizedTest(name = "{0} {1} runs from {2} to {3}")
    @CsvSource({
        "academic_year, 2023/24, 2023-09-01, 2024-08-31",
        "financial_year, 2023-24, 2023-04-01, 2024-03-31",
        "calendar_year, 2024, 2024-01-01, 2024-12-31",
        "quarter, 2024-Q1, 2024-01-01, 2024-03-31",
        "quarter, 2024-Q4, 2024-10-01, 2024-12-31",
        "month, 2024-02, 2024-02-01, 2024-02-29",
        "term, 2023/24 Autumn, 2023-09-01, 2023-12-31",
        "term, 2023/24 Spring, 2024-01-01, 2024-03-31",
        "term, 2023/24 Summer, 2024-04-01, 2024-08-31",
        "snapshot, January 2025, 2025-01-01, 2025-01-31"})
    void eachPeriodCoversTheDaysItsTypeSays(String type, String label, LocalDate start, LocalDate end) {
        Period period = PeriodType.of(type).require(label);

        assertEquals(start, period.start());
        assertEquals(end, period.end());
    }

    @ParameterizedTest(name = "after {1} comes {2}")
    @CsvSource({
        "academic_year, 2023/24, 2024/25", "academic_year, 1999/00, 2000/01", "financial_year, 2023-24, 2024-25",
        "calendar_year, 2024, 2025", "quarter, 2024-Q4, 2025-Q1", "month, 2024-12, 2025-01",
        "term, 2023/24 Autumn, 2023/24 Spring", "term, 2023/24 Summer, 2024/25 Autumn", "snapshot, January 2024, January 2025"})
    void theNextPeriodFollowsWithNoGap(String type, String label, String next) {
        Period period = PeriodType.of(type).require(label);

        assertEquals(next, period.next().label());
        assertEquals(period, period.next().previous());
        assertTrue(period.next().follows(period));
        assertFalse(period.next().next().follows(period));
    }

    @ParameterizedTest(name = "{0} refuses {1}")
    @CsvSource({"academic_year, 2023/25", "academic_year, 2023-24", "financial_year, 2023/24", "financial_year, 2023-25",
        "calendar_year, 24", "quarter, 2024-Q5", "month, 2024-13", "month, 2023-24x", "term, 2023/24 Winter", "snapshot, Jan 2025"})
    void aLabelOfAnotherFormIsNotAPeriodOfTheType(String type, String label) {
        assertTrue(PeriodType.of(type).parse(label).isEmpty());
    }

    @Test
    void periodsOfDifferentKindsNeverSortEqualUnlessTheyCoverTheSameMonths() {
        int quarter = PeriodType.QUARTER.require("2024-Q1").order();
        int autumn = PeriodType.TERM.require("2024/25 Autumn").order();
        int academicYear = PeriodType.ACADEMIC_YEAR.require("2024/25").order();
        int calendarYear = PeriodType.CALENDAR_YEAR.require("2024").order();

        assertTrue(quarter < calendarYear, "a quarter before the year that starts with it");
        assertTrue(calendarYear < autumn);
        assertTrue(autumn < academicYear, "the autumn term before the academic year it starts");
        assertTrue(PeriodType.TERM.require("2023/24 Summer").order() < autumn);
    }

    @Test
    void messagesNameTheFormWanted() {
        assertEquals("an academic year like 2023/24", PeriodType.ACADEMIC_YEAR.describe());
        assertEquals("a financial year like 2023-24", PeriodType.FINANCIAL_YEAR.describe());
    }
}
