package vn.coso.common.config;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Starts the packaged app (target/quarkus-app, built by {@code mvn package}) as a process in the
 * prod profile with the settings a careless deployment would carry, and watches it stop, naming
 * each setting. Runs in {@code mvn verify} (failsafe), after packaging.
 */
class ProductionRefusalIT {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

    @Test
    void theProdProfileRefusesToStartWithTheDevSecretDemoDataAndAPlainHttpIssuer() throws Exception {
        assertTrue(Files.exists(JAR), "package the app first: " + JAR.toAbsolutePath());
        Path log = Files.createTempFile("coso-prod-refusal", ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx192m", "-jar", JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("QUARKUS_") || name.startsWith("COSO_"));
        env.put("QUARKUS_PROFILE", "prod");
        env.put("QUARKUS_HTTP_PORT", "0");
        env.put("QUARKUS_KEYCLOAK_ADMIN_CLIENT_CLIENT_SECRET", "coso-staff-admin-dev-secret");
        env.put("COSO_DEMO_ENABLED", "true");
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", "http://127.0.0.1:1/realms/coso");
        env.put("QUARKUS_OIDC_CONNECTION_DELAY", "0S");
        // Nothing to reach: the refusal must not depend on the database (schema untouched).
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:mariadb://127.0.0.1:1/coso");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "not-the-dev-one");
        env.put("QUARKUS_FLYWAY_MIGRATE_AT_START", "false");
        env.put("QUARKUS_HIBERNATE_ORM_SCHEMA_MANAGEMENT_STRATEGY", "none");
        // Required in production (no default); given, so that the start reaches the checks under test.
        env.put("COSO_NOTIFICATIONS_SECRET", "a-production-unsubscribe-secret-for-this-test");
        Process process = builder.start();
        try {
            assertTrue(process.waitFor(180, TimeUnit.SECONDS), "the app should stop by itself; log: " + tail(log));
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertNotEquals(0, process.exitValue(), output);
            for (String expected : List.of("Coso does not start in production",
                    "Coso không khởi động ở chế độ sản xuất",
                    "quarkus.keycloak.admin-client.client-secret is the DEV value",
                    "QUARKUS_KEYCLOAK_ADMIN_CLIENT_CLIENT_SECRET",
                    "coso.demo.enabled=true", "COSO_DEMO_ENABLED=false",
                    "quarkus.oidc.auth-server-url uses plain HTTP", "COSO_PRODUCTION_ALLOW_HTTP_ISSUER")) {
                assertTrue(output.contains(expected), "missing '" + expected + "' in:\n" + tail(log));
            }
            assertTrue(!output.contains("Demo data"), "no demo data may be loaded");
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }
}
