/**
 * The statistics behind "better, similar or worse": confidence intervals, benchmark comparison,
 * quartiles, ranks, statistical-neighbour means, recent trends and relative likelihoods.
 *
 * <p>Everything here is a pure function of its arguments, following the methods of the public-health
 * profiles (PHE/OHID Fingertips) so that figures agree with what local advisers already use.
 * Missing or suppressed values are never treated as zero: callers leave them out, or pass them as
 * absent, and the result says what was left out.
 */
package uk.sendinsight.statistics;
