package uk.sendinsight.inspections;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;

/** One stored inspection joined to its area, its region and its source. */
@Introspected
record InspectionRow(
        long id,
        String areaCode,
        String areaName,
        @Nullable LocalDate abolished,
        @Nullable String regionCode,
        @Nullable String regionName,
        String framework,
        @Nullable LocalDate startDate,
        @Nullable LocalDate publicationDate,
        String outcome,
        @Nullable String outcomeText,
        @Nullable Integer significantWeaknesses,
        @Nullable Integer priorityActions,
        @Nullable LocalDate revisitStartDate,
        @Nullable LocalDate revisitPublicationDate,
        @Nullable String revisitFinding,
        @Nullable Integer weaknessesSufficient,
        @Nullable Integer weaknessesInsufficient,
        @Nullable LocalDate nextInspectionBy,
        @Nullable String reportUrl,
        String sourceId,
        String sourceName,
        String sourcePublisher,
        @Nullable String sourceUrl,
        boolean sourceOfficial,
        @Nullable String sourceCompiledBy,
        @Nullable LocalDate sourcePublishedTo,
        @Nullable String dataNotes) {

    static final String FRAMEWORK_2016 = "local_area_send_2016";
    static final String FRAMEWORK_2023 = "area_send_2023";

    boolean is2016() {
        return FRAMEWORK_2016.equals(framework);
    }

    boolean wsoaRequired() {
        return "wsoa_required".equals(outcome);
    }

    /** The inspection's own date: its start, or its publication where the source lacks the start. */
    @Nullable
    LocalDate date() {
        return startDate != null ? startDate : publicationDate;
    }
}
