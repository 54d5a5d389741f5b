package uk.sendinsight.submissions;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.sendinsight.imports.Periods;

/** Reads a submitted period in its indicator's format and says when the period starts. */
final class SubmissionPeriods {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
    private static final Pattern ACADEMIC = Pattern.compile("(\\d{4})/(\\d{2})");
    private static final Pattern CALENDAR = Pattern.compile("\\d{4}");

    private SubmissionPeriods() {
    }

    /** The day the period begins, if the text is a period of this type. */
    static Optional<LocalDate> start(String period, String periodType) {
        Matcher m;
        switch (periodType) {
            case "quarter" -> {
                m = QUARTER.matcher(period);
                return m.matches() ? Optional.of(LocalDate.of(year(m), (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1)) : Optional.empty();
            }
            case "month" -> {
                m = MONTH.matcher(period);
                return m.matches() ? Optional.of(LocalDate.of(year(m), Integer.parseInt(m.group(2)), 1)) : Optional.empty();
            }
            case "academic_year" -> {
                m = ACADEMIC.matcher(period);
                return m.matches() && (year(m) + 1) % 100 == Integer.parseInt(m.group(2))
                        ? Optional.of(LocalDate.of(year(m), 9, 1)) : Optional.empty();
            }
            case "calendar_year" -> {
                return CALENDAR.matcher(period).matches() ? Optional.of(LocalDate.of(Integer.parseInt(period), 1, 1)) : Optional.empty();
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    static String example(String periodType) {
        return switch (periodType) {
            case "quarter" -> "2025-Q2";
            case "month" -> "2025-06";
            case "academic_year" -> "2024/25";
            default -> "2024";
        };
    }

    static int order(String period) {
        return Periods.order(period);
    }

    private static int year(Matcher m) {
        return Integer.parseInt(m.group(1));
    }
}
