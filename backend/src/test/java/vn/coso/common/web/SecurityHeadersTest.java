package vn.coso.common.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.coso.testing.TestUnits;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static vn.coso.testing.Api.as;

/** The API's answers, personal, public and refused alike, carry the browser-safety headers. */
@QuarkusTest
class SecurityHeadersTest {

    @Inject
    TestUnits units;

    private static ValidatableResponse hardened(ValidatableResponse response) {
        return response
                .header("X-Content-Type-Options", is("nosniff"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Frame-Options", is("DENY"))
                .header("Referrer-Policy", is("no-referrer"));
    }

    @Test
    void personalAnswersAreNotStored() {
        hardened(as("admin").get("/api/v1/me").then().statusCode(200))
                .header("Cache-Control", is("no-store"));
        hardened(as("admin").get("/api/v1/feedback").then().statusCode(200))
                .header("Cache-Control", is("no-store"));
    }

    @Test
    void errorsCarryTheHeadersToo() {
        hardened(RestAssured.get("/api/v1/units").then().statusCode(401))
                .header("Cache-Control", is("no-store"));
        hardened(as("admin").get("/api/v1/units/999999999").then().statusCode(404));
    }

    @Test
    void publicFiguresKeepTheirOwnCaching() {
        units.province();
        hardened(RestAssured.given().queryParam("year", 2022).get("/api/v1/public/figures").then().statusCode(200))
                .header("Cache-Control", containsString("max-age"));
    }

    @Test
    void uploadWithoutTokenIsUnauthenticatedWhateverItsMediaType() {
        RestAssured.given().contentType("application/json").body("{}")
                .queryParam("kind", "units").post("/api/v1/imports")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("code", is("unauthenticated"));
        RestAssured.given().contentType("text/csv").body("code,name\n")
                .queryParam("kind", "units").post("/api/v1/imports")
                .then().statusCode(401)
                .body("code", is("unauthenticated"));
        RestAssured.given().contentType("text/csv").header("Authorization", "Bearer not-a-token").body("code\n")
                .queryParam("kind", "units").post("/api/v1/imports")
                .then().statusCode(401)
                .body("code", is("unauthenticated"));
    }

    @Test
    void signedInUploadStillNegotiatesItsMediaType() {
        as("admin").contentType("application/json").body("{}").queryParam("kind", "units").post("/api/v1/imports")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void corsDoesNotAllowCredentials() {
        RestAssured.given()
                .header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "GET")
                .options("/api/v1/units")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", is("http://localhost:5173"))
                .header("Access-Control-Allow-Credentials", anyOf(nullValue(), is("false")));
    }
}
