package vn.coso.conferences;

import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.coso.testing.SqlStatements;
import vn.coso.testing.TestUnits;
import vn.coso.units.Unit;
import vn.coso.units.UnitType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.coso.testing.Api.as;

/**
 * Meetings where people discuss and decide: a commune's leaders' dialogue and staff conference, a
 * village meeting with its households and items, the law's thresholds, and the review's figures.
 * Records are dated in 2019, away from the demo data's years.
 */
@QuarkusTest
class VillageMeetingTest {

    @Inject
    TestUnits units;

    Unit commune;
    Unit village;

    @BeforeEach
    void tree() {
        commune = units.create("Xã Bàn Bạc", UnitType.COMMUNE, units.haLong());
        village = units.create("Thôn Quyết Định", UnitType.VILLAGE, commune);
    }

    static Map<String, Object> item(String title, int votesFor, String contribution, String completedOn) {
        Map<String, Object> item = new HashMap<>();
        item.put("title", title);
        item.put("decidedBy", "SHOW_OF_HANDS");
        item.put("votesFor", votesFor);
        item.put("votesAgainst", 2);
        item.put("votesAbstain", 1);
        item.put("contribution", contribution);
        item.put("recognised", true);
        item.put("completedOn", completedOn);
        return item;
    }

    static Map<String, Object> meeting(Unit village, String date, int total, int represented, List<Map<String, Object>> items) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", village.id);
        body.put("kind", "VILLAGE_MEETING");
        body.put("date", date);
        body.put("title", "Hội nghị thôn bàn làm đường");
        body.put("participants", represented);
        body.put("householdsTotal", total);
        body.put("householdsRepresented", represented);
        body.put("items", items);
        return body;
    }

    private JsonPath report(Unit unit, String year) {
        return as("admin").queryParam("year", year).queryParam("unitId", unit.id).get("/api/v1/reports/annual")
                .then().statusCode(200).extract().jsonPath();
    }

    private static long figure(JsonPath report, String key) {
        return ((Number) report.get("sections.figures.flatten().find { it.key == '" + key + "' }.value")).longValue();
    }

    @Test
    void aCommuneHoldsItsLeadersDialogueAndItsStaffConference() {
        for (String kind : List.of("LEADERS_DIALOGUE", "STAFF_CONFERENCE")) {
            as("officer.halong").body(Map.of("unitId", commune.id, "kind", kind, "date", "2019-04-10",
                            "title", "Đối thoại giữa Chủ tịch UBND xã với Nhân dân", "participants", 120))
                    .post("/api/v1/conferences")
                    .then().statusCode(201).body("kind", is(kind)).body("quorate", is(true))
                    .body("rights", contains("DISCUSS"));
        }
        as("officer.halong").body(Map.of("unitId", village.id, "kind", "LEADERS_DIALOGUE", "date", "2019-04-10",
                        "title", "Sai loại", "participants", 12))
                .post("/api/v1/conferences")
                .then().statusCode(400).body("errors[0].field", is("kind")).body("errors[0].message", containsString("COMMUNE"));
        assertEquals(1, figure(report(commune, "2019"), "conferences.leadersDialogues"));
    }

    @Test
    void aValidVillageMeetingDecidesItemsAgreedByMoreThanHalfOfAllHouseholds() {
        var items = List.of(
                item("Đóng góp làm đường bê tông ngõ xóm", 61, "MONEY", "2019-09-02"),
                item("Sửa nhà văn hóa thôn", 60, "WORK", null));
        int id = as("officer.halong", "vi").body(meeting(village, "2019-03-05", 120, 75, items)).post("/api/v1/conferences")
                .then().statusCode(201)
                .body("quorate", is(true))
                .body("items.decided", contains(true, false))
                .body("items[0].contribution", is("MONEY"))
                .body("rights", contains("DISCUSS", "DO", "BENEFIT"))
                .extract().path("id");
        as("viewer").get("/api/v1/conferences/" + id).then().statusCode(200).body("items.size()", is(2));
        as("officer.mongcai").get("/api/v1/conferences/" + id).then().statusCode(404);

        JsonPath report = report(commune, "2019");
        assertEquals(1, figure(report, "conferences.villageMeetings"));
        assertEquals(1, figure(report, "conferences.itemsDecided"));
        assertEquals(0, figure(report, "conferences.villagesWithout"));
    }

    @Test
    void aMeetingOfHalfTheHouseholdsOrFewerIsRecordedButDecidesNothing() {
        var items = List.of(item("Quy ước giữ gìn vệ sinh môi trường", 57, "NONE", null));
        as("officer.halong").body(meeting(village, "2019-05-05", 120, 60, items)).post("/api/v1/conferences")
                .then().statusCode(201)
                .body("quorate", is(false))
                .body("items[0].decided", is(false))
                .body("rights", contains("DISCUSS"));
        JsonPath report = report(commune, "2019");
        assertEquals(1, figure(report, "conferences.villageMeetings"));
        assertEquals(0, figure(report, "conferences.itemsDecided"));
    }

    @Test
    void householdsAndVotesAreCheckedAgainstEachOtherInVietnamese() {
        var noHouseholds = meeting(village, "2019-06-01", 100, 60, List.of());
        noHouseholds.remove("householdsTotal");
        as("admin", "vi").body(noHouseholds).post("/api/v1/conferences")
                .then().statusCode(400).body("errors[0].field", is("householdsTotal"));
        as("admin", "vi").body(meeting(village, "2019-06-01", 100, 101, List.of())).post("/api/v1/conferences")
                .then().statusCode(400).body("errors[0].field", is("householdsRepresented"))
                .body("errors[0].message", containsString("nhiều hơn tổng số 100 hộ"));
        as("admin", "vi").body(meeting(village, "2019-06-01", 100, 50, List.of(item("Bầu trưởng thôn", 49, "NONE", null))))
                .post("/api/v1/conferences")
                .then().statusCode(400).body("errors[0].field", is("items[0].votesFor"))
                .body("errors[0].message", containsString("hộ biểu quyết"));
        as("admin").body(meeting(village, "2019-06-01", 100, 60, List.of(item("Sớm", 40, "WORK", "2019-05-01"))))
                .post("/api/v1/conferences")
                .then().statusCode(400).body("errors[0].field", is("items[0].completedOn"));
        var wrongType = meeting(village, "2019-06-01", 100, 60, List.of());
        wrongType.put("householdsTotal", "một trăm");
        as("admin").body(wrongType).post("/api/v1/conferences").then().statusCode(400)
                .body("errors.field", hasItem("householdsTotal"));
        var onDialogue = new HashMap<String, Object>(Map.of("unitId", commune.id, "kind", "LEADERS_DIALOGUE",
                "date", "2019-06-01", "title", "Đối thoại", "participants", 50, "householdsTotal", 100,
                "householdsRepresented", 60));
        as("admin", "vi").body(onDialogue).post("/api/v1/conferences")
                .then().statusCode(400).body("errors[0].field", is("householdsTotal"))
                .body("errors[0].message", containsString("chỉ dùng cho hội nghị thôn"));
        as("admin").queryParam("unitId", commune.id).get("/api/v1/conferences").then().statusCode(200).body("total", is(0));
    }

    @Test
    void aMeetingKeepsItsHistoryAndRefusesAStaleChange() {
        var body = meeting(village, "2019-07-01", 80, 50, List.of(item("Làm rãnh thoát nước", 45, "WORK", null)));
        int id = as("officer.halong").body(body).post("/api/v1/conferences").then().statusCode(201).extract().path("id");
        body.put("householdsRepresented", 52);
        body.put("version", 0);
        as("officer.halong").body(body).put("/api/v1/conferences/" + id).then().statusCode(200).body("version", is(1));
        as("admin").body(body).put("/api/v1/conferences/" + id).then().statusCode(409).body("code", is("version.stale"));
        as("viewer").body(body).put("/api/v1/conferences/" + id).then().statusCode(403);
        as("inspector").get("/api/v1/conferences/" + id + "/history").then().statusCode(200)
                .body("items.action", contains("UPDATED", "CREATED"))
                .body("items[0].changes.find { it.field == 'householdsRepresented' }.to", is("52"));
        as("officer.mongcai").get("/api/v1/conferences/" + id + "/history").then().statusCode(404);
    }

    @Test
    void aVillageWithoutAMeetingLagsAndTheReviewSaysWhy() {
        JsonPath report = report(commune, "2019");
        assertEquals(1, figure(report, "conferences.villagesWithout"));
        assertTrue(report.getList("lagging.find { it.unit.id == " + village.id + " }.reasons.code")
                .contains("conference.village.none"));
        as("admin").body(meeting(village, "2019-08-08", 40, 30, List.of())).post("/api/v1/conferences").then().statusCode(201);
        JsonPath after = report(commune, "2019");
        assertEquals(0, figure(after, "conferences.villagesWithout"));
        assertFalse(after.getList("lagging.find { it.unit.id == " + village.id + " }.reasons.code")
                .contains("conference.village.none"));
    }

    /** The list loads the items of all its conferences at once: the statements do not grow with the page (issue 18). */
    @Test
    void theListCostsTheSameStatementsForOneMeetingOrFive() {
        Unit quiet = units.create("Thôn Đếm Câu Lệnh", UnitType.VILLAGE, commune);
        as("officer.halong").body(meeting(quiet, "2018-03-01", 100, 70,
                List.of(item("Nội dung một", 60, "NONE", null)))).post("/api/v1/conferences").then().statusCode(201);
        List<String> one = SqlStatements.during(() -> as("officer.halong").queryParam("unitId", quiet.id)
                .get("/api/v1/conferences").then().statusCode(200).body("total", is(1))
                .body("items[0].items[0].decided", is(true)));
        for (int i = 0; i < 4; i++) {
            as("officer.halong").body(meeting(quiet, "2018-04-0" + (i + 1), 100, 70,
                    List.of(item("Nội dung " + i, 60, "WORK", null), item("Nội dung khác " + i, 30, "NONE", null))))
                    .post("/api/v1/conferences").then().statusCode(201);
        }
        List<String> five = SqlStatements.during(() -> as("officer.halong").queryParam("unitId", quiet.id)
                .get("/api/v1/conferences").then().statusCode(200).body("total", is(5))
                .body("items.collect { it.items.size() }.sum()", is(9)));
        assertEquals(one.size(), five.size(), "one meeting:\n" + String.join("\n", one)
                + "\nfive meetings:\n" + String.join("\n", five));
    }
}
