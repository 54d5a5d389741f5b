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
    void periodsGetTheApisLabelsAndSortChronologically() {
        assertEquals(new Periods.Period("2024", 20240), Periods.parse("2024", "calendar_year", null));
        assertEquals(new Periods.Period("2024/25", 20240), Periods.parse("202425", "academic_year", null));
        Periods.Period autumn = Periods.parse("202324", "academic_year", "Autumn term");
        Periods.Period summer = Periods.parse("202324", "academic_year", "Summer term");
        assertEquals("2023/24 Autumn", autumn.label());
        assertTrue(autumn.order() < summer.order());
        assertEquals(summer.order(), Periods.order("2023/24 Summer"));
        assertThrows(IllegalArgumentException.class, () -> Periods.parse("202426", "academic_year", null));
        assertEquals(-1, Periods.order("next year"));
    }
}
