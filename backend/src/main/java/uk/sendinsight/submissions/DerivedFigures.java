package uk.sendinsight.submissions;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import uk.sendinsight.indicators.IndicatorDirectory;
import uk.sendinsight.periods.Period;
import uk.sendinsight.periods.PeriodType;

/**
 * Figures SEND Insight counts from records areas keep in it (an indicator whose collection is {@code derived}, such as
 * WSOA actions off track): stored for the current quarter, as {@code demo} when counted from demo records and otherwise
 * {@code submitted} (seen by the area's leaders, advisers and administrators only).
 */
@Singleton
public class DerivedFigures {

    private final SubmittedValueRepository values;
    private final IndicatorDirectory indicators;
    private final Clock clock;

    DerivedFigures(SubmittedValueRepository values, IndicatorDirectory indicators, Clock clock) {
        this.values = values;
        this.indicators = indicators;
        this.clock = clock;
    }

    /** Call inside the transaction that changed the records the figure is counted from. */
    public void record(String indicatorId, String areaCode, double value, boolean demo, String countedFrom) {
        if (indicators.find(indicatorId).filter(i -> "derived".equals(i.collection())).isEmpty()) {
            throw new IllegalArgumentException(indicatorId + " is not a derived indicator");
        }
        Period quarter = PeriodType.QUARTER.containing(LocalDate.now(clock));
        String period = quarter.label();
        var existing = values.findByIndicatorIdAndAreaCodeAndPeriodAndBreakdown(indicatorId, areaCode, period, "");
        var figure = new SubmittedValueEntity(existing.map(SubmittedValueEntity::id).orElse(null), indicatorId, areaCode, period,
                quarter.order(), "", value, null, null, null, null, demo ? "demo" : "submitted", countedFrom,
                null, null, Instant.now(clock));
        if (existing.isPresent()) {
            values.update(figure);
        } else {
            values.save(figure);
        }
        indicators.figuresChanged();
    }
}
