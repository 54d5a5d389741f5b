package uk.sendinsight.imports;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a source file's period cell into the API's period label and a sort key. */
public final class Periods {

    private static final Pattern EES_ACADEMIC = Pattern.compile("(\\d{4})(\\d{2})");
    private static final Pattern ACADEMIC = Pattern.compile("(\\d{4})/(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-\\d{2}");
    private static final Pattern UK_DATE = Pattern.compile("\\d{2}/(\\d{2})/(\\d{4})");
    private static final List<String> TERMS = List.of("Autumn", "Spring", "Summer");

    /** A period label ("2024", "2023/24", "2023/24 Autumn") and its chronological order. */
    public record Period(String label, int order) {
    }

    private Periods() {
    }

    static Period parse(String cell, String format, String term) {
        String text = cell.trim();
        return switch (format) {
            case "calendar_year" -> {
                require(YEAR.matcher(text).matches(), text, format);
                yield new Period(text, Integer.parseInt(text) * 10);
            }
            case "academic_year" -> {
                Matcher ees = EES_ACADEMIC.matcher(text);
                require(ees.matches(), text, format);
                int start = Integer.parseInt(ees.group(1));
                require((start + 1) % 100 == Integer.parseInt(ees.group(2)), text, format);
                String label = start + "/" + ees.group(2);
                if (term == null) {
                    yield new Period(label, start * 10);
                }
                String termName = term.replace(" term", "").trim();
                require(TERMS.contains(termName), term, "term");
                yield new Period(label + " " + termName, start * 10 + TERMS.indexOf(termName) + 1);
            }
            case "year_of_date" -> {
                Matcher iso = ISO_DATE.matcher(text);
                require(iso.matches(), text, "date (YYYY-MM-DD)");
                yield new Period(iso.group(1), Integer.parseInt(iso.group(1)) * 10);
            }
            case "month" -> {
                Matcher iso = ISO_DATE.matcher(text);
                Matcher uk = UK_DATE.matcher(text);
                if (iso.matches()) {
                    yield month(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)));
                }
                require(uk.matches(), text, "date for a month");
                yield month(Integer.parseInt(uk.group(2)), Integer.parseInt(uk.group(1)));
            }
            default -> throw new IllegalArgumentException("Unknown period format '" + format + "'");
        };
    }

    private static Period month(int year, int month) {
        require(month >= 1 && month <= 12, year + "-" + month, "month");
        return new Period(String.format("%04d-%02d", year, month), year * 100 + month);
    }

    /** The sort key of a period label as the API shows it, or -1 if the label is not in a known format. */
    public static int order(String label) {
        if (YEAR.matcher(label).matches()) {
            return Integer.parseInt(label) * 10;
        }
        Matcher quarter = QUARTER.matcher(label);
        if (quarter.matches()) {
            return Integer.parseInt(quarter.group(1)) * 10 + Integer.parseInt(quarter.group(2));
        }
        Matcher month = MONTH.matcher(label);
        if (month.matches()) {
            int m = Integer.parseInt(month.group(2));
            return m >= 1 && m <= 12 ? Integer.parseInt(month.group(1)) * 100 + m : -1;
        }
        String[] parts = label.split(" ", 2);
        Matcher academic = ACADEMIC.matcher(parts[0]);
        if (!academic.matches()) {
            return -1;
        }
        int start = Integer.parseInt(academic.group(1));
        if (parts.length == 1) {
            return start * 10;
        }
        int term = TERMS.indexOf(parts[1]);
        return term < 0 ? -1 : start * 10 + term + 1;
    }

    private static void require(boolean ok, String text, String format) {
        if (!ok) {
            throw new IllegalArgumentException("'" + text + "' is not a " + format);
        }
    }
}
