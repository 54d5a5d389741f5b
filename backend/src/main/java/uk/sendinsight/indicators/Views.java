package uk.sendinsight.indicators;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.OptionalDouble;
import uk.sendinsight.statistics.NeighbourMean;
import uk.sendinsight.statistics.Quartiles;
import uk.sendinsight.statistics.Rank;
import uk.sendinsight.statistics.RelativeLikelihood;
import uk.sendinsight.statistics.Trend;

/** What the figure service hands the controllers to map. */
final class Views {

    private Views() {
    }

    record AreaFigure(AssessedFigure figure, @Nullable AssessedFigure region, Judgements.Judgement withEngland,
                      Judgements.Judgement withRegion, @Nullable Integer quartile, @Nullable String quartileLabel,
                      @Nullable Rank rank) {
    }

    record PeriodFigures(Indicator indicator, String period, String breakdown, String areaType,
                         @Nullable AssessedFigure england, List<AreaFigure> regions, @Nullable Quartiles quartiles,
                         List<AreaFigure> areas) {
    }

    record OverviewLine(Indicator indicator, String breakdown, @Nullable String period, @Nullable AssessedFigure area,
                        @Nullable AssessedFigure england, @Nullable AssessedFigure region, NeighbourMean neighbourMean,
                        Judgements.Judgement withEngland, Judgements.Judgement withRegion,
                        Judgements.Judgement withNeighbours, @Nullable Integer quartile, @Nullable String quartileLabel,
                        Trend trend) {
    }

    record Overview(uk.sendinsight.areas.AreaFacts area, List<OverviewLine> lines) {
    }

    record SeriesLine(String period, @Nullable AssessedFigure area, OptionalDouble england, OptionalDouble region,
                      NeighbourMean neighbourMean) {
    }

    record SeriesView(uk.sendinsight.areas.AreaFacts area, Indicator indicator, String breakdown, List<SeriesLine> lines,
                      Trend trend) {
    }

    record Likelihood(String areaCode, String areaName, RelativeLikelihood likelihood) {
    }

    record Likelihoods(Indicator indicator, String period, String group, String reference, @Nullable Likelihood england,
                       List<Likelihood> areas) {
    }
}
