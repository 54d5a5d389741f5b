package uk.sendinsight.imports;

import java.util.List;
import java.util.Map;

/**
 * One cell read as a number or as a marker saying why there is none. Source quirks kept verbatim in the
 * files ("1,071", "0.40%", "32.200000000000003", "7.0000000000000007E-2") are read as the numbers they are.
 */
record Cell(Double number, String marker, String markerText) {

    static final Cell EMPTY = new Cell(null, null, null);

    boolean isEmpty() {
        return number == null && marker == null;
    }

    static Cell read(String raw, Map<String, String> markers, List<String> nil, Map<String, Double> booleans) {
        if (raw == null) {
            return EMPTY;
        }
        String text = raw.trim();
        if (text.isEmpty()) {
            return EMPTY;
        }
        if (nil.contains(text)) {
            return new Cell(0.0, null, null);
        }
        if (!booleans.isEmpty() && booleans.containsKey(text)) {
            return new Cell(booleans.get(text), null, null);
        }
        String marker = markers.get(text.toLowerCase(java.util.Locale.ROOT));
        if (marker != null) {
            return new Cell(null, marker, "'" + text + "' in the source: " + marker.replace('_', ' '));
        }
        String number = text.replace(",", "").replace("%", "").trim();
        try {
            return new Cell(Double.parseDouble(number), null, null);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + raw + "' is neither a number nor a known marker");
        }
    }
}
