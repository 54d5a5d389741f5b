package uk.sendinsight.statistics;

/** What kind of figure an indicator's value is, which decides how its trend can be tested. */
public enum ValueType {
    /** A numerator out of a denominator, e.g. EHC plans issued within 20 weeks out of all plans issued. */
    PROPORTION,
    /** Events per population, e.g. suspensions per 100 pupils; events may outnumber the population. */
    RATE,
    /** A number of events, e.g. requests for an EHC needs assessment. */
    COUNT,
    /** A mean or median (e.g. a median wait in weeks), or any figure published without its counts. */
    MEAN_OR_MEDIAN
}
