package vn.coso.calendar;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static vn.coso.testing.Api.anonymous;
import static vn.coso.testing.Api.as;
import static vn.coso.testing.Api.asIntegration;

/** The holidays table: seeded with Vietnam's 2024–2026 calendar, maintained by admins. */
@QuarkusTest
class HolidayResourceTest {

    private static Map<String, Object> body(String date, String kind, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("date", date);
        body.put("kind", kind);
        body.put("name", name);
        return body;
    }

    @Test
    void theCalendarIsSeededWithTetAndTheWorkedSaturdays() {
        as("officer.halong").queryParam("year", 2025).queryParam("size", 200).get("/api/v1/holidays").then()
                .statusCode(200)
                .body("total", is(21))
                .body("items.date", hasItems("2025-01-29", "2025-04-30", "2025-09-02"))
                .body("items.find { it.date == '2025-04-26' }.kind", is("WORKING_DAY"));
        as("viewer").queryParam("from", "2024-01-01").queryParam("to", "2026-12-31").get("/api/v1/holidays").then()
                .body("total", is(64));
        asIntegration().queryParam("year", 2026).get("/api/v1/holidays").then().statusCode(200);
        anonymous().get("/api/v1/holidays").then().statusCode(401);
    }

    @Test
    void adminsMaintainTheCalendar() {
        int id = as("admin").body(body("2031-02-03", "HOLIDAY", "Tết Nguyên đán Tân Hợi")).post("/api/v1/holidays")
                .then().statusCode(201).body("kind", is("HOLIDAY")).extract().path("id");
        as("admin").body(body("2031-02-03", "HOLIDAY", "Trùng")).post("/api/v1/holidays").then().statusCode(409)
                .body("code", is("holiday.date.duplicate"));
        Map<String, Object> change = body("2031-02-04", "HOLIDAY", "Tết Nguyên đán Tân Hợi");
        change.put("version", 0);
        as("admin").body(change).put("/api/v1/holidays/" + id).then().statusCode(200).body("date", is("2031-02-04"))
                .body("version", is(1));
        as("admin").body(change).put("/api/v1/holidays/" + id).then().statusCode(409).body("code", is("version.stale"));
        as("officer.halong").body(body("2031-02-05", "HOLIDAY", "x")).post("/api/v1/holidays").then().statusCode(403);
        as("officer.halong").delete("/api/v1/holidays/" + id).then().statusCode(403);
        as("admin").body(body("2031-02-05", "DAY_OFF", "x")).post("/api/v1/holidays").then().statusCode(400)
                .body("errors.field", hasItem("kind"));
        as("admin").body(body("1890-01-01", "HOLIDAY", "x")).post("/api/v1/holidays").then().statusCode(400)
                .body("errors.field", hasItem("date"));
        as("admin").body(body("2031-02-05", "HOLIDAY", "")).post("/api/v1/holidays").then().statusCode(400)
                .body("errors.field", hasItem("name"));
        as("admin").delete("/api/v1/holidays/" + id).then().statusCode(204);
        as("admin").get("/api/v1/holidays/" + id).then().statusCode(404);
    }
}
