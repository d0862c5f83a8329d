package vn.coso.units;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.coso.common.time.AppClock;
import vn.coso.testing.TestUnits;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.coso.testing.Api.as;

/** Units in time: periods, codes held by one unit on any date, records refused outside their unit's period. */
@QuarkusTest
class UnitsInTimeTest {

    @Inject
    AppClock clock;

    @Inject
    TestUnits units;

    @Inject
    UnitRepository repository;

    Unit province;

    @BeforeEach
    void tree() {
        province = units.province();
    }

    private static Map<String, Object> unitBody(String code, String name, String type, Long parentId, String validFrom) {
        var body = new HashMap<String, Object>();
        body.put("code", code);
        body.put("name", name);
        body.put("type", type);
        body.put("parentId", parentId);
        body.put("validFrom", validFrom);
        return body;
    }

    private void close(long unitId, LocalDate lastDay) {
        QuarkusTransaction.requiringNew().run(() -> repository.findById(unitId).validTo = lastDay);
    }

    @Test
    void aUnitCreatedThroughTheApiExistsFromTodayUnlessToldOtherwise() {
        String code = TestUnits.uniqueCode();
        as("admin").body(unitBody(code, "Xã Mới Lập", "COMMUNE", province.id, null)).post("/api/v1/units")
                .then().statusCode(201)
                .body("validFrom", is(clock.today().toString()))
                .body("validTo", nullValue())
                .body("closed", is(false));
        Unit saved = QuarkusTransaction.requiringNew().call(() -> repository.findByCode(code).orElseThrow());
        assertEquals(clock.today(), saved.validFrom);
    }

    @Test
    void aClosedUnitIsListedAsClosedAndLeftOutOfTheListOfADayAfterIt() {
        Unit old = units.create("Phường Đã Nhập", UnitType.COMMUNE, province);
        close(old.id, LocalDate.of(2025, 6, 30));
        as("admin").get("/api/v1/units/" + old.id).then().statusCode(200)
                .body("validTo", is("2025-06-30")).body("closed", is(true)).body("active", is(true));
        as("admin").queryParam("on", "2025-06-30").queryParam("q", old.code).get("/api/v1/units")
                .then().statusCode(200).body("items.id", contains(old.id.intValue()));
        as("admin").queryParam("on", "2025-07-01").queryParam("q", old.code).get("/api/v1/units")
                .then().statusCode(200).body("total", is(0));
        as("admin").queryParam("on", "not-a-date").get("/api/v1/units").then().statusCode(400);
    }

    @Test
    void twoRequestsCreatingOneCodeAtOnceMakeOneUnitAndOneConflict() throws Exception {
        // The code check holds across instances: it takes the code's row lock in the database
        // (V210__unit_code_lock.sql), so the second transaction waits for the first and then sees its unit.
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                String code = TestUnits.uniqueCode();
                java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
                List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
                for (String from : List.of("2025-07-01", "2025-09-01")) {
                    var request = as("admin").body(unitBody(code, "Xã Cùng Mã " + from, "COMMUNE", province.id, from));
                    answers.add(pool.submit(() -> {
                        start.await();
                        return request.post("/api/v1/units").then().extract().statusCode();
                    }));
                }
                start.countDown();
                List<Integer> statuses = new java.util.ArrayList<>();
                for (var answer : answers) {
                    statuses.add(answer.get(120, java.util.concurrent.TimeUnit.SECONDS));
                }
                statuses.sort(null);
                assertEquals(List.of(201, 409), statuses, "round " + round);
                assertEquals(1, QuarkusTransaction.requiringNew().call(() -> repository.allWithCode(code).size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aModelPracticeOfAYearItsUnitDidNotLiveInIsRefusedNamingTheYear() {
        Unit old = units.create("Xã Đã Giải Thể", UnitType.COMMUNE, province);
        close(old.id, LocalDate.of(2025, 6, 30));
        Map<String, Object> practice = new HashMap<>(Map.of("unitId", old.id, "year", 2026, "name", "Mô hình dân vận khéo"));
        as("admin", "vi").body(practice).post("/api/v1/model-practices")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("year"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("không tồn tại trong năm 2026"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("đến 30/06/2025"));
        practice.put("year", 2025);
        as("admin").body(practice).post("/api/v1/model-practices").then().statusCode(201);
    }

    @Test
    void aNewUnitMayTakeTheCodeOfAClosedOneFromTheDayAfterButNeverShareADay() {
        Unit old = units.create("Phường Trần Hưng Đạo (cũ)", UnitType.COMMUNE, province);
        close(old.id, LocalDate.of(2025, 6, 30));
        as("admin").body(unitBody(old.code, "Phường Hồng Gai (mới)", "COMMUNE", province.id, "2025-06-30"))
                .post("/api/v1/units")
                .then().statusCode(409).body("code", is("unit.code.duplicate"));
        int id = as("admin").body(unitBody(old.code, "Phường Hồng Gai (mới)", "COMMUNE", province.id, "2025-07-01"))
                .post("/api/v1/units")
                .then().statusCode(201).body("validFrom", is("2025-07-01")).extract().path("id");
        // The code names the new unit today, the old one before the change.
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals((long) id, repository.findByCode(old.code).orElseThrow().id);
            assertEquals(old.id, repository.findByCodeOn(old.code, LocalDate.of(2025, 6, 30)).orElseThrow().id);
            assertEquals(2, repository.allWithCode(old.code).size());
        });
    }

    @Test
    void aRecordDatedOutsideItsUnitsPeriodIsRefusedNamingTheField() {
        Unit unit = units.create("Xã Lập Năm 2025", UnitType.COMMUNE, province);
        QuarkusTransaction.requiringNew().run(() -> repository.findById(unit.id).validFrom = LocalDate.of(2025, 7, 1));
        Map<String, Object> training = new HashMap<>();
        training.put("organizerUnitId", unit.id);
        training.put("date", "2024-05-01");
        training.put("topic", "Tập huấn trước khi có xã");
        training.put("attendances", 10);
        as("admin").body(training).post("/api/v1/trainings")
                .then().statusCode(400)
                .body("code", is("validation.failed"))
                .body("errors.field", contains("date"));
        training.put("date", "2025-08-01");
        as("admin").body(training).post("/api/v1/trainings").then().statusCode(201);

        Unit enterprise = units.create("Công ty Mới Lập", UnitType.ENTERPRISE, province);
        QuarkusTransaction.requiringNew().run(() -> repository.findById(enterprise.id).validFrom = LocalDate.of(2025, 7, 1));
        Map<String, Object> conference = new HashMap<>();
        conference.put("unitId", enterprise.id);
        conference.put("kind", "WORKERS_CONFERENCE");
        conference.put("date", "2025-06-30");
        conference.put("title", "Hội nghị trước khi có xã");
        conference.put("participants", 10);
        as("admin").body(conference).post("/api/v1/conferences").then().statusCode(400)
                .body("errors.field", hasItem("date"));
    }

    @Test
    void aRecordOfAClosedUnitDatedAfterItClosedIsRefused() {
        Unit unit = units.create("Phường Sáp Nhập", UnitType.COMMUNE, province);
        close(unit.id, LocalDate.of(2025, 6, 30));
        Map<String, Object> feedback = new HashMap<>();
        feedback.put("unitId", unit.id);
        feedback.put("right", "KNOW");
        feedback.put("receivedAt", "2025-08-01T03:00:00Z");
        feedback.put("title", "Phản ánh sau khi sáp nhập");
        feedback.put("text", "Nội dung");
        as("admin").body(feedback).post("/api/v1/feedback").then().statusCode(400)
                .body("errors.field", hasItem("receivedAt"));
    }

    @Test
    void theTreeOfADayShowsTheNamesAndParentsOfThatDay() {
        Unit district = units.create("Huyện Cũ", UnitType.DISTRICT, province);
        Unit commune = units.create("Xã Tên Cũ", UnitType.COMMUNE, district);
        long version = as("admin").get("/api/v1/units/" + commune.id).then().extract().<Integer>path("version");
        var update = unitBody(commune.code, "Xã Tên Mới", "COMMUNE", province.id, null);
        update.put("version", version);
        as("admin").body(update).put("/api/v1/units/" + commune.id).then().statusCode(200);

        String yesterday = clock.today().minusDays(1).toString();
        as("admin").queryParam("on", yesterday).get("/api/v1/units/" + district.id + "/tree")
                .then().statusCode(200)
                .body("children.name", contains("Xã Tên Cũ"));
        as("admin").queryParam("on", clock.today().toString()).get("/api/v1/units/" + district.id + "/tree")
                .then().statusCode(200)
                .body("children.name", not(hasItem("Xã Tên Cũ")));
        as("admin").queryParam("on", clock.today().toString()).get("/api/v1/units/" + province.id + "/tree")
                .then().statusCode(200)
                .body("children.name", hasItem("Xã Tên Mới"));
        List<UnitPlacement> rows = QuarkusTransaction.requiringNew().call(() -> repository.getEntityManager()
                .createQuery("select p from UnitPlacement p where p.unitId = :id order by p.validTo", UnitPlacement.class)
                .setParameter("id", commune.id).getResultList());
        assertEquals(2, rows.size());
    }
}
