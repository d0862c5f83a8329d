package vn.coso.common.config;

import vn.coso.common.i18n.Msg;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The settings a production deployment must not carry: the DEV credentials the README and the realm
 * file publish, the demo data, and an OIDC issuer over plain HTTP (unless
 * {@code coso.production.allow-http-issuer} says so). A pure rule: {@link ProductionGuard} applies it
 * to the running configuration.
 */
public final class ProductionSettings {

    public static final String ADMIN_CLIENT_SECRET = "quarkus.keycloak.admin-client.client-secret";
    public static final String DATASOURCE_PASSWORD = "quarkus.datasource.password";
    public static final String DEMO_ENABLED = "coso.demo.enabled";
    public static final String AUTH_SERVER_URL = "quarkus.oidc.auth-server-url";
    public static final String TOKEN_ISSUER = "quarkus.oidc.token.issuer";
    public static final String ALLOW_HTTP_ISSUER = "coso.production.allow-http-issuer";

    /** Secrets published in this repository (realm file, README, compose defaults, run scripts). */
    static final Set<String> DEV_SECRETS = Set.of("coso-staff-admin-dev-secret", "coso-integration-dev-secret");
    /** Database passwords published in this repository. */
    static final Set<String> DEV_DATABASE_PASSWORDS = Set.of("coso", "coso-root-dev");

    private ProductionSettings() {
    }

    /** A setting that must change, with the message that says why (bundle {@code production}). */
    public record Violation(String setting, Msg message) {
    }

    /** Every violation in the configuration that {@code config} reads (empty when none). */
    public static List<Violation> check(Function<String, Optional<String>> config) {
        List<Violation> violations = new ArrayList<>();
        Optional<String> secret = config.apply(ADMIN_CLIENT_SECRET).map(String::trim).filter(s -> !s.isEmpty());
        if (secret.isEmpty()) {
            violations.add(new Violation(ADMIN_CLIENT_SECRET,
                    Msg.of("production.secret.missing", ADMIN_CLIENT_SECRET, "QUARKUS_KEYCLOAK_ADMIN_CLIENT_CLIENT_SECRET")));
        } else if (DEV_SECRETS.contains(secret.get())) {
            violations.add(new Violation(ADMIN_CLIENT_SECRET,
                    Msg.of("production.secret.dev", ADMIN_CLIENT_SECRET, "QUARKUS_KEYCLOAK_ADMIN_CLIENT_CLIENT_SECRET")));
        }
        if (config.apply(DATASOURCE_PASSWORD).map(DEV_DATABASE_PASSWORDS::contains).orElse(false)) {
            violations.add(new Violation(DATASOURCE_PASSWORD,
                    Msg.of("production.secret.dev", DATASOURCE_PASSWORD, "QUARKUS_DATASOURCE_PASSWORD")));
        }
        if (config.apply(DEMO_ENABLED).map(v -> Boolean.parseBoolean(v.trim())).orElse(false)) {
            violations.add(new Violation(DEMO_ENABLED, Msg.of("production.demo", DEMO_ENABLED, "COSO_DEMO_ENABLED")));
        }
        boolean httpAllowed = config.apply(ALLOW_HTTP_ISSUER).map(v -> Boolean.parseBoolean(v.trim())).orElse(false);
        // Tokens name the issuer: the explicit one, else the realm URL the backend is given.
        Optional<String> issuerSetting = config.apply(TOKEN_ISSUER).isPresent() ? Optional.of(TOKEN_ISSUER)
                : config.apply(AUTH_SERVER_URL).map(v -> AUTH_SERVER_URL);
        if (!httpAllowed && issuerSetting.isPresent()) {
            String issuer = config.apply(issuerSetting.get()).orElse("").trim().toLowerCase(Locale.ROOT);
            if (issuer.startsWith("http://")) {
                String env = issuerSetting.get().equals(TOKEN_ISSUER) ? "QUARKUS_OIDC_TOKEN_ISSUER" : "QUARKUS_OIDC_AUTH_SERVER_URL";
                violations.add(new Violation(issuerSetting.get(),
                        Msg.of("production.issuer.http", issuerSetting.get(), env, ALLOW_HTTP_ISSUER,
                                "COSO_PRODUCTION_ALLOW_HTTP_ISSUER")));
            }
        }
        return violations;
    }
}
