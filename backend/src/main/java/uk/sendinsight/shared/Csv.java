package uk.sendinsight.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds RFC 4180 CSV. Text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or
 * carriage return) is prefixed with an apostrophe; numbers are written as numbers.
 */
public final class Csv {

    private final StringBuilder out = new StringBuilder();

    public Csv(String... header) {
        row((Object[]) header);
    }

    public Csv row(Object... cells) {
        List<String> written = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            written.add(cell(cell));
        }
        out.append(String.join(",", written)).append("\r\n");
        return this;
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
