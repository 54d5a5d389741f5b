package uk.sendinsight.periods;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every kind of period the contract names ({@code PeriodType} in openapi.yaml, whose {@code x-period-formats} this
 * mirrors, checked by a test): how each is written, parsed, ordered and described, and which period holds a day, so
 * which one follows which.
 */
public enum PeriodType {

    /** September to August: {@code 2023/24}. */
    ACADEMIC_YEAR("academic_year", "2023/24", "academic year", "([0-9]{4})/([0-9]{2})") {
        @Override
        Optional<Period> read(Matcher m, String label) {
            int start = year(m);
            return endsNextYear(start, m.group(2)) ? Optional.of(period(label, LocalDate.of(start, 9, 1), 12)) : Optional.empty();
        }

        @Override
        public Period containing(LocalDate day) {
            return require(twoYears(day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1, "/"));
        }
    },
    /** April to March: {@code 2023-24}. */
    FINANCIAL_YEAR("financial_year", "2023-24", "financial year", "([0-9]{4})-([0-9]{2})") {
        @Override
        Optional<Period> read(Matcher m, String label) {
            int start = year(m);
            return endsNextYear(start, m.group(2)) ? Optional.of(period(label, LocalDate.of(start, 4, 1), 12)) : Optional.empty();
        }

        @Override
        public Period containing(LocalDate day) {
            return require(twoYears(day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1, "-"));
        }
    },
    /** January to December: {@code 2024}. */
    CALENDAR_YEAR("calendar_year", "2024", "calendar year", "([0-9]{4})") {
        @Override
        Optional<Period> read(Matcher m, String label) {
            return Optional.of(period(label, LocalDate.of(year(m), 1, 1), 12));
        }

        @Override
        public Period containing(LocalDate day) {
            return require(String.format("%04d", day.getYear()));
        }
    },
    /** A calendar quarter, Q1 being January to March: {@code 2024-Q1}. */
    QUARTER("quarter", "2024-Q1", "quarter", "([0-9]{4})-Q([1-4])") {
        @Override
        Optional<Period> read(Matcher m, String label) {
            return Optional.of(period(label, LocalDate.of(year(m), (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1), 3));
        }

        @Override
        public Period containing(LocalDate day) {
            return require(String.format("%04d-Q%d", day.getYear(), (day.getMonthValue() - 1) / 3 + 1));
        }
    },
    /** A calendar month: {@code 2024-03}. */
    MONTH("month", "2024-03", "month", "([0-9]{4})-(0[1-9]|1[0-2])") {
        @Override
        Optional<Period> read(Matcher m, String label) {
            return Optional.of(period(label, LocalDate.of(year(m), Integer.parseInt(m.group(2)), 1), 1));
        }

        @Override
        public Period containing(LocalDate day) {
            return require(String.format("%04d-%02d", day.getYear(), day.getMonthValue()));
        }
    },
    /** A school term: {@code 2023/24 Autumn} (September to December), Spring (January to March), Summer (April to August). */
    TERM("term", "2023/24 Autumn", "term", "([0-9]{4})/([0-9]{2}) (Autumn|Spring|Summer)") {
        @Override
        Optional<Period> read(Matcher m, String label) {
            int start = year(m);
            if (!endsNextYear(start, m.group(2))) {
                return Optional.empty();
            }
            return Optional.of(switch (m.group(3)) {
                case "Autumn" -> period(label, LocalDate.of(start, 9, 1), 4);
                case "Spring" -> period(label, LocalDate.of(start + 1, 1, 1), 3);
                default -> period(label, LocalDate.of(start + 1, 4, 1), 5);
            });
        }

        @Override
        public Period containing(LocalDate day) {
            int month = day.getMonthValue();
            String year = twoYears(month >= 9 ? day.getYear() : day.getYear() - 1, "/");
            return require(year + (month >= 9 ? " Autumn" : month <= 3 ? " Spring" : " Summer"));
        }
    },
    /** A census month, such as the January school census, taken once a year: {@code January 2025}. */
    SNAPSHOT("snapshot", "January 2025", "census month",
            "(January|February|March|April|May|June|July|August|September|October|November|December) ([0-9]{4})") {
        @Override
        Optional<Period> read(Matcher m, String label) {
            Month month = Month.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            return Optional.of(period(label, LocalDate.of(Integer.parseInt(m.group(2)), month, 1), 1));
        }

        @Override
        public Period containing(LocalDate day) {
            return require(day.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + day.getYear());
        }

        @Override
        Period next(Period period) {
            return containing(period.start().plusYears(1));
        }

        @Override
        Period previous(Period period) {
            return containing(period.start().minusYears(1));
        }
    };

    private final String id;
    private final String example;
    private final String noun;
    private final Pattern pattern;

    PeriodType(String id, String example, String noun, String pattern) {
        this.id = id;
        this.example = example;
        this.noun = noun;
        this.pattern = Pattern.compile(pattern);
    }

    /** The contract's name, e.g. {@code academic_year}. */
    public String id() {
        return id;
    }

    /** A period of this type as the API writes it, e.g. {@code 2023/24}. */
    public String example() {
        return example;
    }

    /** The form a label of this type has (it must match the whole label). */
    public Pattern pattern() {
        return pattern;
    }

    /** For messages: "an academic year like 2023/24". */
    public String describe() {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun + " like " + example;
    }

    /** The type the contract calls {@code id}. */
    public static PeriodType of(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown period type '" + id + "'"));
    }

    public static List<PeriodType> all() {
        return List.of(values());
    }

    /** The period a label names, if the label is a period of this type. */
    public Optional<Period> parse(String label) {
        if (label == null) {
            return Optional.empty();
        }
        Matcher m = pattern.matcher(label);
        return m.matches() ? read(m, label) : Optional.empty();
    }

    /** As {@link #parse}, but a label of another form is refused, naming the form expected. */
    public Period require(String label) {
        return parse(label).orElseThrow(() -> new IllegalArgumentException("'" + label + "' is not " + describe()));
    }

    /** The period of this type that includes {@code day}. */
    public abstract Period containing(LocalDate day);

    abstract Optional<Period> read(Matcher m, String label);

    Period next(Period period) {
        return containing(period.end().plusDays(1));
    }

    Period previous(Period period) {
        return containing(period.start().minusDays(1));
    }

    Period period(String label, LocalDate start, int months) {
        return new Period(this, label, start, start.plusMonths(months).minusDays(1));
    }

    private static int year(Matcher m) {
        return Integer.parseInt(m.group(1));
    }

    private static boolean endsNextYear(int start, String end) {
        return (start + 1) % 100 == Integer.parseInt(end);
    }

    private static String twoYears(int start, String separator) {
        return String.format("%04d%s%02d", start, separator, (start + 1) % 100);
    }
}
