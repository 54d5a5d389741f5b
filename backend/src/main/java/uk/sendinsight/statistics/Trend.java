package uk.sendinsight.statistics;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The recent trend of an indicator in one area.
 *
 * @param outcome    the trend label
 * @param method     how the trend was tested, in plain words
 * @param reason     why it cannot be calculated; present exactly when the outcome is
 *                   {@link TrendOutcome#CANNOT_BE_CALCULATED}
 * @param note       anything else the reader should know (the direction did not hold; a 0% point)
 * @param chiSquared the test statistic (1 degree of freedom), when the test was run
 * @param periods    the periods tested, oldest first (empty when it could not be run)
 */
public record Trend(TrendOutcome outcome, String method, Optional<String> reason, Optional<String> note,
                    OptionalDouble chiSquared, List<String> periods) {

    public Trend {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(chiSquared, "chiSquared");
        periods = List.copyOf(periods);
        boolean cannot = outcome == TrendOutcome.CANNOT_BE_CALCULATED;
        if (cannot != reason.isPresent() || cannot == chiSquared.isPresent()) {
            throw new IllegalArgumentException("a trend has a reason when it cannot be calculated, and a χ² otherwise");
        }
    }

    /** The trend as a reader sees it, e.g. "Increasing and getting worse". */
    public String text() {
        return outcome.text();
    }

    /** How many points the test used: five, or none. */
    public int pointsUsed() {
        return outcome == TrendOutcome.CANNOT_BE_CALCULATED ? 0 : periods.size();
    }

    public static Trend cannotBeCalculated(String method, String reason) {
        return new Trend(TrendOutcome.CANNOT_BE_CALCULATED, method, Optional.of(reason), Optional.empty(), OptionalDouble.empty(),
                List.of());
    }
}
