package vn.coso.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * Creates a database of its own for the test run on the real MariaDB server and drops it at the
 * end. The server is {@code COSO_TEST_DB_URL} (default the local one), reached as
 * {@code COSO_TEST_DB_USER} / {@code COSO_TEST_DB_PASSWORD} (default root, no password).
 */
public class MariaDbTestDatabase implements QuarkusTestResourceLifecycleManager {

    private String serverUrl;
    private String user;
    private String password;
    private String database;

    @Override
    public Map<String, String> start() {
        serverUrl = env("COSO_TEST_DB_URL", "jdbc:mariadb://127.0.0.1:3306/");
        user = env("COSO_TEST_DB_USER", "root");
        password = env("COSO_TEST_DB_PASSWORD", "");
        database = "coso_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
        String base = serverUrl.endsWith("/") ? serverUrl : serverUrl + "/";
        return Map.of(
                "quarkus.datasource.jdbc.url", base + database,
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password);
    }

    @Override
    public void stop() {
        if (database != null) {
            execute("DROP DATABASE IF EXISTS " + database);
        }
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB at " + serverUrl + " refused: " + sql
                    + " (is the server running? scripts/test.sh starts it)", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
