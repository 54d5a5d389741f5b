package uk.sendinsight.indicators;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import uk.sendinsight.api.model.AreaRef;
import uk.sendinsight.api.model.AreaType;
import uk.sendinsight.api.model.AreaValue;
import uk.sendinsight.api.model.Breakdown;
import uk.sendinsight.api.model.Collection;
import uk.sendinsight.api.model.Comparison;
import uk.sendinsight.api.model.ComparisonMethod;
import uk.sendinsight.api.model.ComparisonOutcome;
import uk.sendinsight.api.model.Domain;
import uk.sendinsight.api.model.Figure;
import uk.sendinsight.api.model.FigureStatus;
import uk.sendinsight.api.model.IndicatorComparisonMethod;
import uk.sendinsight.api.model.IndicatorRef;
import uk.sendinsight.api.model.Marker;
import uk.sendinsight.api.model.NeighbourMean;
import uk.sendinsight.api.model.PeriodType;
import uk.sendinsight.api.model.Polarity;
import uk.sendinsight.api.model.Quartiles;
import uk.sendinsight.api.model.RelativeLikelihood;
import uk.sendinsight.api.model.Source;
import uk.sendinsight.api.model.Trend;
import uk.sendinsight.api.model.TrendOutcome;
import uk.sendinsight.api.model.Unit;
import uk.sendinsight.api.model.ValueType;

/** Maps the figure service's views to the generated API models. */
final class IndicatorMapper {

    static final String NOT_A_LEAGUE_TABLE = "Ranks and quartiles show where a figure sits among all areas; they are not a "
            + "league table of performance. Differences of a few places are rarely meaningful.";

    private IndicatorMapper() {
    }

    static uk.sendinsight.api.model.Indicator toIndicator(Indicator indicator) {
        IndicatorEntity e = indicator.entity();
        return new uk.sendinsight.api.model.Indicator(e.id(), e.name(), Domain.fromValue(e.domain()), e.definition(),
                Unit.fromValue(e.unit()), Polarity.fromValue(e.polarity()), ValueType.fromValue(e.valueType()),
                PeriodType.fromValue(e.periodType()),
                List.of(e.geographies().split(",")).stream().map(AreaType::fromValue).toList(),
                toSource(indicator.source()), e.decimalPlaces(), breakdowns(indicator),
                IndicatorComparisonMethod.fromValue(e.comparisonMethod() == null ? "none" : e.comparisonMethod()),
                Collection.fromValue(e.collection()), indicator.allPeriods())
                .rateBase(e.rateBase());
    }

    static IndicatorRef toRef(Indicator indicator) {
        IndicatorEntity e = indicator.entity();
        return new IndicatorRef(e.id(), e.name(), Domain.fromValue(e.domain()), Unit.fromValue(e.unit()),
                Polarity.fromValue(e.polarity()), e.decimalPlaces(), PeriodType.fromValue(e.periodType()),
                Collection.fromValue(e.collection()))
                .rateBase(e.rateBase());
    }

    static Source toSource(IndicatorSourceEntity source) {
        return new Source(source.name(), source.publisher(), source.licence())
                .url(source.url()).compiledBy(source.compiledBy()).notes(source.notes());
    }

    static Source toSource(IndicatorSourceEntity source, String file) {
        return toSource(source).file(file);
    }

    static List<Breakdown> breakdowns(Indicator indicator) {
        return indicator.breakdowns().stream().map(b -> new Breakdown(b.breakdownId(), b.name())).toList();
    }

    static Breakdown breakdown(Indicator indicator, String id) {
        return indicator.breakdowns().stream().filter(b -> b.breakdownId().equals(id)).findFirst()
                .map(b -> new Breakdown(b.breakdownId(), b.name())).orElse(null);
    }

    static Figure toFigure(AssessedFigure figure) {
        FigureRow row = figure.row();
        Figure result = new Figure(row.period(), FigureStatus.fromValue(row.status()));
        figure.value().ifPresent(result::value);
        if (figure.hasInterval()) {
            result.numerator(row.numerator()).denominator(row.denominator())
                    .lower95(figure.ci95().lower()).upper95(figure.ci95().upper())
                    .lower998(figure.ci998().lower()).upper998(figure.ci998().upper());
        } else if (row.numerator() != null) {
            result.numerator(row.numerator()).denominator(row.denominator());
        }
        if (row.marker() != null) {
            result.marker(Marker.fromValue(row.marker())).markerText(row.markerText());
        }
        if (row.aggregated()) {
            result.aggregated(true).areasUsed(row.areasUsed());
        }
        figure.note().ifPresent(result::note);
        return result;
    }

    static Comparison toComparison(Judgements.Judgement judgement) {
        Comparison result = new Comparison(ComparisonOutcome.fromValue(judgement.outcome().name().toLowerCase(Locale.ROOT)),
                ComparisonMethod.fromValue(judgement.method()), judgement.label())
                .significantAt998(judgement.significantAt998())
                .rank(judgement.rank()).rankedOf(judgement.rankedOf());
        judgement.benchmark().ifPresent(result::benchmark);
        judgement.reason().ifPresent(result::reason);
        return result;
    }

    static Trend toTrend(uk.sendinsight.statistics.Trend trend) {
        String label = trend.reason().map(reason -> trend.text() + ": " + reason).orElse(trend.text());
        Trend result = new Trend(TrendOutcome.fromValue(trend.outcome().name().toLowerCase(Locale.ROOT)), label, trend.method(),
                trend.pointsUsed())
                .periods(trend.periods());
        trend.reason().ifPresent(result::reason);
        trend.note().ifPresent(result::note);
        trend.chiSquared().ifPresent(result::chiSquared);
        return result;
    }

    static NeighbourMean toNeighbourMean(uk.sendinsight.statistics.NeighbourMean mean) {
        NeighbourMean result = new NeighbourMean(mean.used(), mean.missing());
        mean.mean().ifPresent(result::value);
        return result;
    }

    static Quartiles toQuartiles(uk.sendinsight.statistics.Quartiles quartiles) {
        return quartiles == null ? null
                : new Quartiles(quartiles.lowerQuartile(), quartiles.median(), quartiles.upperQuartile(), quartiles.areaCount());
    }

    static AreaRef ref(FigureRow row) {
        return new AreaRef(row.areaCode(), row.areaName());
    }

    static AreaValue toAreaValue(Views.AreaFigure figure) {
        FigureRow row = figure.figure().row();
        AreaValue value = new AreaValue(ref(row), toFigure(figure.figure()), toComparison(figure.withEngland()),
                toComparison(figure.withRegion()), row.sourceFile())
                .quartile(figure.quartile())
                .quartileLabel(figure.quartileLabel());
        if (row.parentCode() != null && "local_authority".equals(row.areaType())) {
            value.region(new AreaRef(row.parentCode(), row.parentName()));
        }
        if (figure.rank() != null) {
            value.rank(figure.rank().position()).rankedOf(figure.rank().outOf());
        }
        return value;
    }

    static RelativeLikelihood toLikelihood(Views.Likelihood likelihood) {
        var l = likelihood.likelihood();
        RelativeLikelihood result = new RelativeLikelihood(new AreaRef(likelihood.areaCode(), likelihood.areaName()));
        l.ratio().ifPresent(result::ratio);
        l.ci95().ifPresent(ci -> result.lower95(ci.lower()).upper95(ci.upper()));
        l.reason().ifPresent(result::reason);
        return result;
    }

    static Double orNull(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
