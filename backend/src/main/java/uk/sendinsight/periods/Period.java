package uk.sendinsight.periods;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Objects;

/**
 * One period of a {@link PeriodType}, with the days it covers.
 *
 * @param label as the API writes it, e.g. {@code 2023/24 Autumn}
 * @param start the first day
 * @param end   the last day
 */
public record Period(PeriodType type, String label, LocalDate start, LocalDate end) implements Comparable<Period> {

    private static final Comparator<Period> CHRONOLOGICAL = Comparator.comparing(Period::start).thenComparing(Period::end);

    public Period {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("a period ends after it starts: " + label);
        }
    }

    /**
     * A whole-number sort key, stored beside each figure: periods sort by the month they start, then by length, so
     * periods of different types never tie unless they cover the same months.
     */
    public int order() {
        int startMonth = start.getYear() * 12 + start.getMonthValue() - 1;
        return startMonth * 100 + (int) ChronoUnit.MONTHS.between(start, end.plusDays(1));
    }

    /** The period straight after this one, of the same type. */
    public Period next() {
        return type.next(this);
    }

    /** The period straight before this one, of the same type. */
    public Period previous() {
        return type.previous(this);
    }

    /** Whether this period comes straight after {@code previous}, with no period between. */
    public boolean follows(Period previous) {
        return previous.type() == type && previous.next().equals(this);
    }

    @Override
    public int compareTo(Period other) {
        return CHRONOLOGICAL.compare(this, other);
    }

    @Override
    public String toString() {
        return label;
    }
}
