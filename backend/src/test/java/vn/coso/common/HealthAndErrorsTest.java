package vn.coso.common;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class HealthAndErrorsTest {

    @Test
    void readinessChecksDatabaseAndKeycloak() {
        RestAssured.get("/q/health/ready")
                .then().log().ifValidationFails().statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void swaggerUiIsServed() {
        RestAssured.get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void corsAllowsTheFrontendOrigin() {
        RestAssured.given()
                .header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match")
                .options("/api/v1/units/1")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", is("http://localhost:5173"));
    }
}
