package uk.sendinsight.inspections;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVRecord;
import uk.sendinsight.imports.AreaIndex;
import uk.sendinsight.shared.CsvResource;

/**
 * Loads the area SEND inspection outcomes from the three copied files (provenance in data/SOURCES.md):
 * Ofsted's official statistics for the 2016 framework, Ofsted's management information for the first 2023-framework
 * inspections, and Data to Insight's scrape of later reports. Where the scrape and Ofsted's own file describe the same
 * inspection, Ofsted's outcome stands and the scrape only adds what Ofsted's file lacks. Every known problem in a row
 * is written into its data notes; nothing is corrected silently, and a row for an area SEND Insight does not know
 * stops the load.
 */
public final class InspectionLoader {

    static final String FILE_2016 = "data/ofsted/ofsted_area_send_inspections_2016_2022.csv";
    static final String FILE_MI_2023 = "data/ofsted/ofsted_area_send_new_framework_mi_2022_23.csv";
    static final String FILE_D2I = "data/ofsted/d2i_area_send_new_framework_outcomes_2023_2025.csv";

    static final String SOURCE_2016 = "ofsted-area-send-2016-2022";
    static final String SOURCE_MI_2023 = "ofsted-area-send-mi-2023";
    static final String SOURCE_D2I = "d2i-area-send-scrape-2023-2025";

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DAY_MONTH_SHORT_YEAR = DateTimeFormatter.ofPattern("dd/MM/yy");
    private static final Map<String, String> REVISIT_FINDINGS = Map.of("Yes", "all_sufficient", "Some", "some_sufficient", "No", "none_sufficient");
    private static final Map<String, String> OUTCOMES_2023 = Map.of(
            "Typically positive experiences and outcomes", "typically_positive",
            "Inconsistent experiences and outcomes", "inconsistent",
            "Widespread and/or systemic failings", "widespread_systemic_failings");
    private static final Map<String, String> GRADES_2023 = Map.of(
            "1.0", "typically_positive", "2.0", "inconsistent", "3.0", "widespread_systemic_failings");

    /** One inspection as it will be stored. */
    private static final class Row {
        String area;
        String framework;
        LocalDate start;
        LocalDate published;
        String outcome;
        String outcomeText;
        Integer weaknesses;
        Integer priorityActions;
        LocalDate revisitStart;
        LocalDate revisitPublished;
        String revisitFinding;
        Integer sufficient;
        Integer insufficient;
        LocalDate nextBy;
        String reportUrl;
        String source;
        final List<String> notes = new ArrayList<>();
    }

    private final Connection connection;
    private AreaIndex areas;

    private InspectionLoader(Connection connection) {
        this.connection = connection;
    }

    public static void load(Connection connection) throws SQLException {
        var loader = new InspectionLoader(connection);
        loader.insertSources();
        loader.readAreas();
        List<Row> rows = new ArrayList<>(loader.read2016());
        rows.addAll(loader.read2023());
        loader.insert(rows);
    }

    private void insertSources() throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO inspection_source (id, name, publisher, url, official, compiled_by) VALUES (?, ?, ?, ?, ?, ?)")) {
            addSource(insert, SOURCE_2016, "Area SEND inspections and outcomes: local area SEND inspections, 1 May 2016 to 31 August 2022",
                    "Ofsted", "https://www.gov.uk/government/organisations/ofsted/about/statistics", true, null);
            addSource(insert, SOURCE_MI_2023, "Area SEND inspections under the 2023 framework, January to July 2023 (management information)",
                    "Ofsted", "https://www.gov.uk/government/organisations/ofsted/about/statistics", true, null);
            addSource(insert, SOURCE_D2I, "Area SEND inspection outcomes, reports published May 2023 to November 2025, scraped from Ofsted's reports",
                    "Ofsted", "https://github.com/data-to-insight/ofsted-send-scrape-tool", false, "Data to Insight");
            insert.executeBatch();
        }
    }

    private static void addSource(PreparedStatement insert, String id, String name, String publisher, String url, boolean official,
                                  String compiledBy) throws SQLException {
        insert.setString(1, id);
        insert.setString(2, name);
        insert.setString(3, publisher);
        insert.setString(4, url);
        insert.setBoolean(5, official);
        insert.setString(6, compiledBy);
        insert.addBatch();
    }

    private void readAreas() throws SQLException {
        areas = AreaIndex.read(connection);
    }

    private List<Row> read2016() {
        List<Row> rows = new ArrayList<>();
        for (CSVRecord r : CsvResource.read(FILE_2016)) {
            Row row = new Row();
            String code = r.get("Local authority code");
            row.area = known(areas.byCode(code), FILE_2016, code + " " + r.get("Area name"));
            row.framework = "local_area_send_2016";
            row.start = LocalDate.parse(r.get("Inspection start date"));
            row.published = LocalDate.parse(r.get("Inspection publication date"));
            boolean wsoa = yesNo(r.get("Inspection outcome: written statement of action required?"), FILE_2016);
            row.outcome = wsoa ? "wsoa_required" : "no_wsoa";
            row.weaknesses = number(r.get("Number significant weaknesses identified in written statement of action"));
            String revisitStart = r.get("Revisit start date");
            if (!revisitStart.isBlank() && !revisitStart.equals("Not revisited yet")) {
                row.revisitStart = LocalDate.parse(revisitStart);
                row.revisitPublished = date(r.get("Revisit publication date"), null);
                String finding = r.get("Revisit outcome: sufficient progress in addressing all significant weaknesses?");
                row.revisitFinding = Objects.requireNonNull(REVISIT_FINDINGS.get(finding),
                        () -> FILE_2016 + ": unknown revisit outcome '" + finding + "' for " + code);
                row.sufficient = number(r.get("Number significant weaknesses where sufficient progress has been made"));
                row.insufficient = number(r.get("Number significant weaknesses where sufficient progress has not been made"));
                if (row.sufficient != null && row.insufficient != null && row.weaknesses != null
                        && row.sufficient + row.insufficient != row.weaknesses) {
                    row.notes.add("Ofsted's file gives " + row.weaknesses + " significant weaknesses but " + row.sufficient + " + "
                            + row.insufficient + " at the revisit; both are shown as published.");
                }
            }
            row.reportUrl = blankToNull(r.get("Ofsted local authority webpage URL"));
            row.source = SOURCE_2016;
            rows.add(row);
        }
        return rows;
    }

    /** Ofsted's management information first; the scrape adds inspections it lacks and details it does not carry. */
    private List<Row> read2023() {
        Map<String, Row> official = new LinkedHashMap<>();
        for (CSVRecord r : CsvResource.read(FILE_MI_2023)) {
            Row row = new Row();
            String name = r.get("Local.area.partnership");
            row.area = known(areas.byName(name), FILE_MI_2023, name);
            row.framework = "area_send_2023";
            row.start = LocalDate.parse(r.get("Inspection.start.date"), DAY_MONTH_YEAR);
            row.published = LocalDate.parse(r.get("Inspection.publication.date"), DAY_MONTH_YEAR);
            String outcome = r.get("Inspection.outcome");
            row.outcome = Objects.requireNonNull(OUTCOMES_2023.get(outcome), () -> FILE_MI_2023 + ": unknown outcome '" + outcome + "'");
            boolean priorityPlan = yesNo(r.get("Priority.action.plan.required."), FILE_MI_2023);
            row.priorityActions = priorityPlan ? number(r.get("Number.of.areas.for.priority.action")) : null;
            row.source = SOURCE_MI_2023;
            official.put(row.area + "|" + row.published, row);
        }
        List<Row> rows = new ArrayList<>(official.values());
        for (CSVRecord r : CsvResource.read(FILE_D2I)) {
            String laNumber = r.get("la_code");
            String area = known(areas.byLaNumber(laNumber), FILE_D2I, laNumber + " " + r.get("local_authority"));
            LocalDate published = date(r.get("publication_date"), DAY_MONTH_SHORT_YEAR);
            String outcome = r.get("outcome_grade").equals("nan") ? "not_recorded"
                    : Objects.requireNonNull(GRADES_2023.get(r.get("outcome_grade")), () -> FILE_D2I + ": unknown grade " + r.get("outcome_grade"));
            List<String> notes = new ArrayList<>();
            String givenCode = r.get("ltla23cd");
            if (!area.equals(areas.byCode(givenCode))) {
                String givenArea = areas.byCode(givenCode);
                String givenName = givenArea == null ? "" : " (" + areas.nameOf(givenArea) + ")";
                notes.add("The scraped file gives this area the ONS code " + givenCode + givenName + "; it was matched by its LA number "
                        + laNumber + " to " + areas.nameOf(area) + " (" + area + ").");
            }
            Row ofsted = official.get(area + "|" + published);
            if (ofsted == null) {
                row2023Notes(r, outcome, notes);
            }
            if (ofsted != null) {
                ofsted.outcomeText = blankToNull(r.get("inspection_outcome_text"));
                ofsted.reportUrl = blankToNull(r.get("inspection_link"));
                ofsted.nextBy = nextInspectionBy(r, notes);
                ofsted.notes.add(outcome.equals(ofsted.outcome)
                        ? "Report link, summary and next-inspection date from Data to Insight's scrape of the report (third party), whose outcome agrees with Ofsted's."
                        : "Data to Insight's scrape (third party) gives the outcome " + outcome + "; Ofsted's own figure is shown.");
                ofsted.notes.addAll(notes);
                continue;
            }
            Row row = new Row();
            row.area = area;
            row.framework = "area_send_2023";
            row.start = date(r.get("inspection_start_date"), DAY_MONTH_SHORT_YEAR);
            row.published = published;
            row.outcome = outcome;
            row.outcomeText = blankToNull(r.get("inspection_outcome_text"));
            row.nextBy = nextInspectionBy(r, notes);
            row.reportUrl = blankToNull(r.get("inspection_link"));
            row.source = SOURCE_D2I;
            row.notes.addAll(notes);
            rows.add(row);
        }
        return rows;
    }

    private static void row2023Notes(CSVRecord r, String outcome, List<String> notes) {
        if ("not_recorded".equals(outcome)) {
            notes.add("The scrape did not extract an outcome from the report; read the report.");
        }
        if (r.get("inspection_start_date").isBlank()) {
            notes.add("The scrape did not extract the inspection dates; months since inspection count from publication.");
        }
    }

    /** The scrape writes an explanation instead of a date where the report gave none; that is kept as a note. */
    private static LocalDate nextInspectionBy(CSVRecord r, List<String> notes) {
        String text = r.get("next_inspection_by_date");
        if (text.matches("\\d{2}/\\d{2}/\\d{2}")) {
            return LocalDate.parse(text, DAY_MONTH_SHORT_YEAR);
        }
        notes.add("No next-inspection date: the scrape says '" + text + "'.");
        return null;
    }

    private void insert(List<Row> rows) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO inspection (area_code, framework, start_date, publication_date, outcome, outcome_text, significant_weaknesses,
                  priority_actions, revisit_start_date, revisit_publication_date, revisit_finding, weaknesses_sufficient,
                  weaknesses_insufficient, next_inspection_by, report_url, source_id, data_notes)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (Row row : rows) {
                Object[] values = {row.area, row.framework, row.start, row.published, row.outcome, row.outcomeText, row.weaknesses,
                        row.priorityActions, row.revisitStart, row.revisitPublished, row.revisitFinding, row.sufficient,
                        row.insufficient, row.nextBy, row.reportUrl, row.source, row.notes.isEmpty() ? null : String.join("\n", row.notes)};
                for (int i = 0; i < values.length; i++) {
                    Object value = values[i];
                    if (value == null) {
                        insert.setNull(i + 1, Types.NULL);
                    } else if (value instanceof LocalDate day) {
                        insert.setDate(i + 1, java.sql.Date.valueOf(day));
                    } else {
                        insert.setObject(i + 1, value);
                    }
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static String known(String area, String file, String described) {
        if (area == null) {
            throw new IllegalStateException(file + " has a row for an area SEND Insight does not know: " + described);
        }
        return area;
    }

    private static boolean yesNo(String text, String file) {
        return switch (text) {
            case "Yes" -> true;
            case "No" -> false;
            default -> throw new IllegalStateException(file + ": expected Yes or No, found '" + text + "'");
        };
    }

    private static Integer number(String text) {
        return text.isBlank() || text.equals("NA") ? null : Integer.valueOf(text.trim());
    }

    private static LocalDate date(String text, DateTimeFormatter format) {
        if (text.isBlank() || text.equals("None")) {
            return null;
        }
        return format == null ? LocalDate.parse(text) : LocalDate.parse(text, format);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
