package uk.sendinsight.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** V8's upgrade: a database loaded before an indicator joined the catalogue gains it, and nothing loaded twice. */
@MicronautTest(transactional = false)
class AddedIndicatorsTest {

    static final String INDICATOR = "wsoa-weaknesses-sufficient-progress";

    @Inject
    DataSource dataSource;

    @Test
    void anIndicatorMissingFromAnOlderDatabaseIsAddedWithItsFiguresAndNothingElseIsLoadedAgain() throws SQLException {
        try (Connection connection = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            connection.setAutoCommit(true);
            long figures = count(connection, "SELECT COUNT(*) FROM indicator_value WHERE indicator_id <> '" + INDICATOR + "'");
            long ofsted = count(connection, "SELECT COUNT(*) FROM indicator_value WHERE indicator_id = '" + INDICATOR + "'");
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM indicator_value WHERE indicator_id = '" + INDICATOR + "'");
                statement.executeUpdate("DELETE FROM indicator WHERE id = '" + INDICATOR + "'");
                statement.executeUpdate("DELETE FROM indicator_source WHERE id = 'ofsted-area-send-2016-2022'");
            }

            PublishedDataImporter.importAdded(connection);
            PublishedDataImporter.importAdded(connection);
            // As the migrations do after V8: England and regional figures are summed from the areas' counts.
            PublishedDataImporter.aggregateAll(connection);

            assertEquals(ofsted, count(connection, "SELECT COUNT(*) FROM indicator_value WHERE indicator_id = '" + INDICATOR + "'"));
            assertEquals(figures, count(connection, "SELECT COUNT(*) FROM indicator_value WHERE indicator_id <> '" + INDICATOR + "'"));
            assertEquals("confidence_interval", text(connection, "SELECT comparison_method FROM indicator WHERE id = '" + INDICATOR + "'"));
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        return Long.parseLong(text(connection, sql));
    }

    private static String text(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
