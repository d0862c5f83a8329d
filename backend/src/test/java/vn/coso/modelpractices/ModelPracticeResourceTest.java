package vn.coso.modelpractices;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.coso.testing.TestUnits;
import vn.coso.units.Unit;
import vn.coso.units.UnitType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.coso.testing.Api.anonymous;
import static vn.coso.testing.Api.as;
import static vn.coso.testing.Api.asIntegration;

/** Model practices API. Records here are recognised in years other than 2024 (see DemoDataLoaderTest). */
@QuarkusTest
class ModelPracticeResourceTest {

    @Inject
    TestUnits units;

    @Inject
    ModelPracticeRepository practices;

    Unit haLong;
    Unit bachDang;
    Unit mongCai;
    Unit villageOne;
    Unit villageTwo;

    @BeforeEach
    void tree() {
        haLong = units.haLong();
        bachDang = units.bachDang();
        mongCai = units.mongCai();
        villageOne = units.create("Khu phố Nhân Rộng Một", UnitType.VILLAGE, bachDang);
        villageTwo = units.create("Khu phố Nhân Rộng Hai", UnitType.VILLAGE, bachDang);
    }

    private static Map<String, Object> body(Long unitId, Integer year, String name, Long... replicatedIn) {
        var body = new HashMap<String, Object>();
        body.put("unitId", unitId);
        body.put("year", year);
        body.put("name", name);
        body.put("replicatedIn", Arrays.asList(replicatedIn));
        return body;
    }

    private static int create(String user, Map<String, Object> body) {
        return as(user).body(body).post("/api/v1/model-practices").then().statusCode(201).extract().path("id");
    }

    private record Stored(long unitId, int year, String name, long version, Set<Long> replicatedIn) {
    }

    private Stored stored(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ModelPractice practice = practices.findById(id);
            return practice == null ? null : new Stored(practice.unit.id, practice.year, practice.name, practice.version,
                    practice.replicatedIn.stream().map(u -> u.id).collect(Collectors.toSet()));
        });
    }

    private long count() {
        return QuarkusTransaction.requiringNew().call(() -> practices.count());
    }

    // --- authentication and roles ---------------------------------------------------------------

    @Test
    void everyOperationNeedsAToken() {
        int id = create("admin", body(bachDang.id, 2023, "Mô hình không token"));
        anonymous().get("/api/v1/model-practices").then().statusCode(401).body("code", is("unauthenticated"));
        anonymous().get("/api/v1/model-practices/" + id).then().statusCode(401);
        anonymous().body(body(bachDang.id, 2023, "X")).post("/api/v1/model-practices").then().statusCode(401);
        anonymous().body(body(bachDang.id, 2023, "X")).put("/api/v1/model-practices/" + id).then().statusCode(401);
        anonymous().delete("/api/v1/model-practices/" + id).then().statusCode(401);
    }

    @Test
    void everyRoleReadsPracticesIntegrationIncluded() {
        int id = create("admin", body(bachDang.id, 2023, "Mô hình ai cũng đọc"));
        for (String user : List.of("admin", "officer.halong", "officer.bachdang", "inspector", "viewer")) {
            as(user).get("/api/v1/model-practices/" + id).then().statusCode(200).body("name", is("Mô hình ai cũng đọc"));
        }
        asIntegration().get("/api/v1/model-practices/" + id).then().statusCode(200);
        asIntegration().queryParam("year", 2023).queryParam("size", 200).get("/api/v1/model-practices")
                .then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void readersCannotWrite() {
        int id = create("admin", body(bachDang.id, 2023, "Mô hình chỉ đọc"));
        long before = count();
        for (String user : List.of("viewer", "inspector")) {
            as(user).body(body(bachDang.id, 2023, "Ghi trộm")).post("/api/v1/model-practices")
                    .then().statusCode(403).body("code", is("forbidden"));
            var change = body(bachDang.id, 2023, "Sửa trộm");
            change.put("version", 0);
            as(user).body(change).put("/api/v1/model-practices/" + id).then().statusCode(403);
            as(user).delete("/api/v1/model-practices/" + id).then().statusCode(403);
        }
        asIntegration().body(body(bachDang.id, 2023, "Ghi trộm")).post("/api/v1/model-practices").then().statusCode(403);
        assertEquals(before, count());
        assertEquals("Mô hình chỉ đọc", stored(id).name());
    }

    // --- writing --------------------------------------------------------------------------------

    @Test
    void officerRecordsAPracticeReplicatedInItsVillages() {
        var request = body(bachDang.id, 2023, "Mô hình \"Tổ dân phố tự quản\"", villageOne.id, villageTwo.id, villageOne.id);
        request.put("description", "Tổ dân phố tự quản về an ninh, vệ sinh môi trường.\nHọp dân định kỳ hằng quý.");
        int id = as("officer.bachdang").body(request).post("/api/v1/model-practices")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/model-practices/"))
                .body("unit.code", is("06694"))
                .body("year", is(2023))
                .body("name", is("Mô hình \"Tổ dân phố tự quản\""))
                .body("replicatedIn.name", contains("Khu phố Nhân Rộng Hai", "Khu phố Nhân Rộng Một"))
                .body("version", is(0))
                .extract().path("id");
        Stored saved = stored(id);
        assertEquals(bachDang.id, saved.unitId());
        assertEquals(Set.of(villageOne.id, villageTwo.id), saved.replicatedIn());
    }

    @Test
    void replicatingUnitsMustExistBeVisibleAndNotBeThePracticesOwn() {
        long before = count();
        as("officer.bachdang").body(body(bachDang.id, 2023, "Nhân rộng ngoài phạm vi", villageOne.id, mongCai.id))
                .post("/api/v1/model-practices")
                .then().statusCode(400).body("errors[0].field", is("replicatedIn[1]"))
                .body("errors[0].message", containsString(String.valueOf(mongCai.id)));
        as("admin").body(body(bachDang.id, 2023, "Nhân rộng nơi không có", 999_999_999L))
                .post("/api/v1/model-practices")
                .then().statusCode(400).body("errors[0].field", is("replicatedIn[0]"));
        as("admin").body(body(bachDang.id, 2023, "Nhân rộng tại chính mình", bachDang.id))
                .post("/api/v1/model-practices")
                .then().statusCode(400).body("errors[0].field", is("replicatedIn[0]"));
        as("admin").body(body(bachDang.id, 2023, "Nhân rộng rỗng", villageOne.id, null))
                .post("/api/v1/model-practices")
                .then().statusCode(400).body("errors[0].field", is("replicatedIn[1]"));
        as("officer.bachdang").body(body(mongCai.id, 2023, "Của đơn vị khác"))
                .post("/api/v1/model-practices")
                .then().statusCode(400).body("errors[0].field", is("unitId"));
        assertEquals(before, count());
    }

    @Test
    void officerKeepsReplicationsOutsideItsScopeThatWereListedBefore() {
        Unit mongCaiWard = units.create("Phường Học Tập", UnitType.COMMUNE, mongCai);
        int id = create("admin", body(bachDang.id, 2022, "Mô hình được học tập", mongCaiWard.id));

        var keep = body(bachDang.id, 2022, "Mô hình được học tập (sửa)", mongCaiWard.id, villageOne.id);
        keep.put("version", 0);
        as("officer.bachdang").body(keep).put("/api/v1/model-practices/" + id)
                .then().statusCode(200).body("replicatedIn.id", containsInAnyOrder(mongCaiWard.id.intValue(), villageOne.id.intValue()));

        Unit otherMongCaiWard = units.create("Phường Không Thấy", UnitType.COMMUNE, mongCai);
        var addHidden = body(bachDang.id, 2022, "Mô hình được học tập (sửa)", mongCaiWard.id, otherMongCaiWard.id);
        addHidden.put("version", 1);
        as("officer.bachdang").body(addHidden).put("/api/v1/model-practices/" + id)
                .then().statusCode(400).body("errors[0].field", is("replicatedIn[1]"));

        var drop = body(bachDang.id, 2022, "Mô hình được học tập (sửa)", villageOne.id);
        drop.put("version", 1);
        as("officer.bachdang").body(drop).put("/api/v1/model-practices/" + id)
                .then().statusCode(200).body("version", is(2)).body("replicatedIn.id", contains(villageOne.id.intValue()));
        assertEquals(Set.of(villageOne.id), stored(id).replicatedIn());
    }

    @Test
    void changingOnlyTheReplicationsBumpsTheVersion() {
        int id = create("admin", body(bachDang.id, 2023, "Mô hình phiên bản", villageOne.id));
        var change = body(bachDang.id, 2023, "Mô hình phiên bản", villageOne.id, villageTwo.id);
        change.put("version", 0);
        as("admin").body(change).put("/api/v1/model-practices/" + id).then().statusCode(200).body("version", is(1));
        as("admin").body(change).put("/api/v1/model-practices/" + id).then().statusCode(409).body("code", is("version.stale"));
        change.put("version", 1);
        as("admin").header("If-Match", "\"0\"").body(change).put("/api/v1/model-practices/" + id)
                .then().statusCode(412).body("code", is("version.precondition-failed"));
        change.remove("version");
        as("admin").body(change).put("/api/v1/model-practices/" + id).then().statusCode(400).body("errors.field", hasItem("version"));
        assertEquals(1, stored(id).version());
        assertEquals(Set.of(villageOne.id, villageTwo.id), stored(id).replicatedIn());
    }

    @Test
    void invalidBodyNamesEveryFieldAndWritesNothing() {
        long before = count();
        as("admin").body(Map.of("year", 1900, "name", "", "description", "a\u0001b"))
                .post("/api/v1/model-practices")
                .then().statusCode(400).body("code", is("validation.failed"))
                .body("errors.field", containsInAnyOrder("unitId", "year", "name", "description"));
        int nextYearButOne = java.time.LocalDate.now().getYear() + 2;
        as("admin").body(body(bachDang.id, nextYearButOne, "Mô hình tương lai")).post("/api/v1/model-practices")
                .then().statusCode(400).body("errors[0].field", is("year"));
        List<Long> tooMany = new ArrayList<>();
        for (long i = 0; i < 501; i++) {
            tooMany.add(villageOne.id);
        }
        var request = body(bachDang.id, 2023, "Quá nhiều nơi");
        request.put("replicatedIn", tooMany);
        as("admin").body(request).post("/api/v1/model-practices").then().statusCode(400).body("errors[0].field", is("replicatedIn"));
        as("admin").body("{\"unitId\":" + bachDang.id + ",\"year\":2023,\"name\":\"A\",\"replicatedIn\":\"khu 1\"}")
                .post("/api/v1/model-practices").then().statusCode(400).body("errors[0].field", is("replicatedIn"));
        assertEquals(before, count());
    }

    @Test
    void outOfScopePracticeLooksLikeMissing() {
        int id = create("admin", body(bachDang.id, 2023, "Mô hình của phường"));
        as("officer.mongcai").get("/api/v1/model-practices/" + id).then().statusCode(404).body("code", is("not-found"));
        var change = body(mongCai.id, 2023, "Chiếm");
        change.put("version", 0);
        as("officer.mongcai").body(change).put("/api/v1/model-practices/" + id).then().statusCode(404);
        as("officer.mongcai").delete("/api/v1/model-practices/" + id).then().statusCode(404);
        as("officer.mongcai").queryParam("size", 200).get("/api/v1/model-practices")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        as("nounit").get("/api/v1/model-practices").then().statusCode(200).body("total", is(0)).body("items", empty());
        assertEquals("Mô hình của phường", stored(id).name());
    }

    @Test
    void aReplicatingUnitCannotBeDeletedUntilThePracticeIsGone() {
        int id = create("officer.bachdang", body(bachDang.id, 2023, "Mô hình sẽ xoá", villageOne.id));
        as("admin").delete("/api/v1/units/" + villageOne.id)
                .then().statusCode(409).body("code", is("unit.referenced")).body("detail", containsString("model practice"));
        as("officer.bachdang").delete("/api/v1/model-practices/" + id).then().statusCode(204);
        assertNull(stored(id));
        as("admin").get("/api/v1/model-practices/" + id).then().statusCode(404);
        as("admin").delete("/api/v1/units/" + villageOne.id).then().statusCode(204);
    }

    // --- filters --------------------------------------------------------------------------------

    @Test
    void filtersByUnitSubtreeYearAndText() {
        Unit ward = units.create("Phường Điển Hình", UnitType.COMMUNE, haLong);
        Unit village = units.create("Khu Điển Hình", UnitType.VILLAGE, ward);
        int atWard = create("admin", body(ward.id, 2023, "Ngày thứ Bảy cùng dân"));
        var withDescription = body(village.id, 2022, "Camera an ninh tự quản");
        withDescription.put("description", "Người dân góp tiền lắp camera giám sát đường làng");
        int atVillage = create("admin", withDescription);

        as("admin").queryParam("unitId", ward.id).get("/api/v1/model-practices")
                .then().statusCode(200).body("total", is(2)).body("items.id", contains(atWard, atVillage));
        as("admin").queryParam("unitId", village.id).get("/api/v1/model-practices")
                .then().statusCode(200).body("items.id", contains(atVillage));
        as("officer.mongcai").queryParam("unitId", ward.id).get("/api/v1/model-practices").then().statusCode(404);
        as("admin").queryParam("unitId", ward.id).queryParam("year", 2023).get("/api/v1/model-practices")
                .then().statusCode(200).body("items.id", contains(atWard));
        as("admin").queryParam("unitId", ward.id).queryParam("q", "thu bay cung dan").get("/api/v1/model-practices")
                .then().statusCode(200).body("items.id", contains(atWard));
        as("admin").queryParam("unitId", ward.id).queryParam("q", "GÓP TIỀN").get("/api/v1/model-practices")
                .then().statusCode(200).body("items.id", contains(atVillage));
        as("admin").queryParam("unitId", ward.id).queryParam("sort", "name").get("/api/v1/model-practices")
                .then().statusCode(200).body("items.id", contains(atVillage, atWard));

        String since = Instant.now().plusMillis(5).toString();
        sleep(20);
        var change = body(ward.id, 2023, "Ngày thứ Bảy cùng dân (sửa)");
        change.put("version", 0);
        as("admin").body(change).put("/api/v1/model-practices/" + atWard).then().statusCode(200);
        as("admin").queryParam("unitId", ward.id).queryParam("updatedSince", since).get("/api/v1/model-practices")
                .then().statusCode(200).body("items.id", contains(atWard));
    }

    @Test
    void badListParametersAnswer400NamingThem() {
        as("admin").queryParam("year", "x").get("/api/v1/model-practices").then().statusCode(400).body("errors[0].field", is("year"));
        as("admin").queryParam("unitId", "x").get("/api/v1/model-practices").then().statusCode(400).body("errors[0].field", is("unitId"));
        as("admin").queryParam("updatedSince", "x").get("/api/v1/model-practices").then().statusCode(400).body("errors[0].field", is("updatedSince"));
        as("admin").queryParam("size", 201).get("/api/v1/model-practices").then().statusCode(400).body("errors[0].field", is("size"));
        as("admin").queryParam("sort", "description").get("/api/v1/model-practices").then().statusCode(400).body("errors[0].field", is("sort"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
