package uk.sendinsight.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.LinkedHashMap;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.sendinsight.imports.Catalogue.FileMapping;
import uk.sendinsight.imports.Catalogue.ValueMapping;
import uk.sendinsight.periods.Period;
import uk.sendinsight.periods.PeriodType;
import uk.sendinsight.shared.CsvResource;

/**
 * Loads the catalogue and every published figure the catalogue maps, file by file, the same way for every
 * file. Refuses a file with a row it cannot place (unknown area, bad period, unreadable cell) rather than
 * loading part of it.
 */
public final class PublishedDataImporter {

    private static final Logger LOG = LoggerFactory.getLogger(PublishedDataImporter.class);
    private static final String FORMER_AREAS_FILE = "data/geography/dfer_las.csv";
    private static final java.util.regex.Pattern FOOTNOTE_MARKS = java.util.regex.Pattern.compile("[0-9,]+$");

    private final Connection connection;
    private final Catalogue catalogue;
    private AreaIndex areas;
    private final Set<String> numberMismatches = new HashSet<>();

    private PublishedDataImporter(Connection connection, Catalogue catalogue) {
        this.connection = connection;
        this.catalogue = catalogue;
    }

    public static void importAll(Connection connection) throws SQLException {
        var importer = new PublishedDataImporter(connection, Catalogue.read());
        importer.insertCatalogue(Set.of(), Set.of());
        importer.insertFormerAreas();
        importer.insertNhsAreas();
        importer.readAreas();
        for (FileMapping file : importer.catalogue.files()) {
            importer.importFile(file);
        }
        importer.decideComparisonMethods();
    }

    /**
     * Brings a database loaded by an earlier release up to the catalogue: sources and indicators it lacks are added,
     * and the files whose indicators are all new are imported. Figures already loaded are left as they are.
     */
    public static void importAdded(Connection connection) throws SQLException {
        var importer = new PublishedDataImporter(connection, Catalogue.read());
        Set<String> sources = importer.ids("SELECT id FROM indicator_source");
        Set<String> indicators = importer.ids("SELECT id FROM indicator");
        importer.insertCatalogue(sources, indicators);
        importer.readAreas();
        for (FileMapping file : importer.catalogue.files()) {
            if (file.values().stream().noneMatch(v -> indicators.contains(v.indicator()))) {
                importer.importFile(file);
            }
        }
        importer.decideComparisonMethods();
    }

    /** Loads one mapped file again: its published figures are replaced by what the file and its mapping now give. */
    public static void reimport(Connection connection, String fileName) throws SQLException {
        var importer = new PublishedDataImporter(connection, Catalogue.read());
        FileMapping file = importer.catalogue.files().stream().filter(f -> f.file().equals(fileName)).findFirst()
                .orElseThrow(() -> new IllegalStateException("The catalogue maps no file " + fileName));
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM indicator_value WHERE source_file = ? AND status IN ('published', 'provisional')")) {
            delete.setString(1, fileName);
            delete.executeUpdate();
        }
        importer.readAreas();
        importer.importFile(file);
    }

    /** Each stored period's sort key, from its indicator's period type. */
    public static void recomputePeriodOrder(Connection connection) throws SQLException {
        Map<String, PeriodType> types = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id, period_type FROM indicator")) {
            while (rows.next()) {
                types.put(rows.getString(1), PeriodType.of(rows.getString(2)));
            }
        }
        List<String[]> periods = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT DISTINCT indicator_id, period FROM indicator_value")) {
            while (rows.next()) {
                periods.add(new String[] {rows.getString(1), rows.getString(2)});
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE indicator_value SET period_order = ? WHERE indicator_id = ? AND period = ?")) {
            for (String[] p : periods) {
                setAll(update, types.get(p[0]).require(p[1]).order(), p[0], p[1]);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** Names, definitions, geographies and decimal places of indicators already stored, as the catalogue now has them. */
    public static void refreshCatalogueDescriptions(Connection connection) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE indicator SET name = ?, definition = ?, geographies = ?, decimal_places = ? WHERE id = ?")) {
            for (Catalogue.Indicator i : Catalogue.read().indicators()) {
                setAll(update, i.name(), i.definition(), String.join(",", i.geographies()), i.decimalPlaces(), i.id());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private Set<String> ids(String sql) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    /**
     * Confidence intervals need counts: an indicator is compared by interval when its figures come with a
     * numerator and denominator, by quartile when they do not, and not at all when it is a count or yes/no.
     */
    private void decideComparisonMethods() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("""
                    UPDATE indicator SET comparison_method = CASE
                      WHEN value_type IN ('count', 'boolean') THEN 'none'
                      WHEN EXISTS (SELECT 1 FROM indicator_value v WHERE v.indicator_id = indicator.id AND v.denominator IS NOT NULL)
                        THEN 'confidence_interval'
                      ELSE 'position' END""");
        }
    }

    private void insertCatalogue(Set<String> existingSources, Set<String> existingIndicators) throws SQLException {
        try (PreparedStatement source = connection.prepareStatement(
                "INSERT INTO indicator_source (id, name, publisher, url, licence, compiled_by, notes) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Catalogue.Source s : catalogue.sources().values()) {
                if (existingSources.contains(s.id())) {
                    continue;
                }
                setAll(source, s.id(), s.name(), s.publisher(), s.url(), s.licence(), s.compiledBy(), s.notes());
                source.addBatch();
            }
            source.executeBatch();
        }
        try (PreparedStatement indicator = connection.prepareStatement("""
                INSERT INTO indicator (id, name, domain, definition, unit, rate_base, polarity, value_type, period_type,
                  geographies, source_id, decimal_places, collection, sort_order)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement breakdown = connection.prepareStatement(
                     "INSERT INTO indicator_breakdown (indicator_id, breakdown_id, name, sort_order) VALUES (?, ?, ?, ?)")) {
            int order = -1;
            for (Catalogue.Indicator i : catalogue.indicators()) {
                order++;
                if (!catalogue.sources().containsKey(i.source())) {
                    throw new IllegalStateException("Indicator " + i.id() + " names unknown source " + i.source());
                }
                if (existingIndicators.contains(i.id())) {
                    continue;
                }
                setAll(indicator, i.id(), i.name(), i.domain(), i.definition(), i.unit(), i.rateBase(), i.polarity(),
                        i.valueType(), i.periodType(), String.join(",", i.geographies()), i.source(), i.decimalPlaces(),
                        i.collection(), order);
                indicator.addBatch();
                int breakdownOrder = 0;
                for (Catalogue.Breakdown b : i.breakdowns()) {
                    setAll(breakdown, i.id(), b.id(), b.name(), breakdownOrder++);
                    breakdown.addBatch();
                }
            }
            indicator.executeBatch();
            breakdown.executeBatch();
        }
    }

    private void insertFormerAreas() throws SQLException {
        Map<String, CSVRecord> dfeLas = new HashMap<>();
        CsvResource.read(FORMER_AREAS_FILE).forEach(r -> dfeLas.put(r.get("new_la_code"), r));
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO area (code, la_number, name, type, type_order, la_kind, parent_code, abolished, successor_note)
                VALUES (?, ?, ?, 'local_authority', 2, ?, ?, ?, ?)""")) {
            for (var former : catalogue.formerAreas().entrySet()) {
                CSVRecord row = dfeLas.get(former.getKey());
                if (row == null || !"terminated".equals(row.get("status"))) {
                    throw new IllegalStateException(FORMER_AREAS_FILE + " has no terminated authority " + former.getKey());
                }
                String kind = row.get("entity_code").equals("E10") ? "shire_county" : "unitary_authority";
                LocalDate abolished = LocalDate.parse(row.get("date_of_termination"), DateTimeFormatter.ofPattern("dd/MM/yyyy"));
                setAll(insert, former.getKey(), row.get("old_la_code"), row.get("la_name"), kind,
                        row.get("parent_geography_code"), java.sql.Date.valueOf(abolished), former.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Integrated care boards (under England) and their sub-ICB locations, with the NHS 3-character codes as aliases. */
    private void insertNhsAreas() throws SQLException {
        if (catalogue.nhsAreas() == null) {
            return;
        }
        Map<String, CSVRecord> boards = new LinkedHashMap<>();
        List<CSVRecord> locations = CsvResource.read(catalogue.nhsAreas());
        locations.forEach(r -> boards.putIfAbsent(r.get("ICB22CD"), r));
        try (PreparedStatement area = connection.prepareStatement(
                "INSERT INTO area (code, name, type, type_order, parent_code) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement alias = connection.prepareStatement(
                     "INSERT INTO area_alias (alias, area_code, note) VALUES (?, ?, ?)")) {
            for (CSVRecord board : boards.values()) {
                setAll(area, board.get("ICB22CD"), board.get("ICB22NM"), "icb", 3, "E92000001");
                area.addBatch();
                setAll(alias, board.get("ICB22CDH"), board.get("ICB22CD"), "NHS organisation code of " + board.get("ICB22NM"));
                alias.addBatch();
            }
            area.executeBatch();
            for (CSVRecord location : locations) {
                setAll(area, location.get("SICBL22CD"), location.get("SICBL22NM"), "sub_icb", 4, location.get("ICB22CD"));
                area.addBatch();
                setAll(alias, location.get("SICBL22CDH"), location.get("SICBL22CD"), "NHS organisation code of " + location.get("SICBL22NM"));
                alias.addBatch();
            }
            area.executeBatch();
            alias.executeBatch();
        }
    }

    private void readAreas() throws SQLException {
        areas = AreaIndex.read(connection);
    }

    private void importFile(FileMapping file) throws SQLException {
        Set<String> indicators = new HashSet<>();
        catalogue.indicators().forEach(i -> indicators.add(i.id()));
        for (ValueMapping v : file.values()) {
            if (!indicators.contains(v.indicator())) {
                throw new IllegalStateException(file.file() + " maps unknown indicator " + v.indicator());
            }
        }
        Set<String> unplaced = new TreeSet<>();
        int loaded = 0;
        int rowNumber = 1;
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO indicator_value (indicator_id, area_code, period, period_order, breakdown, numeric_value, numerator,
                  denominator, marker, marker_text, status, source_file)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (Map<String, String> row : rows(file)) {
                rowNumber++;
                List<ValueMapping> wanted = file.values().stream().filter(v -> matches(row, v.where())).toList();
                if (wanted.isEmpty() || !matches(row, file.where())) {
                    continue;
                }
                try {
                    if (file.period().optional() && row.get(file.period().column()).isBlank()) {
                        continue;
                    }
                    Period period = SourcePeriods.parse(row.get(file.period().column()), file.period().format(),
                            file.period().term() == null ? null : row.get(file.period().term()));
                    String area = area(file, row, period);
                    if (area == null) {
                        continue;
                    }
                    if (area.isEmpty()) {
                        unplaced.add(describeArea(file, row));
                        continue;
                    }
                    for (ValueMapping mapping : wanted) {
                        if (addValue(insert, file, mapping, row, area, period)) {
                            loaded++;
                        }
                    }
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(file.file() + " row " + rowNumber + ": " + e.getMessage(), e);
                }
            }
            if (!unplaced.isEmpty()) {
                throw new IllegalStateException(file.file() + " has rows for areas SEND Insight does not know: " + unplaced);
            }
            insert.executeBatch();
        }
        LOG.info("Loaded {} figures from {}", loaded, file.file());
    }

    /**
     * Sums the counts of each file that asks for it ({@code aggregate} in the catalogue) into England and the areas'
     * parents, only where the source publishes no figure of its own. An area whose numerator or denominator is
     * suppressed or missing is left out of both sums, and the figure says how many areas went in. Sums made before
     * are made again, so a changed file or rule is reflected.
     */
    public static void aggregateAll(Connection connection) throws SQLException {
        Catalogue catalogue = Catalogue.read();
        for (FileMapping file : catalogue.files()) {
            for (ValueMapping mapping : file.values()) {
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM indicator_value WHERE indicator_id = ? AND source_file = ? AND aggregated = TRUE")) {
                    delete.setString(1, mapping.indicator());
                    delete.setString(2, file.file());
                    delete.executeUpdate();
                }
                for (String target : file.aggregate()) {
                    aggregate(connection, catalogue, file, mapping, target);
                }
            }
        }
    }

    private static void aggregate(Connection connection, Catalogue catalogue, FileMapping file, ValueMapping mapping, String target)
            throws SQLException {
        String into = switch (target) {
            case "parent" -> "a.parent_code";
            case "country" -> "'E92000001'";
            default -> throw new IllegalStateException(file.file() + ": aggregate into 'parent' or 'country', not '" + target + "'");
        };
        boolean percent = catalogue.indicators().stream().anyMatch(i -> i.id().equals(mapping.indicator()) && "percent".equals(i.unit()));
        String sql = """
                INSERT INTO indicator_value (indicator_id, area_code, period, period_order, breakdown, numeric_value, numerator,
                  denominator, marker, marker_text, status, source_file, aggregated, areas_used)
                SELECT v.indicator_id, %1$s, v.period, v.period_order, v.breakdown, %2$s * SUM(v.numerator) / SUM(v.denominator),
                  SUM(v.numerator), SUM(v.denominator), NULL, NULL, 'published', v.source_file, TRUE, COUNT(*)
                FROM indicator_value v JOIN area a ON a.code = v.area_code
                WHERE v.source_file = ? AND v.indicator_id = ? AND v.aggregated = FALSE AND v.status IN ('published', 'provisional')
                  AND v.numerator IS NOT NULL AND v.denominator IS NOT NULL AND %1$s IS NOT NULL
                  AND a.type IN ('local_authority', 'sub_icb')
                  AND NOT EXISTS (SELECT 1 FROM indicator_value o WHERE o.indicator_id = v.indicator_id AND o.area_code = %1$s
                                  AND o.period = v.period AND o.breakdown = v.breakdown)
                GROUP BY v.indicator_id, %1$s, v.period, v.period_order, v.breakdown, v.source_file
                HAVING SUM(v.denominator) > 0""".formatted(into, percent ? "100.0" : "1.0");
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, file.file());
            insert.setString(2, mapping.indicator());
            LOG.info("Summed {} {} figures of {} from {}", insert.executeUpdate(), target, mapping.indicator(), file.file());
        }
    }

    private boolean addValue(PreparedStatement insert, FileMapping file, ValueMapping mapping, Map<String, String> row, String area,
                             Period period) throws SQLException {
        Cell numerator = read(file, row, mapping.numerator(), Map.of());
        Cell denominator = read(file, row, mapping.denominator(), Map.of());
        Cell value = mapping.value() != null ? read(file, row, mapping.value(), mapping.booleans())
                : ratio(mapping.indicator(), numerator, denominator);
        if (value.isEmpty()) {
            return false;
        }
        if (value.number() == null) {
            numerator = Cell.EMPTY;
            denominator = Cell.EMPTY;
        }
        String breakdown = breakdown(file, mapping, row);
        String status = file.provisionalPeriods().contains(period.label()) ? "provisional" : "published";
        setAll(insert, mapping.indicator(), area, period.label(), period.order(), breakdown, value.number(),
                numerator.number(), denominator.number(), value.marker(), value.markerText(), status, file.file());
        insert.addBatch();
        return true;
    }

    /** A column, or several joined by " + " and summed (a marker in any part is the whole cell's marker). */
    private Cell read(FileMapping file, Map<String, String> row, String column, Map<String, Double> booleans) {
        if (column == null) {
            return Cell.EMPTY;
        }
        double sum = 0;
        for (String part : column.split(" \\+ ")) {
            if (!row.containsKey(part)) {
                throw new IllegalArgumentException("no column '" + part + "'");
            }
            Cell cell = Cell.read(row.get(part), catalogue.markers(), file.nil(), booleans);
            if (cell.number() == null) {
                return cell;
            }
            sum += cell.number();
        }
        return new Cell(sum, null, null);
    }

    /** Where the source gives only counts, the value is their ratio, on the indicator's scale. */
    private Cell ratio(String indicatorId, Cell numerator, Cell denominator) {
        if (numerator.marker() != null) {
            return numerator;
        }
        if (denominator.marker() != null) {
            return denominator;
        }
        if (numerator.number() == null || denominator.number() == null || denominator.number() == 0) {
            return Cell.EMPTY;
        }
        boolean percent = catalogue.indicators().stream().anyMatch(i -> i.id().equals(indicatorId) && "percent".equals(i.unit()));
        return new Cell((percent ? 100 : 1) * numerator.number() / denominator.number(), null, null);
    }

    private List<Map<String, String>> rows(FileMapping file) {
        List<Map<String, String>> rows = CsvResource.read(file.file()).stream().map(CSVRecord::toMap).toList();
        Catalogue.Pivot pivot = file.pivot();
        if (pivot == null) {
            return rows;
        }
        Map<List<String>, Map<String, String>> joined = new LinkedHashMap<>();
        for (Map<String, String> row : rows) {
            List<String> key = pivot.keys().stream().map(row::get).toList();
            Map<String, String> target = joined.computeIfAbsent(key, k -> new LinkedHashMap<>(row));
            target.put(row.get(pivot.column()), row.get(pivot.value()));
        }
        return List.copyOf(joined.values());
    }

    private static String breakdown(FileMapping file, ValueMapping mapping, Map<String, String> row) {
        if (mapping.breakdown() != null) {
            return mapping.breakdown();
        }
        if (file.breakdown() == null) {
            return "";
        }
        String cell = row.get(file.breakdown().column());
        String id = file.breakdown().values().get(cell);
        if (id == null) {
            throw new IllegalArgumentException("unknown " + file.breakdown().column() + " '" + cell + "'");
        }
        return id;
    }

    /** The area's code; {@code null} for rows deliberately not loaded; "" for rows no area matches. */
    private String area(FileMapping file, Map<String, String> row, Period period) {
        if ("ees".equals(file.layout())) {
            String code = switch (row.get("geographic_level")) {
                case "National" -> row.get("country_code");
                case "Regional" -> row.get("region_code");
                case "Local authority" -> row.get("new_la_code");
                default -> throw new IllegalArgumentException("unknown geographic_level '" + row.get("geographic_level") + "'");
            };
            return orNone(areas.byCode(code));
        }
        Catalogue.AreaColumns columns = file.area();
        if (columns.fixed() != null) {
            return columns.fixed();
        }
        if (columns.name() != null) {
            return areaByName(file, columns, row, period);
        }
        if (columns.code() != null) {
            String code = row.get(columns.code());
            return columns.skipCodes().contains(code) ? null : orNone(areas.byCode(code));
        }
        if (columns.laNumber() != null) {
            String number = row.get(columns.laNumber());
            if (columns.skipNumbers().contains(number)) {
                return null;
            }
            if (columns.numbers().containsKey(number)) {
                return columns.numbers().get(number);
            }
            if (number.isEmpty()) {
                String byName = row.containsKey("la_name") ? columns.names().get(row.get("la_name")) : null;
                return byName == null ? "" : byName;
            }
            return orNone(areas.byLaNumber(number));
        }
        throw new IllegalStateException(file.file() + " says nothing about which column gives the area");
    }

    private String areaByName(FileMapping file, Catalogue.AreaColumns columns, Map<String, String> row, Period period) {
        String name = FOOTNOTE_MARKS.matcher(row.get(columns.name()).trim()).replaceAll("");
        if (columns.skipNames().contains(name)) {
            return null;
        }
        String former = areas.formerAreaCalled(name, period);
        if (former != null) {
            return former;
        }
        String byNumber = columns.checkLaNumber() == null ? null : areas.byLaNumber(row.get(columns.checkLaNumber()));
        if (byNumber != null && areas.isCalled(byNumber, name)) {
            return byNumber;
        }
        String lookup = columns.nameTemplate() == null ? name : String.format(columns.nameTemplate(), name);
        String code = columns.names().getOrDefault(name, areas.byName(lookup));
        if (code == null) {
            return "";
        }
        if (columns.checkLaNumber() != null) {
            String number = row.get(columns.checkLaNumber());
            if (!number.isEmpty() && !code.equals(byNumber) && numberMismatches.add(name)) {
                LOG.warn("{}: '{}' carries LA number {} ({}); placed by name as {}", file.file(), name, number, byNumber, code);
            }
        }
        return code;
    }

    private static String orNone(String code) {
        return code == null ? "" : code;
    }

    private static String describeArea(FileMapping file, Map<String, String> row) {
        List<String> parts = new ArrayList<>();
        for (String column : List.of("new_la_code", "old_la_code", "la_number", "la_name", "la_or_region_name", "region_code")) {
            if (row.containsKey(column) && !row.get(column).isEmpty()) {
                parts.add(row.get(column));
            }
        }
        return String.join(" ", parts);
    }

    private static boolean matches(Map<String, String> row, Map<String, String> where) {
        for (var condition : where.entrySet()) {
            if (!condition.getValue().equals(row.get(condition.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static void setAll(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }
}
