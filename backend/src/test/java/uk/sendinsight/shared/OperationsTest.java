package uk.sendinsight.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import uk.sendinsight.support.Api;

@MicronautTest
class OperationsTest {

    @Inject
    Api api;

    @Inject
    DataSource dataSource;

    @Test
    void testsRunAgainstARealMysqlCompatibleServer() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            System.out.printf("Database under test: %s %s via %s%n",
                    meta.getDatabaseProductName(), meta.getDatabaseProductVersion(), meta.getURL());
            assertTrue(meta.getURL().startsWith("jdbc:mysql:") || meta.getURL().startsWith("jdbc:mariadb:"), meta.getURL());
            assertTrue(meta.getDatabaseProductName().matches("(?i)mysql|mariadb"), meta.getDatabaseProductName());
        }
    }

    @Test
    void healthIsUpWhenTheDatabaseAnswers() {
        Api.Reply reply = api.get("/health");

        assertEquals(200, reply.status());
        assertEquals("UP", reply.asMap().get("status"));
    }

    @Test
    void metricsArePublishedInPrometheusFormat() {
        api.get("/api/v1/areas/212");

        Api.Reply reply = api.get("/metrics");

        assertEquals(200, reply.status());
        assertTrue(reply.contentType().startsWith("text/plain"), reply.contentType());
        assertTrue(reply.body().contains("# TYPE http_server_requests_seconds"), "request timings are exported");
        assertTrue(reply.body().contains("hikaricp_connections"), "connection pool is exported");
    }

    @Test
    void theContractIsServedAsWrittenInTheRepository() throws Exception {
        Api.Reply reply = api.get("/openapi.yaml");

        assertEquals(200, reply.status());
        assertEquals(Files.readString(Path.of("../openapi.yaml")), reply.body());
    }
}
