package uk.sendinsight.areas;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import uk.sendinsight.shared.CsvResource;

/**
 * Loads England, its nine regions, the 153 local authorities and their DfE statistical neighbours from the
 * copied source files (see {@code data/SOURCES.md}). Refuses to load anything incomplete: a migration that
 * half-loads the geography would leave every later figure without a home.
 */
public final class ReferenceAreaLoader {

    static final String ENGLAND_CODE = "E92000001";
    static final String LOCAL_AUTHORITIES = "data/geography/la_lookup_2024.csv";
    static final String NEIGHBOURS = "data/neighbours/dfe_statistical_neighbours_2025.csv";
    static final int EXPECTED_LOCAL_AUTHORITIES = 153;
    static final int NEIGHBOURS_PER_AREA = 10;

    private static final Map<String, String> LA_KINDS = Map.of(
            "ILB", "inner_london_borough",
            "OLB", "outer_london_borough",
            "MD", "metropolitan_district",
            "UA", "unitary_authority",
            "SC", "shire_county");
    private static final Set<String> CLOSENESS_BANDS =
            Set.of("extremely_close", "very_close", "close", "somewhat_close", "not_close");

    private ReferenceAreaLoader() {
    }

    public static void load(Connection connection) throws SQLException {
        List<CSVRecord> localAuthorities = CsvResource.read(LOCAL_AUTHORITIES);
        if (localAuthorities.size() != EXPECTED_LOCAL_AUTHORITIES) {
            throw new IllegalStateException(LOCAL_AUTHORITIES + " has " + localAuthorities.size()
                    + " local authorities, expected " + EXPECTED_LOCAL_AUTHORITIES);
        }
        Map<String, String> regions = new LinkedHashMap<>();
        localAuthorities.forEach(la -> regions.putIfAbsent(la.get("region_code"), la.get("region_name")));

        Map<String, String> codeByLaNumber = new HashMap<>();
        try (PreparedStatement area = connection.prepareStatement(
                "INSERT INTO area (code, la_number, name, type, type_order, la_kind, parent_code) VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement alias = connection.prepareStatement(
                     "INSERT INTO area_alias (alias, area_code, note) VALUES (?, ?, ?)")) {
            addArea(area, ENGLAND_CODE, null, "England", "country", 0, null, null);
            area.executeBatch();
            for (var region : regions.entrySet()) {
                addArea(area, region.getKey(), null, region.getValue(), "region", 1, null, ENGLAND_CODE);
            }
            area.executeBatch();
            for (CSVRecord la : localAuthorities) {
                String code = la.get("dfer_ons_code");
                String dfeCode = la.get("new_la_code");
                String laNumber = la.get("old_la_code");
                addArea(area, code, laNumber, la.get("la_name"), "local_authority", 2, laKind(la), la.get("region_code"));
                codeByLaNumber.put(laNumber, code);
                if (!dfeCode.equals(code)) {
                    alias.setString(1, dfeCode);
                    alias.setString(2, code);
                    alias.setString(3, "Code DfE statistics still use for " + la.get("la_name")
                            + " (the former county); the current ONS code is " + code + ".");
                    alias.addBatch();
                }
            }
            area.executeBatch();
            alias.executeBatch();
        }
        loadNeighbours(connection, codeByLaNumber);
    }

    private static void addArea(PreparedStatement insert, String code, String laNumber, String name, String type,
                                int typeOrder, String laKind, String parentCode) throws SQLException {
        insert.setString(1, code);
        insert.setString(2, laNumber);
        insert.setString(3, name);
        insert.setString(4, type);
        insert.setInt(5, typeOrder);
        insert.setString(6, laKind);
        insert.setString(7, parentCode);
        insert.addBatch();
    }

    /**
     * LAIT still types Buckinghamshire, North Yorkshire and Somerset as shire counties; ONS (via dfeR) says they
     * became unitary authorities, which is what they are now.
     */
    static String laKind(CSVRecord la) {
        if ("Unitary Authorities".equals(la.get("dfer_entity_description"))) {
            return "unitary_authority";
        }
        String kind = LA_KINDS.get(la.get("lait_type"));
        if (kind == null) {
            throw new IllegalStateException("Unknown LA type '" + la.get("lait_type") + "' for " + la.get("la_name"));
        }
        return kind;
    }

    private static void loadNeighbours(Connection connection, Map<String, String> codeByLaNumber) throws SQLException {
        List<String> missing = new ArrayList<>(codeByLaNumber.keySet());
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO statistical_neighbour (area_code, neighbour_rank, neighbour_code, closeness) VALUES (?, ?, ?, ?)")) {
            for (CSVRecord row : CsvResource.read(NEIGHBOURS)) {
                if (!"current".equals(row.get("block"))) {
                    continue; // pre-reorganisation areas (Cumbria, Northamptonshire, Dorset/Poole/Bournemouth)
                }
                String laNumber = row.get("la_number");
                String areaCode = require(codeByLaNumber, laNumber, "area");
                for (int rank = 1; rank <= NEIGHBOURS_PER_AREA; rank++) {
                    insert.setString(1, areaCode);
                    insert.setInt(2, rank);
                    insert.setString(3, require(codeByLaNumber, row.get("sn" + rank), "neighbour " + rank + " of " + laNumber));
                    insert.setString(4, closeness(row.get("sn" + rank + "_closeness"), laNumber));
                    insert.addBatch();
                }
                missing.remove(laNumber);
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException(NEIGHBOURS + " has no neighbours for LA numbers " + missing);
            }
            insert.executeBatch();
        }
    }

    private static String require(Map<String, String> codeByLaNumber, String laNumber, String what) {
        String code = codeByLaNumber.get(laNumber);
        if (code == null) {
            throw new IllegalStateException(NEIGHBOURS + ": " + what + " has unknown LA number '" + laNumber + "'");
        }
        return code;
    }

    /** The source spells bands inconsistently ("Very Close", "Very close"). */
    static String closeness(String band, String laNumber) {
        String normalised = band.trim().toLowerCase(Locale.ROOT).replace(' ', '_');
        if (!CLOSENESS_BANDS.contains(normalised)) {
            throw new IllegalStateException(NEIGHBOURS + ": unknown closeness '" + band + "' for LA " + laNumber);
        }
        return normalised;
    }
}
