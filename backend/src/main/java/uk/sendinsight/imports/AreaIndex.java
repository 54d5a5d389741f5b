package uk.sendinsight.imports;

import io.micronaut.core.annotation.Nullable;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import uk.sendinsight.periods.Period;

/**
 * Every area SEND Insight knows, by the codes, LA numbers and names that source files use for it: the one lookup
 * the loaders of published files share. Each method answers the area's code, or null when nothing matches.
 */
public final class AreaIndex {

    private final Map<String, String> byCode = new HashMap<>();
    private final Map<String, String> byLaNumber = new HashMap<>();
    private final Map<String, String> byNameKey = new HashMap<>();
    private final Map<String, String> nameOf = new HashMap<>();
    private final Map<String, Former> formerByNameKey = new HashMap<>();

    /** A local authority that no longer exists, and the day it ended. */
    record Former(String code, LocalDate abolished) {
    }

    private AreaIndex() {
    }

    public static AreaIndex read(Connection connection) throws SQLException {
        AreaIndex index = new AreaIndex();
        try (Statement statement = connection.createStatement()) {
            // Current areas last, so that a name shared with a former area (Dorset) means the current one.
            try (ResultSet areas = statement.executeQuery("SELECT code, la_number, name, abolished FROM area ORDER BY abolished IS NULL")) {
                while (areas.next()) {
                    String code = areas.getString(1);
                    if (areas.getDate(4) != null) {
                        index.formerByNameKey.put(nameKey(areas.getString(3)), new Former(code, areas.getDate(4).toLocalDate()));
                    }
                    index.byCode.put(code, code);
                    index.nameOf.put(code, areas.getString(3));
                    index.byNameKey.put(nameKey(areas.getString(3)), code);
                    if (areas.getString(2) != null) {
                        index.byLaNumber.put(areas.getString(2), code);
                    }
                }
            }
            try (ResultSet aliases = statement.executeQuery("SELECT alias, area_code FROM area_alias")) {
                while (aliases.next()) {
                    index.byCode.put(aliases.getString(1), aliases.getString(2));
                }
            }
        }
        return index;
    }

    /** By its ONS code, or any other code it has (DfE's old county codes, NHS organisation codes). */
    @Nullable
    public String byCode(String code) {
        return byCode.get(code);
    }

    /** By its DfE three-digit LA number. */
    @Nullable
    public String byLaNumber(String laNumber) {
        return byLaNumber.get(laNumber);
    }

    /** By its name, however the source spells or capitalises it ("St. Helens", "Telford & Wrekin"). */
    @Nullable
    public String byName(String name) {
        return byNameKey.get(nameKey(name));
    }

    /**
     * The former authority a source means by a name it shares with a current one (Dorset), in a period that ended
     * before the former one was abolished; null otherwise.
     */
    @Nullable
    public String formerAreaCalled(String name, Period period) {
        Former former = formerByNameKey.get(nameKey(name));
        return former != null && period.end().isBefore(former.abolished()) ? former.code() : null;
    }

    @Nullable
    public String nameOf(String code) {
        return nameOf.get(code);
    }

    /** Whether the area with this code goes by this name, as {@link #byName} compares names. */
    public boolean isCalled(String code, String name) {
        return nameOf.containsKey(code) && nameKey(nameOf.get(code)).equals(nameKey(name));
    }

    /** "St. Helens", "St Helens" and "ST HELENS" are one name; so are "&" and "and". */
    static String nameKey(String name) {
        return name.toLowerCase(Locale.ROOT).replace("&", "and").replaceAll("[^a-z]", "");
    }
}
