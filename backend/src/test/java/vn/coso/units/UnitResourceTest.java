package vn.coso.units;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.coso.testing.TestUnits;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.coso.testing.Api.anonymous;
import static vn.coso.testing.Api.as;
import static vn.coso.testing.Api.asIntegration;

@QuarkusTest
class UnitResourceTest {

    @Inject
    TestUnits units;

    Unit province;
    Unit haLong;
    Unit bachDang;
    Unit mongCai;

    @BeforeEach
    void tree() {
        province = units.province();
        haLong = units.haLong();
        bachDang = units.bachDang();
        mongCai = units.mongCai();
    }

    private static Map<String, Object> body(String code, String name, String type, Long parentId) {
        var body = new java.util.HashMap<String, Object>();
        body.put("code", code);
        body.put("name", name);
        body.put("type", type);
        body.put("parentId", parentId);
        return body;
    }

    // --- authentication and roles ---------------------------------------------------------------

    @Test
    void listWithoutTokenIsUnauthorizedProblem() {
        anonymous().get("/api/v1/units")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", is(401))
                .body("code", is("unauthenticated"));
    }

    @Test
    void forgedTokenIsUnauthorized() {
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")
                .get("/api/v1/units")
                .then().statusCode(401).body("code", is("unauthenticated"));
    }

    @Test
    void everyRoleReadsUnits() {
        for (String user : List.of("admin", "officer.halong", "inspector", "viewer")) {
            as(user).get("/api/v1/units").then().statusCode(200).body("total", greaterThanOrEqualTo(1));
        }
        asIntegration().get("/api/v1/units/" + bachDang.id).then().statusCode(200).body("code", is("06694"));
    }

    @Test
    void viewerAndInspectorCannotWrite() {
        for (String user : List.of("viewer", "inspector")) {
            as(user).body(body(TestUnits.uniqueCode(), "Thôn mới", "VILLAGE", bachDang.id))
                    .post("/api/v1/units")
                    .then().statusCode(403).contentType("application/problem+json").body("code", is("forbidden"));
        }
        asIntegration().delete("/api/v1/units/" + bachDang.id).then().statusCode(403);
    }

    // --- scope ----------------------------------------------------------------------------------

    @Test
    void officerOfAWardSeesOnlyItsSubtree() {
        Unit village = units.create("Tổ dân phố Phạm Vi", UnitType.VILLAGE, bachDang);
        Unit siblingWard = units.create("Phường Láng Giềng", UnitType.COMMUNE, haLong);

        as("officer.bachdang").queryParam("size", 200).get("/api/v1/units")
                .then().statusCode(200)
                .body("items.code", hasItem("06694"))
                .body("items.code", hasItem(village.code))
                .body("items.code", not(hasItem("193")))
                .body("items.code", not(hasItem("194")))
                .body("items.code", not(hasItem(siblingWard.code)))
                .body("items.code", not(hasItem("22")));

        as("officer.bachdang").get("/api/v1/units/" + haLong.id).then().statusCode(404).body("code", is("not-found"));
        as("officer.bachdang").get("/api/v1/units/" + mongCai.id).then().statusCode(404);
        as("officer.bachdang").get("/api/v1/units/" + siblingWard.id).then().statusCode(404);
        as("officer.bachdang").get("/api/v1/units/" + siblingWard.id + "/tree").then().statusCode(404);
        as("officer.bachdang").get("/api/v1/units/" + haLong.id + "/children").then().statusCode(404);
        as("officer.bachdang").get("/api/v1/units/" + village.id).then().statusCode(200).body("parentId", is(bachDang.id.intValue()));
    }

    @Test
    void outOfScopeLooksLikeMissing() {
        String missing = as("officer.bachdang").get("/api/v1/units/999999999").then().statusCode(404).extract().path("code");
        String hidden = as("officer.bachdang").get("/api/v1/units/" + mongCai.id).then().statusCode(404).extract().path("code");
        assertEquals(missing, hidden);
    }

    @Test
    void userWithoutUnitSeesNothing() {
        as("nounit").get("/api/v1/units").then().statusCode(200).body("total", is(0)).body("items", empty());
        as("nounit").get("/api/v1/units/" + province.id).then().statusCode(404);
    }

    @Test
    void officerCannotWriteOutsideItsScope() {
        as("officer.bachdang").body(body(TestUnits.uniqueCode(), "Thôn Ngoài", "VILLAGE", null))
                .post("/api/v1/units").then().statusCode(400);
        as("officer.bachdang").body(body(TestUnits.uniqueCode(), "Cơ quan ngoài", "AGENCY", mongCai.id))
                .post("/api/v1/units")
                .then().statusCode(400).body("errors.field", contains("parentId"));
        Unit mongCaiAgency = units.create("UBND Móng Cái thử", UnitType.AGENCY, mongCai);
        var update = body(mongCaiAgency.code, "Đổi tên", "AGENCY", mongCai.id);
        update.put("version", mongCaiAgency.version);
        as("officer.halong").body(update).put("/api/v1/units/" + mongCaiAgency.id).then().statusCode(404);
        as("officer.halong").delete("/api/v1/units/" + mongCaiAgency.id).then().statusCode(404);
        assertEquals("UBND Móng Cái thử", units.reload(mongCaiAgency.id).name);
    }

    @Test
    void officerCannotDeleteOrMoveItsOwnUnit() {
        as("officer.bachdang").delete("/api/v1/units/" + bachDang.id).then().statusCode(403);
        var move = body("06694", "Phường Bạch Đằng", "COMMUNE", mongCai.id);
        move.put("version", units.reload(bachDang.id).version);
        as("officer.bachdang").body(move).put("/api/v1/units/" + bachDang.id).then().statusCode(403);
        assertEquals(haLong.id, units.reload(bachDang.id).parent.id);
    }

    @Test
    void officerCreatesAndEditsUnitsInItsScope() {
        String code = TestUnits.uniqueCode();
        int id = as("officer.bachdang").body(body(code, "Tổ dân phố 9", "VILLAGE", bachDang.id))
                .post("/api/v1/units")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/units/"))
                .body("code", is(code))
                .body("parentName", is("Phường Bạch Đằng"))
                .body("active", is(true))
                .body("version", is(0))
                .extract().path("id");
        Unit saved = units.reload(id);
        assertEquals("Tổ dân phố 9", saved.name);
        assertEquals(bachDang.path + id + "/", saved.path);
    }

    // --- search, filters, paging ----------------------------------------------------------------

    @Test
    void searchIgnoresCaseAndDiacritics() {
        as("admin").queryParam("q", "ha long").get("/api/v1/units")
                .then().statusCode(200).body("items.code", hasItem("193"));
        as("admin").queryParam("q", "bach dang").get("/api/v1/units")
                .then().statusCode(200).body("items.code", hasItem("06694"));
        as("admin").queryParam("q", "BẠCH ĐẰNG").get("/api/v1/units")
                .then().statusCode(200).body("items.code", hasItem("06694"));
        as("admin").queryParam("q", "066").get("/api/v1/units")
                .then().statusCode(200).body("items.code", hasItem("06694"));
    }

    @Test
    void likeWildcardsInSearchAreLiteral() {
        as("admin").queryParam("q", "%").get("/api/v1/units").then().statusCode(200).body("total", is(0));
        as("admin").queryParam("q", "_").get("/api/v1/units").then().statusCode(200).body("total", is(0));
    }

    @Test
    void filtersByTypeParentAndActive() {
        Unit dissolved = units.create("Tổ dân phố đã giải thể", UnitType.VILLAGE, bachDang);
        var change = body(dissolved.code, dissolved.name, "VILLAGE", bachDang.id);
        change.put("active", false);
        change.put("version", dissolved.version);
        as("admin").body(change).put("/api/v1/units/" + dissolved.id).then().statusCode(200).body("active", is(false));

        as("admin").queryParam("parentId", bachDang.id).queryParam("active", "false").queryParam("size", 200)
                .get("/api/v1/units")
                .then().statusCode(200).body("items.code", hasItem(dissolved.code))
                .body("items.active", everyItem(is(false))).body("items.parentId", everyItem(is(bachDang.id.intValue())));
        as("admin").queryParam("type", "DISTRICT").queryParam("size", 200).get("/api/v1/units")
                .then().statusCode(200).body("items.type", everyItem(is("DISTRICT"))).body("items.code", hasItem("193"));
    }

    @Test
    void updatedSinceListsOnlyRecentChanges() {
        String before = java.time.Instant.now().minusSeconds(1).toString();
        Unit fresh = units.create("Khu mới cập nhật", UnitType.VILLAGE, bachDang);
        as("admin").queryParam("updatedSince", before).queryParam("size", 200).get("/api/v1/units")
                .then().statusCode(200).body("items.code", hasItem(fresh.code)).body("items.code", not(hasItem("22")));
    }

    @Test
    void pagesAndSorts() {
        Unit parent = units.create("Cụm kiểm tra phân trang", UnitType.AGENCY, bachDang);
        for (String name : List.of("Cơ quan C", "Cơ quan A", "Cơ quan B")) {
            units.create(name, UnitType.AGENCY, parent);
        }
        as("admin").queryParam("parentId", parent.id).queryParam("sort", "name,desc").queryParam("size", 2)
                .get("/api/v1/units")
                .then().statusCode(200)
                .body("total", is(3)).body("page", is(0)).body("size", is(2))
                .body("items.name", contains("Cơ quan C", "Cơ quan B"));
        as("admin").queryParam("sort", "name").queryParam("page", 1).queryParam("size", 2)
                .get("/api/v1/units/" + parent.id + "/children")
                .then().statusCode(200).body("items.name", contains("Cơ quan C"));
        as("admin").get("/api/v1/units/" + parent.id).then().statusCode(200).body("childCount", is(3));
    }

    @Test
    void badListParametersAnswer400NamingThem() {
        as("admin").queryParam("size", 201).get("/api/v1/units")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", is("size"));
        as("admin").queryParam("page", -1).get("/api/v1/units").then().statusCode(400).body("errors[0].field", is("page"));
        as("admin").queryParam("page", "abc").get("/api/v1/units").then().statusCode(400).body("errors[0].field", is("page"));
        as("admin").queryParam("sort", "password,desc").get("/api/v1/units").then().statusCode(400).body("errors[0].field", is("sort"));
        as("admin").queryParam("sort", "name,sideways").get("/api/v1/units").then().statusCode(400).body("errors[0].field", is("sort"));
        as("admin").queryParam("type", "CASTLE").get("/api/v1/units")
                .then().statusCode(400).body("errors[0].field", is("type")).body("detail", containsString("COMMUNE"));
        as("admin").queryParam("parentId", "x").get("/api/v1/units").then().statusCode(400).body("errors[0].field", is("parentId"));
        as("admin").queryParam("active", "yes").get("/api/v1/units").then().statusCode(400).body("errors[0].field", is("active"));
        as("admin").queryParam("updatedSince", "yesterday").get("/api/v1/units").then().statusCode(400).body("errors[0].field", is("updatedSince"));
    }

    // --- validation and bad bodies --------------------------------------------------------------

    @Test
    void invalidBodyNamesEveryField() {
        long before = units.count();
        as("admin").body(Map.of("code", "has space", "name", "  ", "headCount", -5))
                .post("/api/v1/units")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", is("validation.failed"))
                .body("errors.field", hasItem("code"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("type"))
                .body("errors.field", hasItem("headCount"));
        assertEquals(before, units.count());
    }

    @Test
    void wrongJsonTypesAndValuesAnswer400NamingTheField() {
        as("admin").body("{\"code\":\"X1\",\"name\":\"A\",\"type\":\"VILLAGE\",\"parentId\":1,\"headCount\":\"many\"}")
                .post("/api/v1/units")
                .then().statusCode(400).body("code", is("json.invalid-value")).body("errors[0].field", is("headCount"));
        as("admin").body("{\"code\":\"X1\",\"name\":\"A\",\"type\":\"CASTLE\"}")
                .post("/api/v1/units")
                .then().statusCode(400).body("errors[0].field", is("type")).body("detail", containsString("VILLAGE"));
        as("admin").body("{\"code\":\"X1\",\"name\":\"A\",\"type\":\"VILLAGE\",\"colour\":\"red\"}")
                .post("/api/v1/units")
                .then().statusCode(400).body("code", is("json.unknown-field")).body("errors[0].field", is("colour"));
        as("admin").body("{\"code\": \"X1\", \"name\": ")
                .post("/api/v1/units")
                .then().statusCode(400).contentType("application/problem+json").body("code", is("json.malformed"));
        as("admin").body("[1,2,3]").post("/api/v1/units").then().statusCode(400);
        as("admin").body("").post("/api/v1/units").then().statusCode(400);
    }

    @Test
    void wrongContentTypeAnswers415() {
        as("admin").contentType(ContentType.TEXT).body("code=1").post("/api/v1/units")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void hugeBodyIsRefused() {
        String huge = "{\"code\":\"X\",\"name\":\"" + "a".repeat(2_000_000) + "\",\"type\":\"VILLAGE\"}";
        long before = units.count();
        try {
            as("admin").body(huge).post("/api/v1/units").then().statusCode(413);
        } catch (Exception e) {
            // The server may answer 413 and close the connection while the client is still sending:
            // the client then sees a broken pipe instead of the answer. Either way nothing is written.
            org.junit.jupiter.api.Assertions.assertInstanceOf(java.net.SocketException.class, rootCause(e));
        }
        assertEquals(before, units.count());
        as("admin").get("/api/v1/units/" + bachDang.id).then().statusCode(200);
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    @Test
    void tooLongNameIsAFieldError() {
        as("admin").body(body(TestUnits.uniqueCode(), "x".repeat(256), "VILLAGE", bachDang.id))
                .post("/api/v1/units").then().statusCode(400).body("errors[0].field", is("name"));
    }

    @Test
    void vietnameseTextIsStoredComposed() {
        String decomposed = java.text.Normalizer.normalize("Thôn Đồng Bằng 🌾", java.text.Normalizer.Form.NFD);
        int id = as("admin").body(body(TestUnits.uniqueCode(), "  " + decomposed + " ", "VILLAGE", bachDang.id))
                .post("/api/v1/units").then().statusCode(201).extract().path("id");
        assertEquals("Thôn Đồng Bằng 🌾", units.reload(id).name);
        as("admin").queryParam("q", "dong bang").queryParam("parentId", bachDang.id).get("/api/v1/units")
                .then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void typeMustFitItsParent() {
        as("admin").body(body(TestUnits.uniqueCode(), "Tỉnh lồng", "PROVINCE", haLong.id))
                .post("/api/v1/units").then().statusCode(400).body("errors[0].field", is("parentId"));
        as("admin").body(body(TestUnits.uniqueCode(), "Thôn lạc", "VILLAGE", haLong.id))
                .post("/api/v1/units").then().statusCode(400).body("errors[0].field", is("parentId"));
        as("admin").body(body(TestUnits.uniqueCode(), "Xã mồ côi", "COMMUNE", null))
                .post("/api/v1/units").then().statusCode(400).body("errors[0].field", is("parentId"));
        var withTax = body(TestUnits.uniqueCode(), "Phường có MST", "COMMUNE", haLong.id);
        withTax.put("taxCode", "5700100256");
        as("admin").body(withTax).post("/api/v1/units").then().statusCode(400).body("errors[0].field", is("taxCode"));
    }

    // --- integrity ------------------------------------------------------------------------------

    @Test
    void duplicateCodeIsAConflict() {
        long before = units.count();
        as("admin").body(body("06694", "Phường Trùng Mã", "COMMUNE", haLong.id))
                .post("/api/v1/units")
                .then().statusCode(409).contentType("application/problem+json")
                .body("code", is("unit.code.duplicate"))
                .body("detail", containsString("Bạch Đằng"));
        assertEquals(before, units.count());
    }

    @Test
    void duplicateTaxCodeIsAConflict() {
        String taxCode = "57" + String.valueOf(System.nanoTime()).substring(0, 8);
        var first = body(TestUnits.uniqueCode(), "Công ty A", "ENTERPRISE", haLong.id);
        first.put("taxCode", taxCode);
        as("admin").body(first).post("/api/v1/units").then().statusCode(201).body("taxCode", is(taxCode));
        var second = body(TestUnits.uniqueCode(), "Công ty B", "ENTERPRISE", haLong.id);
        second.put("taxCode", taxCode);
        as("admin").body(second).post("/api/v1/units").then().statusCode(409).body("code", is("unit.tax-code.duplicate"));
    }

    @Test
    void staleUpdateIsRefusedAndChangesNothing() {
        Unit unit = units.create("Thôn Phiên Bản", UnitType.VILLAGE, bachDang);
        var first = body(unit.code, "Thôn Phiên Bản Mới", "VILLAGE", bachDang.id);
        first.put("version", 0);
        as("officer.bachdang").body(first).put("/api/v1/units/" + unit.id)
                .then().statusCode(200).body("version", is(1)).header("ETag", containsString("1"));

        var stale = body(unit.code, "Ghi đè cũ", "VILLAGE", bachDang.id);
        stale.put("version", 0);
        as("admin").body(stale).put("/api/v1/units/" + unit.id)
                .then().statusCode(409).body("code", is("version.stale"));
        assertEquals("Thôn Phiên Bản Mới", units.reload(unit.id).name);
        assertEquals(1, units.reload(unit.id).version);
    }

    @Test
    void ifMatchMismatchIsPreconditionFailed() {
        Unit unit = units.create("Thôn Điều Kiện", UnitType.VILLAGE, bachDang);
        var change = body(unit.code, "Thôn Điều Kiện 2", "VILLAGE", bachDang.id);
        change.put("version", 0);
        as("admin").header("If-Match", "\"7\"").body(change).put("/api/v1/units/" + unit.id)
                .then().statusCode(412).body("code", is("version.precondition-failed"));
        String etag = as("admin").get("/api/v1/units/" + unit.id).then().statusCode(200).extract().header("ETag");
        as("admin").header("If-Match", etag).body(change).put("/api/v1/units/" + unit.id).then().statusCode(200);
    }

    @Test
    void updateWithoutVersionIsInvalid() {
        Unit unit = units.create("Thôn Thiếu Phiên Bản", UnitType.VILLAGE, bachDang);
        as("admin").body(body(unit.code, "X", "VILLAGE", bachDang.id)).put("/api/v1/units/" + unit.id)
                .then().statusCode(400).body("errors.field", hasItem("version"));
    }

    @Test
    void unitCannotMoveUnderItsOwnSubtree() {
        Unit agency = units.create("Cơ quan cha", UnitType.AGENCY, haLong);
        Unit child = units.create("Đơn vị con", UnitType.PUBLIC_SERVICE_UNIT, agency);
        var cycle = body(agency.code, agency.name, "AGENCY", child.id);
        cycle.put("version", agency.version);
        as("admin").body(cycle).put("/api/v1/units/" + agency.id)
                .then().statusCode(409).body("code", is("unit.parent.cycle"));
        var self = body(agency.code, agency.name, "AGENCY", agency.id);
        self.put("version", agency.version);
        as("admin").body(self).put("/api/v1/units/" + agency.id).then().statusCode(409);
        assertEquals(haLong.id, units.reload(agency.id).parent.id);
    }

    @Test
    void movingAUnitMovesItsSubtreeAndScope() {
        Unit agency = units.create("Cơ quan chuyển", UnitType.AGENCY, mongCai);
        Unit child = units.create("Đơn vị chuyển theo", UnitType.PUBLIC_SERVICE_UNIT, agency);
        as("officer.halong").get("/api/v1/units/" + child.id).then().statusCode(404);

        var move = body(agency.code, agency.name, "AGENCY", haLong.id);
        move.put("version", agency.version);
        as("admin").body(move).put("/api/v1/units/" + agency.id).then().statusCode(200).body("parentId", is(haLong.id.intValue()));

        assertEquals(haLong.path + agency.id + "/" + child.id + "/", units.reload(child.id).path);
        as("officer.halong").get("/api/v1/units/" + child.id).then().statusCode(200);
        as("officer.mongcai").get("/api/v1/units/" + child.id).then().statusCode(404);
    }

    @Test
    void typeChangeMustStillFitTheChildren() {
        Unit commune = units.create("Xã Đổi Loại", UnitType.COMMUNE, haLong);
        units.create("Thôn Của Xã", UnitType.VILLAGE, commune);
        var change = body(commune.code, commune.name, "AGENCY", haLong.id);
        change.put("version", commune.version);
        as("admin").body(change).put("/api/v1/units/" + commune.id)
                .then().statusCode(409).body("code", is("unit.type.children-incompatible"));
    }

    @Test
    void unitWithChildrenCannotBeDeleted() {
        Unit parent = units.create("Cơ quan còn con", UnitType.AGENCY, haLong);
        Unit child = units.create("Đơn vị con còn", UnitType.PUBLIC_SERVICE_UNIT, parent);
        as("admin").delete("/api/v1/units/" + parent.id)
                .then().statusCode(409).body("code", is("unit.has-children"));
        as("admin").delete("/api/v1/units/" + child.id).then().statusCode(204);
        as("admin").delete("/api/v1/units/" + parent.id).then().statusCode(204);
        assertNull(units.reload(parent.id));
        as("admin").get("/api/v1/units/" + parent.id).then().statusCode(404);
    }

    @Test
    void twoPeopleSavingTheSameVersionOneWins() throws Exception {
        Unit unit = units.create("Thôn Tranh Chấp", UnitType.VILLAGE, bachDang);
        String adminToken = vn.coso.testing.Tokens.of("admin");
        String officerToken = vn.coso.testing.Tokens.of("officer.bachdang");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> save(adminToken, unit, "Tên của quản trị"));
            var b = pool.submit(() -> save(officerToken, unit, "Tên của cán bộ"));
            List<Integer> statuses = new java.util.ArrayList<>(List.of(a.get(), b.get()));
            statuses.sort(Integer::compare);
            assertEquals(List.of(200, 409), statuses);
        } finally {
            pool.shutdown();
        }
        assertEquals(1, units.reload(unit.id).version);
    }

    private int save(String token, Unit unit, String name) {
        var change = body(unit.code, name, "VILLAGE", bachDang.id);
        change.put("version", 0);
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(change)
                .put("/api/v1/units/" + unit.id).statusCode();
    }

    // --- tree -----------------------------------------------------------------------------------

    @Test
    void treeNestsTheSubtree() {
        Unit agency = units.create("Cơ quan cây", UnitType.AGENCY, bachDang);
        Unit child = units.create("Đơn vị lá", UnitType.PUBLIC_SERVICE_UNIT, agency);
        as("officer.bachdang").get("/api/v1/units/" + agency.id + "/tree")
                .then().statusCode(200)
                .body("id", is(agency.id.intValue()))
                .body("children[0].id", is(child.id.intValue()))
                .body("children[0].children", empty());
        as("officer.bachdang").get("/api/v1/units/" + bachDang.id + "/tree")
                .then().statusCode(200).body("code", is("06694")).body("children.id", hasItem(agency.id.intValue()));
    }

    @Test
    void provinceHasNoParent() {
        as("admin").get("/api/v1/units/" + province.id)
                .then().statusCode(200).body("parentId", nullValue()).body("type", is("PROVINCE"))
                .body("createdAt", notNullValue()).body("childCount", greaterThanOrEqualTo(2));
        as("officer.halong").body(body(TestUnits.uniqueCode(), "Tỉnh Mới", "PROVINCE", null))
                .post("/api/v1/units").then().statusCode(403);
    }

    @Test
    void aProvinceUserNeverSeesAnotherProvince() {
        // One database for the country: the viewer of Quảng Ninh (22) sees its own province, not another.
        long other = as("admin").body(body(TestUnits.uniqueCode(), "Tỉnh Bắc Ninh", "PROVINCE", null))
                .post("/api/v1/units").then().statusCode(201).extract().jsonPath().getLong("id");
        long commune = as("admin").body(body(TestUnits.uniqueCode(), "Phường Kinh Bắc", "COMMUNE", other))
                .post("/api/v1/units").then().statusCode(201).extract().jsonPath().getLong("id");
        as("viewer").get("/api/v1/units/" + province.id).then().statusCode(200);
        as("viewer").get("/api/v1/units/" + other).then().statusCode(404);
        as("viewer").get("/api/v1/units/" + commune).then().statusCode(404);
        as("viewer").queryParam("size", 100).get("/api/v1/units")
                .then().statusCode(200).body("items.id", not(hasItem((int) other)));
    }

    @Test
    void unknownPathIsAProblem() {
        as("admin").get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
        as("admin").get("/api/v1/units/abc").then().statusCode(404).contentType("application/problem+json");
        as("admin").patch("/api/v1/units/" + province.id).then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void hasParentNameAndNoInternalFields() {
        as("admin").get("/api/v1/units/" + bachDang.id)
                .then().statusCode(200)
                .body("parentName", equalTo("Thành phố Hạ Long"))
                .body("path", nullValue());
    }
}
