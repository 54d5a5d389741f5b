package uk.sendinsight.imports;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.sendinsight.periods.Period;
import uk.sendinsight.periods.PeriodType;

/**
 * Reads a source file's period cell, in the form the file writes it (Explore Education Statistics' {@code 202324},
 * a date, a term column beside the year), as a {@link Period} of the API's period types.
 */
final class SourcePeriods {

    private static final Pattern EES_ACADEMIC = Pattern.compile("(\\d{4})(\\d{2})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-\\d{2}");
    private static final Pattern UK_DATE = Pattern.compile("\\d{2}/(\\d{2})/(\\d{4})");
    private static final List<String> TERMS = List.of("Autumn", "Spring", "Summer");

    private SourcePeriods() {
    }

    /**
     * @param format how the file writes periods: {@code calendar_year}, {@code academic_year} (EES {@code 202324}, with
     *               {@code term} from a term column), {@code financial_year} ({@code 2023-24}), {@code year_of_date}
     *               (the calendar year of a date) or {@code month} (the month of an ISO or UK date)
     */
    static Period parse(String cell, String format, String term) {
        String text = cell.trim();
        return switch (format) {
            case "calendar_year" -> PeriodType.CALENDAR_YEAR.require(text);
            case "financial_year" -> PeriodType.FINANCIAL_YEAR.require(text);
            case "academic_year" -> {
                Matcher ees = EES_ACADEMIC.matcher(text);
                require(ees.matches(), text, "academic year (YYYYYY)");
                String year = ees.group(1) + "/" + ees.group(2);
                if (term == null) {
                    yield PeriodType.ACADEMIC_YEAR.require(year);
                }
                String termName = term.replace(" term", "").trim();
                require(TERMS.contains(termName), term, "term");
                yield PeriodType.TERM.require(year + " " + termName);
            }
            case "year_of_date" -> {
                Matcher iso = ISO_DATE.matcher(text);
                require(iso.matches(), text, "date (YYYY-MM-DD)");
                yield PeriodType.CALENDAR_YEAR.require(iso.group(1));
            }
            case "month" -> {
                Matcher iso = ISO_DATE.matcher(text);
                Matcher uk = UK_DATE.matcher(text);
                if (iso.matches()) {
                    yield PeriodType.MONTH.require(iso.group(1) + "-" + iso.group(2));
                }
                require(uk.matches(), text, "date for a month");
                yield PeriodType.MONTH.require(uk.group(2) + "-" + uk.group(1));
            }
            default -> throw new IllegalArgumentException("Unknown period format '" + format + "'");
        };
    }

    private static void require(boolean ok, String text, String format) {
        if (!ok) {
            throw new IllegalArgumentException("'" + text + "' is not a " + format);
        }
    }
}
