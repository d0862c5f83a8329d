package vn.coso.common.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import vn.coso.testing.TestStaff;
import vn.coso.testing.TestUnits;
import vn.coso.testing.Tokens;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.coso.testing.Api.as;

/**
 * Which tokens the API accepts, with real tokens from the test Keycloak: access tokens carrying the
 * audience coso-api, not ID tokens nor other clients' tokens; and a disabled staff member's tokens
 * stop working at once.
 */
@QuarkusTest
class AccessTokenTest {

    private static final String TOKEN_URL = Tokens.KEYCLOAK + "/realms/coso/protocol/openid-connect/token";

    @Inject
    TestUnits units;

    @Inject
    EntityManager em;

    @Test
    void accessTokensOfTheApiClientsCarryTheAudienceAndAreAccepted() {
        String cli = Tokens.of("viewer");
        assertTrue(audienceOf(cli).contains("coso-api"), "coso-cli's access token names coso-api");
        bearer(cli).get("/api/v1/me").then().statusCode(200).body("username", is("viewer"));

        String integration = Tokens.integration();
        assertTrue(audienceOf(integration).contains("coso-api"), "coso-integration's access token names coso-api");
        bearer(integration).get("/api/v1/units?size=1").then().statusCode(200);
    }

    @Test
    void anIdTokenIsRefusedWith401() {
        String idToken = RestAssured.given()
                .formParam("grant_type", "password").formParam("client_id", "coso-cli")
                .formParam("username", "admin").formParam("password", "admin").formParam("scope", "openid")
                .post(TOKEN_URL).then().statusCode(200).extract().path("id_token");
        assertEquals(List.of("coso-cli"), audienceOf(idToken));

        unauthenticated(bearer(idToken).get("/api/v1/me"));
        unauthenticated(bearer(idToken).get("/api/v1/units"));
    }

    @Test
    void aTokenOfAClientWithoutTheApiAudienceIsRefusedWith401() {
        // coso-staff-admin is the backend's own client for Keycloak's admin API: its tokens are for Keycloak.
        String other = RestAssured.given()
                .formParam("grant_type", "client_credentials").formParam("client_id", "coso-staff-admin")
                .formParam("client_secret", "coso-staff-admin-dev-secret")
                .post(TOKEN_URL).then().statusCode(200).extract().path("access_token");
        assertTrue(!audienceOf(other).contains("coso-api"));

        unauthenticated(bearer(other).get("/api/v1/me"));
        unauthenticated(bearer(other).get("/api/v1/staff"));
    }

    @Test
    void aDisabledStaffMemberLosesAccessAtOnceAndOnlyTokensIssuedBeforeTheDisableStayRefused() throws Exception {
        String username = TestStaff.uniqueUsername("revoked");
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("firstName", "Bình");
        body.put("lastName", "Trần");
        body.put("email", username + "@quangninh.test");
        body.put("role", "VIEWER");
        body.put("unitId", units.bachDang().id);
        body.put("temporaryPassword", "Tạm-thời-2025!");
        String id = as("admin").body(body).post("/api/v1/staff").then().statusCode(201).extract().path("id");
        TestStaff.choosePassword(id, "Mật-khẩu-riêng-2025");
        String token = TestStaff.token(username, "Mật-khẩu-riêng-2025");
        bearer(token).get("/api/v1/me").then().statusCode(200).body("username", is(username));

        long disabledAt = System.nanoTime();
        as("admin").post("/api/v1/staff/" + id + "/disable").then().statusCode(200).body("enabled", is(false));
        // On the instance that disabled the account the token is refused at once; other instances
        // read the list every 10 s. A minute is the promise.
        long refusedAfterMillis = -1;
        while (System.nanoTime() - disabledAt < 60_000_000_000L) {
            if (bearer(token).get("/api/v1/me").statusCode() == 401) {
                refusedAfterMillis = (System.nanoTime() - disabledAt) / 1_000_000;
                break;
            }
            Thread.sleep(200);
        }
        assertTrue(refusedAfterMillis >= 0, "the disabled account's token is refused within a minute");
        assertTrue(refusedAfterMillis < 5_000, "on this instance at once, took " + refusedAfterMillis + " ms");
        unauthenticated(bearer(token).get("/api/v1/units"));
        long rows = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM token_revocation WHERE subject = ?1").setParameter(1, id).getSingleResult()).longValue());
        assertEquals(1, rows);

        // Enabled again, the person signs in anew; the token from before the disable stays refused.
        Thread.sleep(1_100);
        as("admin").post("/api/v1/staff/" + id + "/enable").then().statusCode(200).body("enabled", is(true));
        String fresh = TestStaff.token(username, "Mật-khẩu-riêng-2025");
        bearer(fresh).get("/api/v1/me").then().statusCode(200).body("username", is(username));
        unauthenticated(bearer(token).get("/api/v1/me"));
        // Other people's tokens are untouched.
        as("viewer").get("/api/v1/me").then().statusCode(200);
    }

    private static io.restassured.specification.RequestSpecification bearer(String token) {
        return RestAssured.given().auth().oauth2(token);
    }

    private static void unauthenticated(Response response) {
        response.then().statusCode(401)
                .contentType("application/problem+json")
                .body("code", is("unauthenticated"))
                .header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer"));
    }

    /** The aud claim of a JWT, a string or a list, as a list (the signature is the server's business). */
    @SuppressWarnings("unchecked")
    private static List<String> audienceOf(String jwt) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        Object aud = io.restassured.path.json.JsonPath.from(payload).get("aud");
        return aud instanceof List<?> list ? (List<String>) list : aud == null ? List.of() : List.of(aud.toString());
    }
}
