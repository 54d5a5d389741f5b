package uk.sendinsight.indicators;

import java.util.List;
import java.util.Map;
import uk.sendinsight.periods.Period;
import uk.sendinsight.periods.PeriodType;
import uk.sendinsight.statistics.Polarity;

/** An indicator with its source, breakdowns and the periods that have figures (per breakdown, latest first). */
record Indicator(IndicatorEntity entity, IndicatorSourceEntity source, List<CatalogueRows.BreakdownRow> breakdowns,
                 Map<String, List<String>> periodsByBreakdown) {

    static final String TOTAL = "";

    String id() {
        return entity.id();
    }

    Polarity polarity() {
        return Polarity.valueOf(entity.polarity().toUpperCase(java.util.Locale.ROOT));
    }

    PeriodType periodType() {
        return PeriodType.of(entity.periodType());
    }

    boolean isPercent() {
        return "percent".equals(entity.unit());
    }

    /** The breakdown a request means: the one named, or the total, or the first breakdown if there is no total. */
    String breakdownOrDefault(String requested) {
        if (requested != null) {
            return requested;
        }
        return breakdowns.isEmpty() ? TOTAL : breakdowns.get(0).breakdownId();
    }

    boolean hasBreakdown(String breakdown) {
        return TOTAL.equals(breakdown) ? breakdowns.isEmpty() : breakdowns.stream().anyMatch(b -> b.breakdownId().equals(breakdown));
    }

    /** Every period of any breakdown, latest first. */
    List<String> allPeriods() {
        return periodsByBreakdown.values().stream().flatMap(List::stream).distinct()
                .sorted(java.util.Comparator.comparing(this::period).reversed())
                .toList();
    }

    /** A stored period label of this indicator as a period. */
    Period period(String label) {
        return periodType().require(label);
    }

    List<String> periods(String breakdown) {
        return periodsByBreakdown.getOrDefault(breakdown, List.of());
    }
}
