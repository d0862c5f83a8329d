package vn.coso.testing;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.util.Map;
import java.util.UUID;

/**
 * Signs in as accounts the staff tests create. A created account has a temporary password, which
 * a direct grant refuses ("account is not fully set up"), so the test first plays the person's
 * first sign-in: it sets a permanent password through Keycloak's admin API, as coso-staff-admin.
 */
public final class TestStaff {

    private static final String REALM_URL = Tokens.KEYCLOAK + "/realms/coso";
    private static final String ADMIN_URL = Tokens.KEYCLOAK + "/admin/realms/coso";

    private TestStaff() {
    }

    public static String uniqueUsername(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** Ends the first sign-in: a permanent password and no required action left. */
    public static void choosePassword(String userId, String password) {
        RestAssured.given().auth().oauth2(adminClientToken()).contentType(ContentType.JSON)
                .body(Map.of("type", "password", "value", password, "temporary", false))
                .put(ADMIN_URL + "/users/" + userId + "/reset-password")
                .then().statusCode(204);
    }

    /** The token endpoint's answer to a password grant through coso-cli. */
    public static Response signIn(String username, String password) {
        return RestAssured.given()
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("grant_type", "password")
                .formParam("client_id", "coso-cli")
                .formParam("username", username)
                .formParam("password", password)
                .post(REALM_URL + "/protocol/openid-connect/token");
    }

    public static String token(String username, String password) {
        return signIn(username, password).then().statusCode(200).extract().path("access_token");
    }

    private static String adminClientToken() {
        return RestAssured.given()
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", "coso-staff-admin")
                .formParam("client_secret", "coso-staff-admin-dev-secret")
                .post(REALM_URL + "/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }
}
