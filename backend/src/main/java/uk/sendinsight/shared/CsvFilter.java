package uk.sendinsight.shared;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import uk.sendinsight.api.model.AreaOverview;
import uk.sendinsight.api.model.AreaValue;
import uk.sendinsight.api.model.Comparison;
import uk.sendinsight.api.model.Figure;
import uk.sendinsight.api.model.IndicatorValues;
import uk.sendinsight.api.model.OverviewRow;
import uk.sendinsight.api.model.RelativeLikelihood;
import uk.sendinsight.api.model.RelativeLikelihoods;
import uk.sendinsight.api.model.Series;
import uk.sendinsight.api.model.SeriesPoint;
import uk.sendinsight.api.model.InspectionOverview;
import uk.sendinsight.api.model.InspectionPosition;

/**
 * Serves the same tables as CSV to clients that ask for {@code text/csv}: the controllers stay JSON-only and
 * each table has one CSV shape. Runs before the caching filter, so the ETag is of the CSV bytes.
 */
@ServerFilter("/api/v1/**")
final class CsvFilter implements Ordered {

    static final MediaType TEXT_CSV = MediaType.of("text/csv");

    @ResponseFilter
    void renderCsv(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (!wantsCsv(request) || response.getBody().isEmpty()) {
            return;
        }
        Object body = response.getBody().get();
        Optional<Csv> csv = Optional.empty();
        if (body instanceof IndicatorValues values) {
            csv = Optional.of(values(values));
        } else if (body instanceof AreaOverview overview) {
            csv = Optional.of(overview(overview));
        } else if (body instanceof Series series) {
            csv = Optional.of(series(series));
        } else if (body instanceof RelativeLikelihoods likelihoods) {
            csv = Optional.of(likelihoods(likelihoods));
        } else if (body instanceof InspectionOverview inspections) {
            csv = Optional.of(inspections(inspections));
        }
        csv.ifPresent(table -> response.contentType(MediaType.of("text/csv; charset=utf-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName(request) + ".csv\"")
                .body(table.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** Response filters run in reverse order: a higher order sees the model before the caching filter serialises it. */
    @Override
    public int getOrder() {
        return uk.sendinsight.shared.HttpCachingFilter.ORDER + 1;
    }

    private static boolean wantsCsv(HttpRequest<?> request) {
        return request.getHeaders().accept().stream().anyMatch(type -> type.matches(TEXT_CSV))
                && request.getHeaders().accept().stream().noneMatch(type -> type.matches(MediaType.APPLICATION_JSON_TYPE));
    }

    private static String fileName(HttpRequest<?> request) {
        return request.getPath().replace("/api/v1/", "").replaceAll("[^A-Za-z0-9]+", "-");
    }

    private static Csv values(IndicatorValues values) {
        Csv csv = new Csv("indicator_id", "period", "breakdown", "area_code", "area_name", "region", "value", "lower_95",
                "upper_95", "lower_99_8", "upper_99_8", "numerator", "denominator", "marker", "status",
                "compared_with_england", "england_comparison_method", "compared_with_region", "region_comparison_method",
                "quartile", "quartile_label", "rank", "ranked_of", "aggregated", "areas_used", "note", "source");
        String breakdown = values.getBreakdown() == null ? "" : values.getBreakdown().getId();
        for (AreaValue item : values.getItems()) {
            Figure f = item.getFigure();
            csv.row(values.getIndicator().getId(), values.getPeriod(), breakdown, item.getArea().getCode(), item.getArea().getName(),
                    item.getRegion() == null ? null : item.getRegion().getName(), f.getValue(), f.getLower95(), f.getUpper95(),
                    f.getLower998(), f.getUpper998(), f.getNumerator(), f.getDenominator(), marker(f), f.getStatus(),
                    outcome(item.getComparedWithEngland()), method(item.getComparedWithEngland()),
                    outcome(item.getComparedWithRegion()), method(item.getComparedWithRegion()), item.getQuartile(),
                    item.getQuartileLabel(), item.getRank(), item.getRankedOf(), f.getAggregated(), f.getAreasUsed(), f.getNote(),
                    item.getSource());
        }
        return csv;
    }

    private static Csv overview(AreaOverview overview) {
        Csv csv = new Csv("area_code", "area_name", "domain", "indicator_id", "indicator", "breakdown", "period", "value",
                "lower_95", "upper_95", "england", "region", "neighbour_mean", "neighbours_used", "compared_with_england",
                "compared_with_region", "compared_with_neighbours", "neighbours_comparison_method", "quartile_label", "trend",
                "status", "marker", "source");
        for (OverviewRow row : overview.getRows()) {
            Figure f = row.getFigure();
            csv.row(overview.getArea().getCode(), overview.getArea().getName(), row.getIndicator().getDomain(),
                    row.getIndicator().getId(), row.getIndicator().getName(),
                    row.getBreakdown() == null ? null : row.getBreakdown().getName(), f.getPeriod(), f.getValue(),
                    f.getLower95(), f.getUpper95(), row.getEngland() == null ? null : row.getEngland().getValue(),
                    row.getRegion() == null ? null : row.getRegion().getValue(),
                    row.getNeighbourMean() == null ? null : row.getNeighbourMean().getValue(),
                    row.getNeighbourMean() == null ? null : row.getNeighbourMean().getAreasUsed(),
                    outcome(row.getComparedWithEngland()), outcome(row.getComparedWithRegion()),
                    outcome(row.getComparedWithNeighbours()), method(row.getComparedWithNeighbours()), row.getQuartileLabel(),
                    row.getTrend().getLabel(), f.getStatus(), marker(f),
                    row.getSource().getName());
        }
        return csv;
    }

    private static Csv series(Series series) {
        Csv csv = new Csv("area_code", "indicator_id", "breakdown", "period", "value", "lower_95", "upper_95", "england",
                "region", "neighbour_mean", "neighbours_used", "status", "marker");
        String breakdown = series.getBreakdown() == null ? "" : series.getBreakdown().getId();
        for (SeriesPoint p : series.getPoints()) {
            Figure f = p.getFigure();
            csv.row(series.getArea().getCode(), series.getIndicator().getId(), breakdown, p.getPeriod(), f.getValue(),
                    f.getLower95(), f.getUpper95(), p.getEngland(), p.getRegion(),
                    p.getNeighbourMean() == null ? null : p.getNeighbourMean().getValue(),
                    p.getNeighbourMean() == null ? null : p.getNeighbourMean().getAreasUsed(), f.getStatus(), marker(f));
        }
        return csv;
    }

    private static Csv likelihoods(RelativeLikelihoods likelihoods) {
        Csv csv = new Csv("indicator_id", "period", "group", "reference", "area_code", "area_name", "ratio", "lower_95",
                "upper_95", "reason");
        for (RelativeLikelihood item : likelihoods.getItems()) {
            csv.row(likelihoods.getIndicator().getId(), likelihoods.getPeriod(), likelihoods.getGroup().getId(),
                    likelihoods.getReference().getId(), item.getArea().getCode(), item.getArea().getName(), item.getRatio(),
                    item.getLower95(), item.getUpper95(), item.getReason());
        }
        return csv;
    }

    private static Csv inspections(InspectionOverview overview) {
        Csv csv = new Csv("area_code", "area_name", "region", "framework", "inspection_start", "publication", "outcome",
                "wsoa_required", "significant_weaknesses", "revisit_finding", "rag", "rag_reason", "months_since_inspection",
                "follow_up", "follow_up_due_by", "follow_up_status", "source", "official", "report_url", "data_notes");
        for (InspectionPosition p : overview.getItems()) {
            var latest = p.getLatest();
            csv.row(p.getArea().getCode(), p.getArea().getName(), p.getRegion().getName(), latest.getFramework(), latest.getStartDate(),
                    latest.getPublicationDate(), latest.getOutcomeInWords(), p.getWsoaRequired(), latest.getSignificantWeaknesses(),
                    p.getRevisit(), p.getRag(), p.getRagReason(), p.getMonthsSinceInspection(),
                    p.getFollowUp() == null ? null : p.getFollowUp().getKind(), p.getFollowUp() == null ? null : p.getFollowUp().getDueBy(),
                    p.getFollowUp() == null ? null : p.getFollowUp().getStatus(), latest.getSource().getName(),
                    latest.getSource().getOfficial(), latest.getReportUrl(), String.join(" | ", latest.getDataNotes()));
        }
        return csv;
    }

    private static String marker(Figure figure) {
        return figure.getMarkerText();
    }

    private static String outcome(Comparison comparison) {
        return comparison.getOutcome().getValue();
    }

    private static String method(Comparison comparison) {
        return comparison.getMethod().getValue();
    }
}
