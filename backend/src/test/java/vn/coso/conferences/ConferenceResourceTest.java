package vn.coso.conferences;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.coso.testing.TestUnits;
import vn.coso.units.Unit;
import vn.coso.units.UnitType;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.coso.testing.Api.anonymous;
import static vn.coso.testing.Api.as;
import static vn.coso.testing.Api.asIntegration;

/**
 * Conferences API. Records here are dated outside 2024, whose figures belong to the demo data
 * (DemoDataLoaderTest).
 */
@QuarkusTest
class ConferenceResourceTest {

    @Inject
    TestUnits units;

    @Inject
    ConferenceRepository conferences;

    Unit haLong;
    Unit bachDang;
    Unit mongCai;
    Unit school;
    Unit company;

    @BeforeEach
    void tree() {
        haLong = units.haLong();
        bachDang = units.bachDang();
        mongCai = units.mongCai();
        school = units.create("Trường Tiểu học Hội Nghị", UnitType.PUBLIC_SERVICE_UNIT, bachDang);
        company = units.create("Công ty TNHH Đối Thoại", UnitType.ENTERPRISE, haLong);
    }

    private static Map<String, Object> body(Long unitId, String kind, String date, String title, Integer participants) {
        var body = new HashMap<String, Object>();
        body.put("unitId", unitId);
        body.put("kind", kind);
        body.put("date", date);
        body.put("title", title);
        body.put("participants", participants);
        return body;
    }

    private static int create(String user, Unit unit, String kind, String date, String title) {
        return as(user).body(body(unit.id, kind, date, title, 40)).post("/api/v1/conferences")
                .then().statusCode(201).extract().path("id");
    }

    private Conference stored(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Conference conference = conferences.findById(id);
            if (conference != null) {
                conference.unit.code.length(); // loaded for the assertions
            }
            return conference;
        });
    }

    private long count() {
        return QuarkusTransaction.requiringNew().call(() -> conferences.count());
    }

    // --- authentication and roles ---------------------------------------------------------------

    @Test
    void everyOperationNeedsAToken() {
        int id = create("admin", school, "STAFF_CONFERENCE", "2023-01-10", "Hội nghị không token");
        anonymous().get("/api/v1/conferences").then().statusCode(401).body("code", is("unauthenticated"));
        anonymous().queryParam("year", 2023).get("/api/v1/conferences/lagging-units").then().statusCode(401);
        anonymous().get("/api/v1/conferences/" + id).then().statusCode(401);
        anonymous().body(body(school.id, "STAFF_CONFERENCE", "2023-01-10", "X", 1)).post("/api/v1/conferences").then().statusCode(401);
        anonymous().body(body(school.id, "STAFF_CONFERENCE", "2023-01-10", "X", 1)).put("/api/v1/conferences/" + id).then().statusCode(401);
        anonymous().delete("/api/v1/conferences/" + id).then().statusCode(401);
    }

    @Test
    void staffReadConferencesButIntegrationDoesNot() {
        int id = create("admin", school, "STAFF_CONFERENCE", "2023-01-11", "Hội nghị ai đọc được");
        for (String user : List.of("admin", "officer.halong", "officer.bachdang", "inspector", "viewer")) {
            as(user).get("/api/v1/conferences/" + id).then().statusCode(200).body("title", is("Hội nghị ai đọc được"));
        }
        asIntegration().get("/api/v1/conferences").then().statusCode(403).body("code", is("forbidden"));
        asIntegration().get("/api/v1/conferences/" + id).then().statusCode(403);
        asIntegration().queryParam("year", 2023).get("/api/v1/conferences/lagging-units").then().statusCode(403);
    }

    @Test
    void readersCannotWrite() {
        int id = create("admin", school, "STAFF_CONFERENCE", "2023-01-12", "Hội nghị chỉ đọc");
        long before = count();
        for (String user : List.of("viewer", "inspector")) {
            as(user).body(body(school.id, "STAFF_CONFERENCE", "2023-01-12", "Ghi trộm", 1)).post("/api/v1/conferences")
                    .then().statusCode(403).body("code", is("forbidden"));
            var change = body(school.id, "STAFF_CONFERENCE", "2023-01-12", "Sửa trộm", 1);
            change.put("version", 0);
            as(user).body(change).put("/api/v1/conferences/" + id).then().statusCode(403);
            as(user).delete("/api/v1/conferences/" + id).then().statusCode(403);
        }
        asIntegration().body(body(school.id, "STAFF_CONFERENCE", "2023-01-12", "Ghi trộm", 1)).post("/api/v1/conferences")
                .then().statusCode(403);
        assertEquals(before, count());
        assertEquals("Hội nghị chỉ đọc", stored(id).title);
    }

    // --- writing --------------------------------------------------------------------------------

    @Test
    void officerRecordsTheStaffConferenceOfASchoolInItsWard() {
        var request = body(school.id, "STAFF_CONFERENCE", "2023-01-20", "Hội nghị viên chức năm học 2022-2023", 58);
        request.put("resolutions", "1. Thông qua quy chế chi tiêu nội bộ.\n2. Thông qua quy chế dân chủ của nhà trường.");
        int id = as("officer.bachdang").body(request).post("/api/v1/conferences")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/conferences/"))
                .body("unit.id", is(school.id.intValue()))
                .body("unit.type", is("PUBLIC_SERVICE_UNIT"))
                .body("kind", is("STAFF_CONFERENCE"))
                .body("date", is("2023-01-20"))
                .body("participants", is(58))
                .body("resolutions", containsString("\n2. Thông qua"))
                .body("version", is(0))
                .extract().path("id");
        Conference saved = stored(id);
        assertEquals(school.id, saved.unit.id);
        assertEquals(ConferenceKind.STAFF_CONFERENCE, saved.kind);
        assertEquals(58, saved.participants);
    }

    @Test
    void kindMustFitTheUnitType() {
        Unit agency = units.create("Phòng Nội vụ Hội Nghị", UnitType.AGENCY, haLong);
        long before = count();
        as("admin").body(body(company.id, "STAFF_CONFERENCE", "2023-02-01", "Sai loại", 10)).post("/api/v1/conferences")
                .then().statusCode(400).body("errors[0].field", is("kind"))
                .body("errors[0].message", containsString("ENTERPRISE"));
        as("admin").body(body(agency.id, "WORKERS_CONFERENCE", "2023-02-01", "Sai loại", 10)).post("/api/v1/conferences")
                .then().statusCode(400).body("errors[0].field", is("kind"));
        as("admin").body(body(bachDang.id, "WORKPLACE_DIALOGUE", "2023-02-01", "Sai loại", 10)).post("/api/v1/conferences")
                .then().statusCode(400).body("errors[0].field", is("kind"));
        as("admin").body(body(bachDang.id, "VILLAGE_MEETING", "2023-02-01", "Sai loại", 10)).post("/api/v1/conferences")
                .then().statusCode(400).body("errors[0].field", is("kind"));
        assertEquals(before, count());

        create("admin", agency, "STAFF_CONFERENCE", "2023-02-01", "Hội nghị công chức");
        create("admin", company, "WORKERS_CONFERENCE", "2023-02-02", "Hội nghị người lao động");
        int dialogue = create("admin", company, "WORKPLACE_DIALOGUE", "2023-06-02", "Đối thoại định kỳ");

        var moveToAgency = body(agency.id, "WORKPLACE_DIALOGUE", "2023-06-02", "Đối thoại định kỳ", 10);
        moveToAgency.put("version", 0);
        as("admin").body(moveToAgency).put("/api/v1/conferences/" + dialogue)
                .then().statusCode(400).body("errors[0].field", is("kind"));
        assertEquals(company.id, stored(dialogue).unit.id);
    }

    @Test
    void officerCannotRecordForAUnitOutsideItsScope() {
        long before = count();
        as("officer.bachdang").body(body(company.id, "WORKERS_CONFERENCE", "2023-02-03", "Ngoài phạm vi", 10))
                .post("/api/v1/conferences")
                .then().statusCode(400).body("errors[0].field", is("unitId"));
        as("admin").body(body(999_999_999L, "WORKERS_CONFERENCE", "2023-02-03", "Không có", 10))
                .post("/api/v1/conferences")
                .then().statusCode(400).body("errors[0].field", is("unitId"));
        assertEquals(before, count());
    }

    @Test
    void invalidBodyNamesEveryFieldAndWritesNothing() {
        long before = count();
        as("admin").body(Map.of("date", "1900-01-01", "title", "", "participants", -3, "resolutions", "x\u0000y"))
                .post("/api/v1/conferences")
                .then().statusCode(400).body("code", is("validation.failed"))
                .body("errors.field", containsInAnyOrder("unitId", "kind", "date", "title", "participants", "resolutions"));
        as("admin").body(body(school.id, "STAFF_CONFERENCE", "2023-02-04", "Quá đông", 100_001))
                .post("/api/v1/conferences").then().statusCode(400).body("errors[0].field", is("participants"));
        as("admin").body(body(school.id, "ANNUAL_PARTY", "2023-02-04", "Loại lạ", 1))
                .post("/api/v1/conferences")
                .then().statusCode(400).body("errors[0].field", is("kind")).body("detail", containsString("WORKPLACE_DIALOGUE"));
        assertEquals(before, count());
    }

    @Test
    void staleUpdateIsRefusedAndIfMatchIsHonoured() {
        int id = create("admin", company, "WORKPLACE_DIALOGUE", "2023-03-01", "Đối thoại quý I");
        var first = body(company.id, "WORKPLACE_DIALOGUE", "2023-03-01", "Đối thoại quý I/2023", 25);
        first.put("version", 0);
        as("officer.halong").body(first).put("/api/v1/conferences/" + id)
                .then().statusCode(200).body("version", is(1)).body("title", is("Đối thoại quý I/2023"));
        as("admin").body(first).put("/api/v1/conferences/" + id).then().statusCode(409).body("code", is("version.stale"));
        var second = body(company.id, "WORKPLACE_DIALOGUE", "2023-03-01", "Đối thoại quý I (sửa)", 25);
        second.put("version", 1);
        as("admin").header("If-Match", "\"0\"").body(second).put("/api/v1/conferences/" + id)
                .then().statusCode(412).body("code", is("version.precondition-failed"));
        second.remove("version");
        as("admin").body(second).put("/api/v1/conferences/" + id).then().statusCode(400).body("errors.field", hasItem("version"));
        assertEquals("Đối thoại quý I/2023", stored(id).title);
        assertEquals(1, stored(id).version);
    }

    @Test
    void outOfScopeConferenceLooksLikeMissing() {
        int id = create("admin", school, "STAFF_CONFERENCE", "2023-03-02", "Hội nghị của trường");
        as("officer.mongcai").get("/api/v1/conferences/" + id).then().statusCode(404).body("code", is("not-found"));
        var change = body(school.id, "STAFF_CONFERENCE", "2023-03-02", "Chiếm", 1);
        change.put("version", 0);
        as("officer.mongcai").body(change).put("/api/v1/conferences/" + id).then().statusCode(404);
        as("officer.mongcai").delete("/api/v1/conferences/" + id).then().statusCode(404);
        as("officer.mongcai").queryParam("year", 2023).queryParam("size", 200).get("/api/v1/conferences")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        as("nounit").get("/api/v1/conferences").then().statusCode(200).body("total", is(0));
        assertEquals("Hội nghị của trường", stored(id).title);
    }

    @Test
    void deleteRemovesTheConferenceAndFreesTheUnit() {
        int id = create("officer.bachdang", school, "STAFF_CONFERENCE", "2023-03-03", "Hội nghị xoá");
        as("admin").delete("/api/v1/units/" + school.id)
                .then().statusCode(409).body("code", is("unit.referenced")).body("detail", containsString("conference"));
        as("officer.bachdang").delete("/api/v1/conferences/" + id).then().statusCode(204);
        assertNull(stored(id));
        as("admin").get("/api/v1/conferences/" + id).then().statusCode(404);
        as("admin").delete("/api/v1/units/" + school.id).then().statusCode(204);
    }

    // --- filters --------------------------------------------------------------------------------

    @Test
    void filtersByUnitSubtreeKindPeriodAndText() {
        Unit group = units.create("Tổng công ty Lọc", UnitType.ENTERPRISE, haLong);
        Unit branch = units.create("Chi nhánh Lọc", UnitType.ENTERPRISE, group);
        int conference = create("admin", group, "WORKERS_CONFERENCE", "2023-01-15", "Hội nghị người lao động 2023");
        int dialogue = create("admin", branch, "WORKPLACE_DIALOGUE", "2023-07-15", "Đối thoại giữa năm");
        var withResolutions = body(branch.id, "WORKPLACE_DIALOGUE", "2022-12-20", "Đối thoại cuối năm", 30);
        withResolutions.put("resolutions", "Tăng phụ cấp độc hại cho công nhân lò");
        int older = as("admin").body(withResolutions).post("/api/v1/conferences").then().statusCode(201).extract().path("id");

        as("admin").queryParam("unitId", group.id).get("/api/v1/conferences")
                .then().statusCode(200).body("total", is(3)).body("items.id", contains(dialogue, conference, older));
        as("officer.mongcai").queryParam("unitId", group.id).get("/api/v1/conferences").then().statusCode(404);
        as("admin").queryParam("unitId", group.id).queryParam("kind", "WORKPLACE_DIALOGUE").get("/api/v1/conferences")
                .then().statusCode(200).body("items.id", containsInAnyOrder(dialogue, older));
        as("admin").queryParam("unitId", group.id).queryParam("year", 2023).get("/api/v1/conferences")
                .then().statusCode(200).body("items.id", containsInAnyOrder(conference, dialogue));
        as("admin").queryParam("unitId", group.id).queryParam("from", "2022-12-20").queryParam("to", "2023-01-15")
                .get("/api/v1/conferences")
                .then().statusCode(200).body("items.id", containsInAnyOrder(conference, older));
        as("admin").queryParam("unitId", group.id).queryParam("q", "phu cap doc hai").get("/api/v1/conferences")
                .then().statusCode(200).body("items.id", contains(older));
        as("admin").queryParam("unitId", branch.id).queryParam("sort", "date").get("/api/v1/conferences")
                .then().statusCode(200).body("items.id", contains(older, dialogue));

        String since = Instant.now().plusMillis(5).toString();
        sleep(20);
        var change = body(branch.id, "WORKPLACE_DIALOGUE", "2023-07-15", "Đối thoại giữa năm (sửa)", 31);
        change.put("version", 0);
        as("admin").body(change).put("/api/v1/conferences/" + dialogue).then().statusCode(200);
        as("admin").queryParam("unitId", group.id).queryParam("updatedSince", since).get("/api/v1/conferences")
                .then().statusCode(200).body("items.id", contains(dialogue));
    }

    @Test
    void badListParametersAnswer400NamingThem() {
        as("admin").queryParam("kind", "PARTY").get("/api/v1/conferences")
                .then().statusCode(400).body("errors[0].field", is("kind")).body("detail", containsString("STAFF_CONFERENCE"));
        as("admin").queryParam("unitId", "abc").get("/api/v1/conferences").then().statusCode(400).body("errors[0].field", is("unitId"));
        as("admin").queryParam("year", "x").get("/api/v1/conferences").then().statusCode(400).body("errors[0].field", is("year"));
        as("admin").queryParam("from", "2023-31-12").get("/api/v1/conferences").then().statusCode(400).body("errors[0].field", is("from"));
        as("admin").queryParam("updatedSince", "now").get("/api/v1/conferences").then().statusCode(400).body("errors[0].field", is("updatedSince"));
        as("admin").queryParam("size", 500).get("/api/v1/conferences").then().statusCode(400).body("errors[0].field", is("size"));
        as("admin").queryParam("sort", "unit.path").get("/api/v1/conferences").then().statusCode(400).body("errors[0].field", is("sort"));
    }

    // --- lagging units --------------------------------------------------------------------------

    @Test
    void laggingUnitsAreTheHoldersThatHeldNoneInThePeriod() {
        Unit ward = units.create("Phường Tụt Hậu", UnitType.COMMUNE, haLong);
        Unit heldThisYear = units.create("UBND Phường Tụt Hậu", UnitType.AGENCY, ward);
        Unit heldLastYear = units.create("Trạm Y tế Phường Tụt Hậu", UnitType.PUBLIC_SERVICE_UNIT, ward);
        Unit heldNothing = units.create("Công ty Chưa Đối Thoại", UnitType.ENTERPRISE, ward);
        Unit dissolved = units.create("Công ty Đã Giải Thể", UnitType.ENTERPRISE, ward);
        units.create("Khu phố Tụt Hậu", UnitType.VILLAGE, ward);
        units.create("Hội Phụ nữ Phường Tụt Hậu", UnitType.MASS_ORGANIZATION, ward);
        var dissolve = new HashMap<String, Object>(Map.of("code", dissolved.code, "name", dissolved.name,
                "type", "ENTERPRISE", "parentId", ward.id, "active", false, "version", 0));
        as("admin").body(dissolve).put("/api/v1/units/" + dissolved.id).then().statusCode(200);
        create("admin", heldThisYear, "STAFF_CONFERENCE", "2023-12-31", "Hội nghị cuối năm");
        create("admin", heldLastYear, "STAFF_CONFERENCE", "2022-12-31", "Hội nghị năm trước");

        as("officer.halong").queryParam("unitId", ward.id).queryParam("year", 2023).get("/api/v1/conferences/lagging-units")
                .then().statusCode(200).body("total", is(2))
                .body("items.name", contains("Công ty Chưa Đối Thoại", "Trạm Y tế Phường Tụt Hậu"))
                .body("items[0].type", is("ENTERPRISE"))
                .body("items[0].code", is(heldNothing.code));
        as("admin").queryParam("unitId", ward.id).queryParam("from", "2022-01-01").queryParam("to", "2023-12-31")
                .get("/api/v1/conferences/lagging-units")
                .then().statusCode(200).body("items.id", contains(heldNothing.id.intValue()));
        as("officer.mongcai").queryParam("year", 2023).queryParam("size", 200).get("/api/v1/conferences/lagging-units")
                .then().statusCode(200).body("items.id", not(hasItem(heldNothing.id.intValue())));
        as("officer.mongcai").queryParam("unitId", ward.id).queryParam("year", 2023).get("/api/v1/conferences/lagging-units")
                .then().statusCode(404);
        as("admin").queryParam("unitId", ward.id).get("/api/v1/conferences/lagging-units")
                .then().statusCode(400).body("errors[0].field", is("year"));
        as("admin").queryParam("unitId", ward.id).queryParam("year", 2023).queryParam("sort", "title")
                .get("/api/v1/conferences/lagging-units").then().statusCode(400).body("errors[0].field", is("sort"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
