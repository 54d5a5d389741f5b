package uk.sendinsight.indicators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.sendinsight.periods.Period;
import uk.sendinsight.statistics.ConfidenceLevel;
import uk.sendinsight.statistics.Rates;
import uk.sendinsight.statistics.Trend;
import uk.sendinsight.statistics.TrendPoint;
import uk.sendinsight.statistics.Trends;

/**
 * An area's recent trend: the five periods up to the latest, consecutive in the indicator's period type (a period
 * with no figure, a suppressed one or a demo one is a gap, never skipped), tested by {@link Trends}.
 */
final class TrendAssessor {

    static final String COUNT_NOTE = "Counts are tested with Byar's 95% Poisson interval, as the public-health profiles do";

    private TrendAssessor() {
    }

    /** @param byPeriod the area's figures by period label (the ones the viewer may see) */
    static Trend trend(Indicator indicator, Map<String, AssessedFigure> byPeriod, String latest) {
        if ("boolean".equals(indicator.entity().valueType())) {
            return Trend.cannotBeCalculated(Trends.NOT_TESTED_METHOD, "not calculated for yes/no figures");
        }
        if (latest == null || byPeriod.isEmpty()) {
            return Trend.cannotBeCalculated(Trends.NOT_TESTED_METHOD, "no figures");
        }
        // Markers before an area's first value are years the figure was not yet collected, not gaps.
        Optional<Period> first = byPeriod.entrySet().stream().filter(e -> e.getValue().value().isPresent())
                .map(e -> indicator.period(e.getKey())).min(Comparator.naturalOrder());
        if (first.isEmpty()) {
            return Trend.cannotBeCalculated(Trends.NOT_TESTED_METHOD, "no figures with a value");
        }
        List<Period> periods = new ArrayList<>();
        for (Period p = indicator.period(latest); periods.size() < 5 && p.compareTo(first.get()) >= 0; p = p.previous()) {
            periods.add(0, p);
        }
        boolean counts = false;
        List<TrendPoint> points = new ArrayList<>();
        for (Period period : periods) {
            AssessedFigure figure = byPeriod.get(period.label());
            TrendPoint point = point(indicator, period.label(), figure);
            counts |= figure != null && isCount(indicator, figure) && point.ci95().isPresent();
            points.add(point);
        }
        Trend trend = Trends.recent(points, indicator.polarity());
        if (counts && trend.reason().isEmpty()) {
            trend = new Trend(trend.outcome(), trend.method(), trend.reason(),
                    Optional.of(trend.note().map(n -> COUNT_NOTE + ". " + n).orElse(COUNT_NOTE)), trend.chiSquared(), trend.periods());
        }
        return trend;
    }

    private static TrendPoint point(Indicator indicator, String period, AssessedFigure figure) {
        if (figure == null) {
            return TrendPoint.missing(period, "no figure");
        }
        if (figure.value().isEmpty()) {
            return TrendPoint.missing(period, figure.row().marker() == null ? "no figure" : figure.row().marker().replace('_', ' '));
        }
        if (figure.row().isDemo()) {
            return TrendPoint.missing(period, "a demo figure");
        }
        double value = figure.value().getAsDouble();
        if (figure.hasInterval() && "proportion".equals(indicator.entity().valueType())) {
            AssessedFigure.Counts c = AssessedFigure.Counts.of(figure.row()).orElseThrow();
            return TrendPoint.proportion(period, c.numerator(), c.denominator());
        }
        if (figure.hasInterval()) {
            return TrendPoint.withInterval(period, value, figure.ci95());
        }
        if (isCount(indicator, figure)) {
            return TrendPoint.withInterval(period, value, Rates.byar((long) value, ConfidenceLevel.NINETY_FIVE));
        }
        return TrendPoint.valueOnly(period, value);
    }

    private static boolean isCount(Indicator indicator, AssessedFigure figure) {
        double value = figure.value().orElse(-1);
        return "count".equals(indicator.entity().valueType()) && value >= 0 && value == Math.rint(value);
    }
}
