package uk.sendinsight.statistics;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The recent trend of an indicator in one area.
 *
 * @param outcome    the trend label
 * @param method     how the trend was tested, for showing beside the result
 * @param reason     why it cannot be calculated; present exactly when the outcome is
 *                   {@link TrendOutcome#CANNOT_BE_CALCULATED}
 * @param chiSquared the χ² statistic (1 degree of freedom) of the test, when it was run
 */
public record Trend(TrendOutcome outcome, String method, Optional<String> reason, OptionalDouble chiSquared) {

    public Trend {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(chiSquared, "chiSquared");
        boolean cannot = outcome == TrendOutcome.CANNOT_BE_CALCULATED;
        if (cannot != reason.isPresent() || cannot == chiSquared.isPresent()) {
            throw new IllegalArgumentException("a trend has a reason when it cannot be calculated, and a χ² otherwise");
        }
    }

    /** The trend as a reader sees it, e.g. "Increasing and getting worse". */
    public String text() {
        return outcome.text();
    }

    static Trend cannotBeCalculated(String method, String reason) {
        return new Trend(TrendOutcome.CANNOT_BE_CALCULATED, method, Optional.of(reason), OptionalDouble.empty());
    }
}
