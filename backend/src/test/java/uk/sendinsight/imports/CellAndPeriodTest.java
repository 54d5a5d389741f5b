package uk.sendinsight.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.sendinsight.periods.Period;
import uk.sendinsight.periods.PeriodType;

class CellAndPeriodTest {

    private static final Map<String, String> MARKERS = Catalogue.read().markers();

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {"1,071 | 1071", "0.40% | 0.4", "32.200000000000003 | 32.2", "7.0000000000000007E-2 | 0.07", " 12 | 12"})
    void sourceQuirksAreReadAsTheNumbersTheyAre(String raw, double expected) {
        assertEquals(expected, Cell.read(raw, MARKERS, List.of(), Map.of()).number(), 1e-12);
    }

    @ParameterizedTest(name = "\"{0}\" means {1}")
    @CsvSource({"c, suppressed", "x, not_available", "..,  not_available", "z, not_applicable", "low, rounds_to_zero", "~, suppressed"})
    void markersAreKeptAsReasonsNotZeros(String raw, String marker) {
        Cell cell = Cell.read(raw, MARKERS, List.of(), Map.of());

        assertNull(cell.number());
        assertEquals(marker, cell.marker());
        assertTrue(cell.markerText().startsWith("'" + raw + "'"));
    }

    @Test
    void aFilesOwnNilIsZeroAndAnythingUnknownStopsTheImport() {
        assertEquals(0.0, Cell.read("-", MARKERS, List.of("-"), Map.of()).number());
        assertThrows(IllegalArgumentException.class, () -> Cell.read("about 12", MARKERS, List.of(), Map.of()));
        assertTrue(Cell.read("", MARKERS, List.of(), Map.of()).isEmpty());
    }

    @Test
    void sourcePeriodsBecomeTheApisPeriods() {
        assertEquals("2024", SourcePeriods.parse("2024", "calendar_year", null).label());
        assertEquals(PeriodType.ACADEMIC_YEAR, SourcePeriods.parse("202425", "academic_year", null).type());
        assertEquals("2024/25", SourcePeriods.parse("202425", "academic_year", null).label());
        Period autumn = SourcePeriods.parse("202324", "academic_year", "Autumn term");
        Period summer = SourcePeriods.parse("202324", "academic_year", "Summer term");
        assertEquals("2023/24 Autumn", autumn.label());
        assertEquals(PeriodType.TERM, autumn.type());
        assertTrue(autumn.order() < summer.order());
        assertEquals("2022", SourcePeriods.parse("2022-08-31", "year_of_date", null).label());
        assertEquals("2023-07", SourcePeriods.parse("01/07/2023", "month", null).label());
        assertEquals("2023-24", SourcePeriods.parse("2023-24", "financial_year", null).label());
        assertThrows(IllegalArgumentException.class, () -> SourcePeriods.parse("202426", "academic_year", null));
        assertThrows(IllegalArgumentException.class, () -> SourcePeriods.parse("next year", "calendar_year", null));
    }
}
