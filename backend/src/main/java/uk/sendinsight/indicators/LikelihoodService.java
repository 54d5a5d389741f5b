package uk.sendinsight.indicators;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import uk.sendinsight.shared.InvalidFieldException;
import uk.sendinsight.statistics.RelativeLikelihood;

/**
 * How many times more likely one group is than another to have an outcome (pupils on SEN support against pupils with
 * no SEN, say), area by area, from real figures only.
 */
@Singleton
class LikelihoodService {

    private final FigureService lookups;

    LikelihoodService(FigureService lookups) {
        this.lookups = lookups;
    }

    Views.Likelihoods likelihoods(String indicatorId, String group, String reference, String requestedPeriod, Viewer viewer) {
        Indicator indicator = lookups.indicator(indicatorId);
        for (var requested : Map.of("group", group, "reference", reference).entrySet()) {
            if (Indicator.TOTAL.equals(requested.getValue()) || !indicator.hasBreakdown(requested.getValue())) {
                throw new InvalidFieldException(requested.getKey(), FigureService.breakdownChoices(indicator));
            }
        }
        String period = FigureService.period(indicator, group, requestedPeriod);
        Map<String, AssessedFigure> groupFigures = byArea(indicator, group, period, viewer);
        Map<String, AssessedFigure> referenceFigures = byArea(indicator, reference, period, viewer);
        List<Views.Likelihood> result = new ArrayList<>();
        Views.Likelihood england = null;
        for (var entry : groupFigures.entrySet()) {
            FigureRow row = entry.getValue().row();
            Views.Likelihood likelihood = new Views.Likelihood(row.areaCode(), row.areaName(),
                    likelihood(indicator, entry.getValue(), referenceFigures.get(entry.getKey())));
            if (FigureService.ENGLAND.equals(row.areaCode())) {
                england = likelihood;
            } else if ("local_authority".equals(row.areaType())) {
                result.add(likelihood);
            }
        }
        result.sort(Comparator.comparing(Views.Likelihood::areaName));
        return new Views.Likelihoods(indicator, period, group, reference, england, result);
    }

    private Map<String, AssessedFigure> byArea(Indicator indicator, String breakdown, String period, Viewer viewer) {
        if (FigureService.LATEST.equals(period)) {
            return Map.of();
        }
        return lookups.rowsForPeriod(indicator, period, breakdown, viewer).stream()
                .collect(Collectors.toMap(FigureRow::areaCode, row -> AssessedFigure.of(row, indicator), (a, b) -> a, LinkedHashMap::new));
    }

    private static RelativeLikelihood likelihood(Indicator indicator, AssessedFigure group, AssessedFigure reference) {
        Optional<String> unusable = unusable(group, "group").or(() -> unusable(reference, "reference group"));
        if (unusable.isPresent()) {
            return new RelativeLikelihood(OptionalDouble.empty(), Optional.empty(), "ratio of two figures", unusable);
        }
        var groupCounts = AssessedFigure.Counts.of(group.row());
        var referenceCounts = AssessedFigure.Counts.of(reference.row());
        if (group.hasInterval() && reference.hasInterval() && groupCounts.isPresent() && referenceCounts.isPresent()) {
            var g = groupCounts.get();
            var r = referenceCounts.get();
            return "rate".equals(indicator.entity().valueType())
                    ? RelativeLikelihood.ofRates(g.numerator(), g.denominator(), r.numerator(), r.denominator())
                    : RelativeLikelihood.ofProportions(g.numerator(), g.denominator(), r.numerator(), r.denominator());
        }
        return RelativeLikelihood.ofValues(group.value().getAsDouble(), reference.value().getAsDouble());
    }

    /** Why a figure cannot go into a ratio: missing, suppressed, demo or not yet published. */
    private static Optional<String> unusable(AssessedFigure figure, String which) {
        if (figure == null) {
            return Optional.of("No figure for the " + which);
        }
        if (figure.value().isEmpty()) {
            return Optional.of(figure.absence() + " (" + which + ")");
        }
        if (figure.row().isDemo()) {
            return Optional.of("The " + which + "'s figure is a demo figure");
        }
        if (!figure.row().isReal()) {
            return Optional.of("The " + which + "'s figure is not yet published");
        }
        return Optional.empty();
    }
}
