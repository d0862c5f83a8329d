package vn.coso.me;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.coso.testing.TestUnits;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static vn.coso.testing.Api.anonymous;
import static vn.coso.testing.Api.as;
import static vn.coso.testing.Api.asIntegration;

@QuarkusTest
class MeResourceTest {

    @Inject
    TestUnits units;

    @Test
    void officerSeesItsNameRolesAndUnit() {
        var bachDang = units.bachDang();
        as("officer.bachdang").get("/api/v1/me")
                .then().statusCode(200)
                .body("username", is("officer.bachdang"))
                .body("name", is("Lê Thị Lan"))
                .body("roles", contains("officer"))
                .body("unit.id", is(bachDang.id.intValue()))
                .body("unit.code", is("06694"))
                .body("unit.name", is("Phường Bạch Đằng"))
                .body("unit.type", is("COMMUNE"));
    }

    @Test
    void adminBelongsToTheProvince() {
        units.province();
        as("admin").get("/api/v1/me")
                .then().statusCode(200).body("roles", contains("admin")).body("unit.code", is("22"));
    }

    @Test
    void integrationClientIsRecognised() {
        units.province();
        asIntegration().get("/api/v1/me")
                .then().statusCode(200).body("roles", contains("integration")).body("unit.code", is("22"));
    }

    @Test
    void userWithoutUnitHasNullUnit() {
        as("nounit").get("/api/v1/me").then().statusCode(200).body("unit", nullValue()).body("roles", contains("viewer"));
    }

    @Test
    void meNeedsAToken() {
        anonymous().get("/api/v1/me").then().statusCode(401).contentType("application/problem+json");
    }
}
