package vn.coso.testing;

import io.restassured.RestAssured;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real access tokens from the test Keycloak ({@code COSO_TEST_KEYCLOAK_URL}, realm coso). */
public final class Tokens {

    public static final String KEYCLOAK = System.getenv().getOrDefault("COSO_TEST_KEYCLOAK_URL", "http://localhost:8181");
    private static final String TOKEN_URL = KEYCLOAK + "/realms/coso/protocol/openid-connect/token";

    /** Demo and test users of keycloak/realm/coso-realm.json with their passwords. */
    private static final Map<String, String> PASSWORDS = Map.of(
            "admin", "admin",
            "officer.halong", "officer",
            "officer.bachdang", "officer",
            "officer.honggai", "officer",
            "officer.mongcai", "officer",
            "inspector", "inspector",
            "viewer", "viewer",
            "nounit", "nounit");

    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    public static String of(String username) {
        Cached cached = CACHE.get(username);
        if (cached != null && cached.fetchedAt.isAfter(Instant.now().minusSeconds(120))) {
            return cached.token;
        }
        String password = PASSWORDS.get(username);
        if (password == null) {
            throw new IllegalArgumentException("No test user " + username);
        }
        String token = RestAssured.given()
                .formParam("grant_type", "password")
                .formParam("client_id", "coso-cli")
                .formParam("username", username)
                .formParam("password", password)
                .post(TOKEN_URL)
                .then().statusCode(200)
                .extract().path("access_token");
        CACHE.put(username, new Cached(token, Instant.now()));
        return token;
    }

    /** A token of the coso-integration service account (client credentials). */
    public static String integration() {
        Cached cached = CACHE.get("@integration");
        if (cached != null && cached.fetchedAt.isAfter(Instant.now().minusSeconds(120))) {
            return cached.token;
        }
        String token = RestAssured.given()
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", "coso-integration")
                .formParam("client_secret", "coso-integration-dev-secret")
                .post(TOKEN_URL)
                .then().statusCode(200)
                .extract().path("access_token");
        CACHE.put("@integration", new Cached(token, Instant.now()));
        return token;
    }

    private record Cached(String token, Instant fetchedAt) {
    }
}
