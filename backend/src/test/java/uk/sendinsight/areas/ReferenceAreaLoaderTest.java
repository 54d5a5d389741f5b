package uk.sendinsight.areas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferenceAreaLoaderTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({
            "Extremely Close, extremely_close",
            "Extremely close, extremely_close",
            "Very Close,      very_close",
            "Very close,      very_close",
            "Close,           close",
            "Somewhat close,  somewhat_close",
            "Not close,       not_close"})
    void closenessBandsAreReadWhateverTheSpreadsheetsCapitalisation(String band, String expected) {
        assertEquals(expected, ReferenceAreaLoader.closeness(band, "212"));
    }

    @Test
    void aBlankOrUnknownClosenessBandStopsTheLoad() {
        IllegalStateException blank = assertThrows(IllegalStateException.class, () -> ReferenceAreaLoader.closeness("-", "942"));
        assertEquals("data/neighbours/dfe_statistical_neighbours_2025.csv: unknown closeness '-' for LA 942", blank.getMessage());
    }
}
