package uk.sendinsight.statistics;

/** The recent-trend labels of the public-health profiles. */
public enum TrendOutcome {
    INCREASING_AND_GETTING_BETTER("Increasing and getting better"),
    INCREASING_AND_GETTING_WORSE("Increasing and getting worse"),
    DECREASING_AND_GETTING_BETTER("Decreasing and getting better"),
    DECREASING_AND_GETTING_WORSE("Decreasing and getting worse"),
    /** A significant increase in a no-judgement indicator. */
    INCREASING("Increasing"),
    /** A significant decrease in a no-judgement indicator. */
    DECREASING("Decreasing"),
    NO_SIGNIFICANT_CHANGE("No significant change"),
    CANNOT_BE_CALCULATED("Cannot be calculated");

    private final String text;

    TrendOutcome(String text) {
        this.text = text;
    }

    /** The label as a reader sees it, e.g. "Increasing and getting worse". */
    public String text() {
        return text;
    }
}
