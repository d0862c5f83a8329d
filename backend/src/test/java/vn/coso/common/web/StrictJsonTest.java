package vn.coso.common.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.coso.testing.PublicClient;
import vn.coso.testing.TestUnits;
import vn.coso.units.Unit;
import vn.coso.units.UnitType;

import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.coso.testing.Api.as;

/**
 * JSON bodies are read strictly: duplicated keys, scalar coercions, numbers as dates or enums and
 * text that would display as something else are refused with 400 naming the field, and nothing is stored.
 */
@QuarkusTest
class StrictJsonTest {

    private static final String UNITS = "/api/v1/units";

    @Inject
    TestUnits units;

    private static String code() {
        return "sj" + UUID.randomUUID().toString().substring(0, 8);
    }

    private String unit(String code, String nameJson, String extra) {
        return "{\"code\":\"" + code + "\",\"name\":" + nameJson + ",\"type\":\"COMMUNE\",\"parentId\":"
                + units.haLong().id + extra + "}";
    }

    private void refused(String body, String code, String field) {
        long before = units.count();
        as("admin").body(body).post(UNITS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", is(code))
                .body("errors[0].field", is(field))
                .body("detail", containsString(field));
        assertEquals(before, units.count(), "nothing stored");
    }

    @Test
    void duplicatedKeyIsRefusedNamingIt() {
        String code = code();
        refused("{\"code\":\"" + code + "\",\"code\":\"" + code + "x\",\"name\":\"Xã A\",\"type\":\"COMMUNE\",\"parentId\":"
                + units.haLong().id + "}", "json.duplicate-key", "code");
    }

    @Test
    void duplicatedKeyInThePublicFormIsRefusedBeforeAnythingElse() {
        PublicClient.fresh().request()
                .body("{\"version\":0,\"version\":0}")
                .post("/api/v1/public/feedback")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", is("json.duplicate-key"))
                .body("errors[0].field", is("version"));
    }

    @Test
    void duplicatedKeyInANestedObjectIsNamedByItsPath() {
        PublicClient.fresh().request()
                .body("{\"sender\":{\"name\":\"a\",\"name\":\"b\"}}")
                .post("/api/v1/public/feedback")
                .then().statusCode(400)
                .body("code", is("json.duplicate-key"))
                .body("errors[0].field", is("sender.name"));
    }

    @Test
    void numberAsTextIsNotANumber() {
        refused(unit(code(), "\"Xã B\"", ",\"headCount\":\"5\""), "json.invalid-value", "headCount");
    }

    @Test
    void fractionIsNotAWholeNumber() {
        refused(unit(code(), "\"Xã C\"", ",\"headCount\":1.9"), "json.invalid-value", "headCount");
    }

    @Test
    void textIsNotABoolean() {
        refused(unit(code(), "\"Xã D\"", ",\"active\":\"true\""), "json.invalid-value", "active");
    }

    @Test
    void numberIsNotText() {
        refused(unit(code(), "5", ""), "json.invalid-value", "name");
    }

    @Test
    void numberIsNotAnEnum() {
        long before = units.count();
        as("admin").body("{\"code\":\"" + code() + "\",\"name\":\"Xã E\",\"type\":0,\"parentId\":" + units.haLong().id + "}")
                .post(UNITS).then().statusCode(400)
                .body("code", is("json.invalid-value")).body("errors[0].field", is("type"));
        assertEquals(before, units.count());
    }

    @Test
    void numberIsNotADate() {
        Unit commune = units.create("Xã Ngày Số", UnitType.COMMUNE, units.haLong());
        as("admin").body("{\"organizerUnitId\":" + commune.id + ",\"date\":123,\"topic\":\"Tập huấn\",\"attendances\":5}")
                .post("/api/v1/trainings").then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", is("json.invalid-value"))
                .body("errors[0].field", is("date"));
        as("admin").queryParam("unitId", commune.id).get("/api/v1/trainings").then().statusCode(200)
                .body("total", is(0));
    }

    @Test
    void bidiOverrideInANameIsRefused() {
        refused(unit(code(), "\"Xã \\u202Egnaỏh\"", ""), "validation.failed", "name");
    }

    @Test
    void isolateAndZeroWidthCharactersInANameAreRefused() {
        refused(unit(code(), "\"Xã \\u2066A\\u2069\"", ""), "validation.failed", "name");
        refused(unit(code(), "\"Xã Bạch\\u200BĐằng\"", ""), "validation.failed", "name");
        refused(unit(code(), "\"Xã \\uFEFFA\"", ""), "validation.failed", "name");
    }

    @Test
    void halfASurrogatePairIsRefusedInAnyText() {
        refused(unit(code(), "\"Xã \\uD800A\"", ""), "json.invalid-text", "name");
        refused(unit(code(), "\"Xã A\"", ",\"address\":\"số \\uDC00 1\""), "json.invalid-text", "address");
    }

    @Test
    void textIsStoredComposed() {
        String code = code();
        // "Đằng" typed with combining marks: D-stroke, a + breve + grave, n, g.
        String decomposed = "Xã Bạch \u0110a\u0306\u0300ng";
        int id = as("admin").contentType(ContentType.JSON)
                .body(unit(code, "\"" + decomposed + "\"", ""))
                .post(UNITS).then().statusCode(201).body("name", is("Xã Bạch Đằng")).extract().path("id");
        assertEquals("Xã Bạch Đằng", units.reload(id).name);
    }

    @Test
    void emojiAndVietnameseStayAccepted() {
        String code = code();
        int id = as("admin").body(unit(code, "\"Xã Đồng Tâm 🌾\"", "")).post(UNITS).then().statusCode(201)
                .extract().path("id");
        assertEquals("Xã Đồng Tâm 🌾", units.reload(id).name);
    }
}
