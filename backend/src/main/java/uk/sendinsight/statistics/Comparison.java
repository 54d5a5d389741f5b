package uk.sendinsight.statistics;

import java.util.Objects;
import java.util.Optional;

/**
 * The result of comparing an area's value with a benchmark.
 *
 * @param outcome          better, similar or worse (or higher, similar, lower), or not compared
 * @param significantAt998 whether the benchmark also lies outside the 99.8% interval
 * @param method           how the comparison was made, for showing beside the result
 * @param reason           why there was no comparison; present exactly when the outcome is
 *                         {@link ComparisonOutcome#NOT_COMPARED}
 */
public record Comparison(ComparisonOutcome outcome, boolean significantAt998, String method, Optional<String> reason) {

    public Comparison {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(reason, "reason");
        if ((outcome == ComparisonOutcome.NOT_COMPARED) != reason.isPresent()) {
            throw new IllegalArgumentException("a reason is given exactly when a value is not compared");
        }
        if (significantAt998 && (outcome == ComparisonOutcome.SIMILAR || outcome == ComparisonOutcome.NOT_COMPARED)) {
            throw new IllegalArgumentException(outcome + " cannot be significant at 99.8%");
        }
    }
}
