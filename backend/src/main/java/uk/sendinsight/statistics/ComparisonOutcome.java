package uk.sendinsight.statistics;

/**
 * How an area's value compares with a benchmark. BETTER and WORSE apply to indicators with a
 * polarity, HIGHER and LOWER to {@link Polarity#NO_JUDGEMENT} indicators.
 */
public enum ComparisonOutcome {
    BETTER("Better"),
    SIMILAR("Similar"),
    WORSE("Worse"),
    HIGHER("Higher"),
    LOWER("Lower"),
    /** The same value as the benchmark, at the published precision: only for a position, never a test. */
    EQUAL("Equal"),
    NOT_COMPARED("Not compared");

    private final String text;

    ComparisonOutcome(String text) {
        this.text = text;
    }

    /** The outcome as a reader sees it, e.g. "Worse". */
    public String text() {
        return text;
    }
}
