package uk.sendinsight.statistics;

/** Which direction of an indicator is good, if either. */
public enum Polarity {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER,
    /** Neither direction is better (for example the number of EHC plans): banded, never coloured good or bad. */
    NO_JUDGEMENT
}
