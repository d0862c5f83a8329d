package vn.coso.trainings;

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
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.coso.testing.Api.anonymous;
import static vn.coso.testing.Api.as;
import static vn.coso.testing.Api.asIntegration;

/**
 * Trainings API. Records here are dated outside 2024, whose totals belong to the demo data
 * (DemoDataLoaderTest).
 */
@QuarkusTest
class TrainingResourceTest {

    @Inject
    TestUnits units;

    @Inject
    TrainingRepository trainings;

    Unit haLong;
    Unit bachDang;
    Unit mongCai;

    @BeforeEach
    void tree() {
        haLong = units.haLong();
        bachDang = units.bachDang();
        mongCai = units.mongCai();
    }

    private static Map<String, Object> body(Long organizerUnitId, String date, String topic, Integer attendances) {
        var body = new HashMap<String, Object>();
        body.put("organizerUnitId", organizerUnitId);
        body.put("date", date);
        body.put("topic", topic);
        body.put("attendances", attendances);
        return body;
    }

    private static int create(String user, Unit organizer, String date, String topic, int attendances) {
        return as(user).body(body(organizer.id, date, topic, attendances)).post("/api/v1/trainings")
                .then().statusCode(201).extract().path("id");
    }

    private Training stored(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Training training = trainings.findById(id);
            if (training != null) {
                training.organizerUnit.code.length(); // loaded for the assertions
            }
            return training;
        });
    }

    private long count() {
        return QuarkusTransaction.requiringNew().call(() -> trainings.count());
    }

    // --- authentication and roles ---------------------------------------------------------------

    @Test
    void everyOperationNeedsAToken() {
        int id = create("admin", bachDang, "2023-03-01", "Tập huấn không token", 10);
        anonymous().get("/api/v1/trainings").then().statusCode(401).body("code", is("unauthenticated"));
        anonymous().get("/api/v1/trainings/summary").then().statusCode(401);
        anonymous().get("/api/v1/trainings/" + id).then().statusCode(401);
        anonymous().body(body(bachDang.id, "2023-03-01", "X", 1)).post("/api/v1/trainings").then().statusCode(401);
        anonymous().body(body(bachDang.id, "2023-03-01", "X", 1)).put("/api/v1/trainings/" + id).then().statusCode(401);
        anonymous().delete("/api/v1/trainings/" + id).then().statusCode(401);
    }

    @Test
    void everyRoleReadsTrainingsIntegrationIncluded() {
        int id = create("admin", bachDang, "2023-03-02", "Tập huấn ai cũng đọc", 12);
        for (String user : List.of("admin", "officer.halong", "officer.bachdang", "inspector", "viewer")) {
            as(user).get("/api/v1/trainings/" + id).then().statusCode(200).body("topic", is("Tập huấn ai cũng đọc"));
        }
        asIntegration().get("/api/v1/trainings/" + id).then().statusCode(200);
        asIntegration().queryParam("year", 2023).get("/api/v1/trainings/summary").then().statusCode(200);
    }

    @Test
    void readersCannotWrite() {
        int id = create("admin", bachDang, "2023-03-03", "Tập huấn chỉ đọc", 15);
        long before = count();
        for (String user : List.of("viewer", "inspector")) {
            as(user).body(body(bachDang.id, "2023-03-03", "Ghi trộm", 1)).post("/api/v1/trainings")
                    .then().statusCode(403).contentType("application/problem+json").body("code", is("forbidden"));
            var change = body(bachDang.id, "2023-03-03", "Sửa trộm", 1);
            change.put("version", 0);
            as(user).body(change).put("/api/v1/trainings/" + id).then().statusCode(403);
            as(user).delete("/api/v1/trainings/" + id).then().statusCode(403);
        }
        asIntegration().body(body(bachDang.id, "2023-03-03", "Ghi trộm", 1)).post("/api/v1/trainings").then().statusCode(403);
        asIntegration().delete("/api/v1/trainings/" + id).then().statusCode(403);
        assertEquals(before, count());
        assertEquals("Tập huấn chỉ đọc", stored(id).topic);
    }

    // --- writing --------------------------------------------------------------------------------

    @Test
    void officerRecordsATrainingOfItsWard() {
        var request = body(bachDang.id, "2023-05-14", "  Quán triệt Luật Thực hiện dân chủ ở cơ sở  ", 85);
        request.put("audience", "Bí thư chi bộ, tổ trưởng tổ dân phố");
        request.put("location", "Hội trường UBND phường");
        int id = as("officer.bachdang").body(request).post("/api/v1/trainings")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/trainings/"))
                .header("ETag", containsString("0"))
                .body("organizerUnit.code", is("06694"))
                .body("organizerUnit.name", is("Phường Bạch Đằng"))
                .body("date", is("2023-05-14"))
                .body("topic", is("Quán triệt Luật Thực hiện dân chủ ở cơ sở"))
                .body("attendances", is(85))
                .body("version", is(0))
                .extract().path("id");
        Training saved = stored(id);
        assertEquals(bachDang.id, saved.organizerUnit.id);
        assertEquals(java.time.LocalDate.of(2023, 5, 14), saved.heldOn);
        assertEquals("Bí thư chi bộ, tổ trưởng tổ dân phố", saved.audience);
        assertEquals(85, saved.attendances);
    }

    @Test
    void officerCannotRecordForAUnitOutsideItsScope() {
        long before = count();
        as("officer.bachdang").body(body(mongCai.id, "2023-05-14", "Tập huấn ngoài phạm vi", 10))
                .post("/api/v1/trainings")
                .then().statusCode(400).body("errors[0].field", is("organizerUnitId"));
        as("officer.bachdang").body(body(haLong.id, "2023-05-14", "Tập huấn cấp trên", 10))
                .post("/api/v1/trainings")
                .then().statusCode(400).body("errors[0].field", is("organizerUnitId"));
        as("admin").body(body(999_999_999L, "2023-05-14", "Đơn vị không có", 10))
                .post("/api/v1/trainings")
                .then().statusCode(400).body("errors[0].field", is("organizerUnitId"));
        assertEquals(before, count());
    }

    @Test
    void officerCannotMoveATrainingOutOfItsScope() {
        int id = create("officer.bachdang", bachDang, "2023-06-01", "Tập huấn không được chuyển", 20);
        var move = body(mongCai.id, "2023-06-01", "Tập huấn không được chuyển", 20);
        move.put("version", 0);
        as("officer.bachdang").body(move).put("/api/v1/trainings/" + id)
                .then().statusCode(400).body("errors[0].field", is("organizerUnitId"));
        assertEquals(bachDang.id, stored(id).organizerUnit.id);
    }

    @Test
    void invalidBodyNamesEveryFieldAndWritesNothing() {
        long before = count();
        as("admin").body(Map.of("date", "1944-12-31", "topic", " ", "attendances", -1))
                .post("/api/v1/trainings")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", is("validation.failed"))
                .body("errors.field", containsInAnyOrder("date", "topic", "attendances"));
        as("admin").body(body(bachDang.id, "2023-01-01", "Quá đông", 100_001))
                .post("/api/v1/trainings").then().statusCode(400).body("errors[0].field", is("attendances"));
        String farFuture = (java.time.LocalDate.now().getYear() + 2) + "-01-01";
        as("admin").body(body(bachDang.id, farFuture, "Quá xa", 10))
                .post("/api/v1/trainings").then().statusCode(400)
                .body("errors[0].field", is("date")).body("errors[0].message", containsString("1945-01-01"));
        as("admin").body(body(bachDang.id, "2023-01-01", "Dòng\u0007lạ", 10))
                .post("/api/v1/trainings").then().statusCode(400).body("errors[0].field", is("topic"));
        assertEquals(before, count());
    }

    @Test
    void wrongJsonTypesAnswer400NamingTheField() {
        as("admin").body("{\"organizerUnitId\":" + bachDang.id + ",\"date\":\"2023-01-01\",\"topic\":\"A\",\"attendances\":\"many\"}")
                .post("/api/v1/trainings")
                .then().statusCode(400).body("code", is("json.invalid-value")).body("errors[0].field", is("attendances"));
        as("admin").body("{\"organizerUnitId\":" + bachDang.id + ",\"date\":\"14/05/2023\",\"topic\":\"A\",\"attendances\":1}")
                .post("/api/v1/trainings")
                .then().statusCode(400).body("errors[0].field", is("date")).body("detail", containsString("YYYY-MM-DD"));
        as("admin").body("{\"organizerUnitId\":" + bachDang.id + ",\"date\":\"2023-01-01\",\"topic\":\"A\",\"attendances\":1,\"hours\":4}")
                .post("/api/v1/trainings")
                .then().statusCode(400).body("code", is("json.unknown-field")).body("errors[0].field", is("hours"));
    }

    @Test
    void updateReplacesTheTrainingAndBumpsTheVersion() {
        int id = create("officer.bachdang", bachDang, "2023-07-01", "Tập huấn cũ", 30);
        Unit village = units.create("Tổ dân phố Tập Huấn", UnitType.VILLAGE, bachDang);
        var change = body(village.id, "2023-07-02", "Tập huấn mới", 31);
        change.put("version", 0);
        as("officer.bachdang").body(change).put("/api/v1/trainings/" + id)
                .then().statusCode(200)
                .header("ETag", containsString("1"))
                .body("version", is(1))
                .body("organizerUnit.id", is(village.id.intValue()))
                .body("topic", is("Tập huấn mới"));
        Training saved = stored(id);
        assertEquals(31, saved.attendances);
        assertEquals(village.id, saved.organizerUnit.id);
    }

    @Test
    void staleUpdateIsRefusedAndChangesNothing() {
        int id = create("admin", bachDang, "2023-07-03", "Tập huấn phiên bản", 30);
        var first = body(bachDang.id, "2023-07-03", "Tập huấn phiên bản 2", 30);
        first.put("version", 0);
        as("officer.bachdang").body(first).put("/api/v1/trainings/" + id).then().statusCode(200);
        var stale = body(bachDang.id, "2023-07-03", "Ghi đè cũ", 99);
        stale.put("version", 0);
        as("admin").body(stale).put("/api/v1/trainings/" + id)
                .then().statusCode(409).body("code", is("version.stale"));
        assertEquals("Tập huấn phiên bản 2", stored(id).topic);
        assertEquals(1, stored(id).version);

        var withoutVersion = body(bachDang.id, "2023-07-03", "Không phiên bản", 30);
        as("admin").body(withoutVersion).put("/api/v1/trainings/" + id)
                .then().statusCode(400).body("errors.field", hasItem("version"));
    }

    @Test
    void ifMatchMismatchIsPreconditionFailed() {
        int id = create("admin", bachDang, "2023-07-04", "Tập huấn điều kiện", 30);
        var change = body(bachDang.id, "2023-07-04", "Tập huấn điều kiện 2", 30);
        change.put("version", 0);
        as("admin").header("If-Match", "\"5\"").body(change).put("/api/v1/trainings/" + id)
                .then().statusCode(412).body("code", is("version.precondition-failed"));
        String etag = as("admin").get("/api/v1/trainings/" + id).then().statusCode(200).extract().header("ETag");
        as("admin").header("If-Match", etag).body(change).put("/api/v1/trainings/" + id).then().statusCode(200);
    }

    @Test
    void deleteRemovesTheTraining() {
        int id = create("officer.bachdang", bachDang, "2023-08-01", "Tập huấn xoá", 5);
        as("officer.mongcai").delete("/api/v1/trainings/" + id).then().statusCode(404);
        as("officer.bachdang").delete("/api/v1/trainings/" + id).then().statusCode(204);
        assertNull(stored(id));
        as("admin").get("/api/v1/trainings/" + id).then().statusCode(404);
        as("admin").delete("/api/v1/trainings/" + id).then().statusCode(404);
    }

    @Test
    void unitThatOrganisedTrainingsCannotBeDeleted() {
        Unit agency = units.create("Cơ quan có tập huấn", UnitType.AGENCY, haLong);
        create("admin", agency, "2023-08-02", "Tập huấn của cơ quan", 5);
        as("admin").delete("/api/v1/units/" + agency.id)
                .then().statusCode(409).body("code", is("unit.referenced")).body("detail", containsString("training"));
    }

    // --- scope ----------------------------------------------------------------------------------

    @Test
    void outOfScopeTrainingLooksLikeMissing() {
        int id = create("admin", bachDang, "2023-09-01", "Tập huấn của Bạch Đằng", 40);
        as("officer.mongcai").get("/api/v1/trainings/" + id).then().statusCode(404).body("code", is("not-found"));
        var change = body(mongCai.id, "2023-09-01", "Chiếm", 1);
        change.put("version", 0);
        as("officer.mongcai").body(change).put("/api/v1/trainings/" + id).then().statusCode(404);
        as("officer.mongcai").queryParam("size", 200).queryParam("year", 2023).get("/api/v1/trainings")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        as("nounit").get("/api/v1/trainings").then().statusCode(200).body("total", is(0)).body("items", empty());
        as("nounit").get("/api/v1/trainings/" + id).then().statusCode(404);
        assertEquals("Tập huấn của Bạch Đằng", stored(id).topic);
    }

    @Test
    void unitIdMeansTheUnitAndItsSubtree() {
        Unit ward = units.create("Phường Cây Tập Huấn", UnitType.COMMUNE, haLong);
        Unit village = units.create("Khu Cây Tập Huấn", UnitType.VILLAGE, ward);
        int atWard = create("admin", ward, "2022-03-01", "Lớp phường", 10);
        int atVillage = create("admin", village, "2022-03-02", "Lớp khu", 20);
        int elsewhere = create("admin", mongCai, "2022-03-03", "Lớp Móng Cái", 30);

        as("admin").queryParam("unitId", ward.id).get("/api/v1/trainings")
                .then().statusCode(200).body("total", is(2)).body("items.id", containsInAnyOrder(atWard, atVillage));
        as("admin").queryParam("unitId", village.id).get("/api/v1/trainings")
                .then().statusCode(200).body("items.id", contains(atVillage));
        as("officer.halong").queryParam("unitId", haLong.id).queryParam("year", 2022).queryParam("size", 200)
                .get("/api/v1/trainings")
                .then().statusCode(200).body("items.id", hasItem(atVillage)).body("items.id", not(hasItem(elsewhere)));
        as("officer.mongcai").queryParam("year", 2022).queryParam("size", 200).get("/api/v1/trainings")
                .then().statusCode(200).body("items.id", hasItem(elsewhere)).body("items.id", not(hasItem(atWard)));
        // A unit you cannot see answers as if it did not exist, in a filter as in a path.
        as("officer.mongcai").queryParam("unitId", ward.id).get("/api/v1/trainings")
                .then().statusCode(404).body("code", is("not-found"));
        as("officer.mongcai").queryParam("unitId", units.province().id).get("/api/v1/trainings/summary")
                .then().statusCode(404);
        as("admin").queryParam("unitId", 999_999_999).get("/api/v1/trainings").then().statusCode(404);
    }

    // --- filters, summary, paging ---------------------------------------------------------------

    @Test
    void periodFiltersIncludeBothEnds() {
        Unit ward = units.create("Phường Khoảng Thời Gian", UnitType.COMMUNE, haLong);
        int first = create("admin", ward, "2021-01-01", "Lớp đầu năm", 10);
        int last = create("admin", ward, "2021-12-31", "Lớp cuối năm", 10);
        int after = create("admin", ward, "2022-01-01", "Lớp năm sau", 10);

        as("admin").queryParam("unitId", ward.id).queryParam("year", 2021).get("/api/v1/trainings")
                .then().statusCode(200).body("items.id", containsInAnyOrder(first, last));
        as("admin").queryParam("unitId", ward.id).queryParam("from", "2021-12-31").queryParam("to", "2022-01-01")
                .get("/api/v1/trainings")
                .then().statusCode(200).body("items.id", containsInAnyOrder(last, after));
        as("admin").queryParam("unitId", ward.id).queryParam("year", 2021).queryParam("from", "2021-06-01")
                .get("/api/v1/trainings")
                .then().statusCode(400).body("code", is("request.parameter.conflict"))
                .body("errors[0].field", is("year"));
    }

    @Test
    void summaryCountsAndSumsTheFilteredTrainings() {
        Unit district = units.create("Huyện Tổng Hợp", UnitType.DISTRICT, units.province());
        Unit commune = units.create("Xã Tổng Hợp", UnitType.COMMUNE, district);
        create("admin", district, "2023-02-01", "Lớp huyện", 120);
        create("admin", commune, "2023-10-01", "Lớp xã", 45);
        create("admin", commune, "2022-10-01", "Lớp năm trước", 1000);
        create("admin", commune, "2023-11-01", "Lớp không ai đến", 0);

        as("admin").queryParam("unitId", district.id).queryParam("year", 2023).get("/api/v1/trainings/summary")
                .then().statusCode(200).body("trainings", is(3)).body("attendances", is(165));
        as("admin").queryParam("unitId", commune.id).get("/api/v1/trainings/summary")
                .then().statusCode(200).body("trainings", is(3)).body("attendances", is(1045));
        as("admin").queryParam("unitId", district.id).queryParam("q", "lop xa").get("/api/v1/trainings/summary")
                .then().statusCode(200).body("trainings", is(1)).body("attendances", is(45));
        as("officer.bachdang").queryParam("unitId", district.id).get("/api/v1/trainings/summary").then().statusCode(404);
    }

    @Test
    void monthsGiveTheSummaryOfEachMonthOfTheYearInOneCall() {
        Unit district = units.create("Huyện Theo Tháng", UnitType.DISTRICT, units.province());
        Unit commune = units.create("Xã Theo Tháng", UnitType.COMMUNE, district);
        create("admin", district, "2023-02-01", "Lớp tháng hai", 120);
        create("admin", commune, "2023-02-28", "Lớp cuối tháng hai", 30);
        create("admin", commune, "2023-10-01", "Lớp tháng mười", 45);
        create("admin", commune, "2022-12-31", "Lớp năm trước", 1000);

        as("admin").queryParam("unitId", district.id).queryParam("year", 2023).get("/api/v1/trainings/summary/months")
                .then().statusCode(200)
                .body("months", hasSize(12))
                .body("months.month", contains(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12))
                .body("months.year", everyItem(is(2023)))
                .body("months.trainings", contains(0, 2, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0))
                .body("months.attendances", contains(0, 150, 0, 0, 0, 0, 0, 0, 0, 45, 0, 0));
        // Without both ends of a period: only the months that have trainings, oldest first.
        as("admin").queryParam("unitId", commune.id).get("/api/v1/trainings/summary/months")
                .then().statusCode(200)
                .body("months.month", contains(12, 2, 10))
                .body("months.year", contains(2022, 2023, 2023))
                .body("months.trainings", contains(1, 1, 1));
        as("officer.bachdang").queryParam("unitId", district.id).get("/api/v1/trainings/summary/months")
                .then().statusCode(404);
        anonymous().get("/api/v1/trainings/summary/months").then().statusCode(401);
    }

    @Test
    void searchIgnoresCaseAndDiacritics() {
        Unit ward = units.create("Phường Tìm Kiếm", UnitType.COMMUNE, haLong);
        var request = body(ward.id, "2023-04-01", "Kỹ năng đối thoại với Nhân dân", 50);
        request.put("audience", "Trưởng thôn, tổ trưởng tổ dân phố");
        int id = as("admin").body(request).post("/api/v1/trainings").then().statusCode(201).extract().path("id");
        for (String q : List.of("doi thoai", "ĐỐI THOẠI", "to truong")) {
            as("admin").queryParam("unitId", ward.id).queryParam("q", q).get("/api/v1/trainings")
                    .then().statusCode(200).body("items.id", contains(id));
        }
        as("admin").queryParam("unitId", ward.id).queryParam("q", "%").get("/api/v1/trainings")
                .then().statusCode(200).body("total", is(0));
    }

    @Test
    void updatedSinceListsOnlyRecentChanges() {
        Unit ward = units.create("Phường Đồng Bộ", UnitType.COMMUNE, haLong);
        int old = create("admin", ward, "2023-04-02", "Lớp cũ", 5);
        String since = Instant.now().plusMillis(5).toString();
        sleep(20);
        int fresh = create("admin", ward, "2023-04-03", "Lớp mới", 5);
        as("admin").queryParam("unitId", ward.id).queryParam("updatedSince", since).get("/api/v1/trainings")
                .then().statusCode(200).body("items.id", contains(fresh)).body("items.id", not(hasItem(old)));
    }

    @Test
    void newestFirstByDefaultAndSortable() {
        Unit ward = units.create("Phường Sắp Xếp", UnitType.COMMUNE, haLong);
        int march = create("admin", ward, "2023-03-01", "Lớp tháng ba", 300);
        int may = create("admin", ward, "2023-05-01", "Lớp tháng năm", 100);
        int april = create("admin", ward, "2023-04-01", "Lớp tháng tư", 200);
        as("admin").queryParam("unitId", ward.id).get("/api/v1/trainings")
                .then().statusCode(200).body("items.id", contains(may, april, march));
        as("admin").queryParam("unitId", ward.id).queryParam("sort", "attendances,desc").queryParam("size", 2)
                .get("/api/v1/trainings")
                .then().statusCode(200).body("total", is(3)).body("size", is(2)).body("items.id", contains(march, april));
        as("admin").queryParam("unitId", ward.id).queryParam("sort", "date").queryParam("page", 1).queryParam("size", 2)
                .get("/api/v1/trainings")
                .then().statusCode(200).body("items.id", contains(may));
    }

    @Test
    void badListParametersAnswer400NamingThem() {
        for (String path : List.of("/api/v1/trainings", "/api/v1/trainings/summary")) {
            as("admin").queryParam("unitId", "x").get(path).then().statusCode(400).body("errors[0].field", is("unitId"));
            as("admin").queryParam("from", "2024-13-01").get(path).then().statusCode(400).body("errors[0].field", is("from"));
            as("admin").queryParam("to", "yesterday").get(path).then().statusCode(400).body("errors[0].field", is("to"));
            as("admin").queryParam("from", "2024-02-01").queryParam("to", "2024-01-01").get(path)
                    .then().statusCode(400).body("errors[0].field", is("to"));
            as("admin").queryParam("year", "MMXXIV").get(path).then().statusCode(400).body("errors[0].field", is("year"));
            as("admin").queryParam("updatedSince", "2024").get(path).then().statusCode(400).body("errors[0].field", is("updatedSince"));
        }
        as("admin").queryParam("size", 201).get("/api/v1/trainings").then().statusCode(400).body("errors[0].field", is("size"));
        as("admin").queryParam("sort", "organizerUnit.path").get("/api/v1/trainings")
                .then().statusCode(400).body("errors[0].field", is("sort"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
