package vn.coso.regulations;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.coso.testing.TestUnits;
import vn.coso.units.Unit;
import vn.coso.units.UnitType;

import java.util.HashMap;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.coso.testing.Api.anonymous;
import static vn.coso.testing.Api.as;

@QuarkusTest
class RegulationResourceTest {

    @Inject
    TestUnits units;

    Unit bachDang;
    Unit mongCai;

    @BeforeEach
    void tree() {
        bachDang = units.bachDang();
        mongCai = units.mongCai();
    }

    private static Map<String, Object> body(long unitId, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", unitId);
        body.put("title", title);
        return body;
    }

    private static Map<String, Object> issued(long unitId, String number, String date) {
        Map<String, Object> body = body(unitId, "Quy chế dân chủ " + number);
        body.put("status", "ISSUED");
        body.put("number", number);
        body.put("issueDate", date);
        return body;
    }

    private int create(String user, Map<String, Object> body) {
        return as(user).body(body).post("/api/v1/regulations").then().statusCode(201).extract().path("id");
    }

    @Test
    void draftGoesThroughConsultationToIssuedWithHistory() {
        Unit agency = units.create("Cơ quan QCDC", UnitType.AGENCY, bachDang);
        int id = create("officer.bachdang", body(agency.id, "Dự thảo quy chế dân chủ"));
        as("officer.bachdang").get("/api/v1/regulations/" + id).then().statusCode(200)
                .body("status", is("DRAFTING")).body("kind", is("REGULATION")).body("inForce", is(false));
        as("officer.bachdang").body(Map.of("version", 0)).post("/api/v1/regulations/" + id + "/submit-for-consultation")
                .then().statusCode(200).body("status", is("IN_CONSULTATION"));
        as("officer.bachdang").body(Map.of("number", "12/QĐ-CQ", "issueDate", "2024-03-15", "version", 1))
                .post("/api/v1/regulations/" + id + "/issue")
                .then().statusCode(200).body("status", is("ISSUED")).body("inForce", is(true));
        as("viewer").get("/api/v1/units/" + agency.id).then().statusCode(200).body("hasRegulationInForce", is(true));

        as("inspector").get("/api/v1/regulations/" + id + "/history").then().statusCode(200)
                .body("total", is(3))
                .body("items.action", contains("ISSUED", "SUBMITTED_FOR_CONSULTATION", "CREATED"))
                .body("items[0].by", is("officer.bachdang"))
                .body("items[0].changes.field", hasItem("status"))
                .body("items[0].changes.find { it.field == 'status' }.from", is("IN_CONSULTATION"))
                .body("items[0].changes.find { it.field == 'status' }.to", is("ISSUED"));
    }

    @Test
    void illegalTransitionsAnswer409WithTheReason() {
        Unit agency = units.create("Cơ quan chuyển trạng thái", UnitType.AGENCY, bachDang);
        int id = create("admin", body(agency.id, "Dự thảo"));
        as("admin").body(Map.of("version", 0)).post("/api/v1/regulations/" + id + "/repeal")
                .then().statusCode(409).body("code", is("regulation.illegal-transition"));
        as("admin").body(Map.of("version", 3)).post("/api/v1/regulations/" + id + "/submit-for-consultation")
                .then().statusCode(409).body("code", is("version.stale"));
        as("admin").body(Map.of("issueDate", "2024-03-15", "version", 0)).post("/api/v1/regulations/" + id + "/issue")
                .then().statusCode(400).body("errors[0].field", is("number"));
    }

    @Test
    void oneInForcePerUnitAndReplacementRevisesTheOld() {
        Unit agency = units.create("Cơ quan một quy chế", UnitType.AGENCY, bachDang);
        int first = create("admin", issued(agency.id, "1/QĐ", "2022-01-10"));
        as("admin").body(issued(agency.id, "2/QĐ", "2024-01-10")).post("/api/v1/regulations")
                .then().statusCode(409).body("code", is("regulation.already-in-force"));
        var replacement = issued(agency.id, "2/QĐ", "2024-01-10");
        replacement.put("replacesId", first);
        int second = create("admin", replacement);
        as("admin").get("/api/v1/regulations/" + first).then().body("status", is("REVISED")).body("inForce", is(false));
        as("admin").get("/api/v1/regulations/" + second).then().body("replacesId", is(first)).body("inForce", is(true));
        as("admin").get("/api/v1/regulations/" + first + "/history").then().body("items[0].action", is("REVISED"));
    }

    private static Map<String, Object> revision(String title, long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("version", version);
        return body;
    }

    @Test
    void reviseDraftsTheNewVersionReplacingTheOneInForce() {
        Unit agency = units.create("Cơ quan sửa đổi quy chế", UnitType.AGENCY, bachDang);
        int inForce = create("officer.bachdang", issued(agency.id, "3/QĐ", "2022-03-03"));
        as("officer.bachdang").get("/api/v1/regulations/" + inForce).then().statusCode(200)
                .body("allowedActions", hasItem("revise"));

        int draft = as("officer.bachdang").body(revision("Quy chế dân chủ (sửa đổi)", 0))
                .post("/api/v1/regulations/" + inForce + "/revise")
                .then().statusCode(201)
                .body("status", is("DRAFTING")).body("replacesId", is(inForce)).body("unit.id", is(agency.id.intValue()))
                .body("kind", is("REGULATION")).body("title", is("Quy chế dân chủ (sửa đổi)"))
                .extract().path("id");
        var second = as("officer.bachdang").body(revision("Lần hai", 0)).post("/api/v1/regulations/" + inForce + "/revise")
                .then().statusCode(201).extract();
        assertTrue(second.header("Location").endsWith("/api/v1/regulations/" + second.path("id")), second.header("Location"));
        as("officer.bachdang").delete("/api/v1/regulations/" + second.path("id")).then().statusCode(204);
        // The one in force stays in force until its revision is issued.
        as("officer.bachdang").get("/api/v1/regulations/" + inForce).then().body("status", is("ISSUED"));
        as("officer.bachdang").body(Map.of("number", "4/QĐ", "issueDate", "2024-04-04", "version", 0))
                .post("/api/v1/regulations/" + draft + "/issue").then().statusCode(200).body("inForce", is(true));
        as("officer.bachdang").get("/api/v1/regulations/" + inForce).then()
                .body("status", is("REVISED")).body("allowedActions", not(hasItem("revise")));
        as("officer.bachdang").get("/api/v1/regulations/" + draft + "/history").then()
                .body("items.action", contains("ISSUED", "CREATED"));
    }

    @Test
    void aRevisionRecordedAsIssuedRevisesTheOldOneAtOnce() {
        Unit agency = units.create("Cơ quan sửa đổi ngay", UnitType.AGENCY, bachDang);
        int inForce = create("admin", issued(agency.id, "5/QĐ", "2021-05-05"));
        Map<String, Object> body = revision("Quy chế đã ban hành thay thế", 0);
        body.put("status", "ISSUED");
        body.put("number", "6/QĐ");
        body.put("issueDate", "2024-06-06");
        int newer = as("admin").body(body).post("/api/v1/regulations/" + inForce + "/revise")
                .then().statusCode(201).body("status", is("ISSUED")).body("inForce", is(true)).extract().path("id");
        as("admin").get("/api/v1/regulations/" + inForce).then().body("status", is("REVISED"));
        as("admin").get("/api/v1/regulations/" + inForce + "/history").then().body("items[0].action", is("REVISED"));
        as("admin").get("/api/v1/regulations/" + newer).then().body("replacesId", is(inForce));
    }

    @Test
    void reviseIsRefusedUnlessTheRulesAllowItAndWritesNothing() {
        Unit agency = units.create("Cơ quan sửa đổi bị từ chối", UnitType.AGENCY, bachDang);
        int draft = create("admin", body(agency.id, "Dự thảo chưa ban hành"));
        as("admin").get("/api/v1/regulations/" + draft).then().body("allowedActions", not(hasItem("revise")));
        as("admin").body(revision("Sửa một dự thảo", 0)).post("/api/v1/regulations/" + draft + "/revise")
                .then().statusCode(409).body("code", is("regulation.illegal-transition"));

        int inForce = create("admin", issued(agency.id, "8/QĐ", "2023-08-08"));
        as("admin").body(revision("Cũ", 5)).post("/api/v1/regulations/" + inForce + "/revise")
                .then().statusCode(409).body("code", is("version.stale"));
        as("admin").body(Map.of("version", 0)).post("/api/v1/regulations/" + inForce + "/revise")
                .then().statusCode(400).body("errors[0].field", is("title"));
        as("admin").body(Map.of("title", "Thiếu phiên bản")).post("/api/v1/regulations/" + inForce + "/revise")
                .then().statusCode(400).body("errors[0].field", is("version"));
        Map<String, Object> future = revision("Ngày tương lai", 0);
        future.put("status", "ISSUED");
        future.put("number", "9/QĐ");
        future.put("issueDate", "2999-01-01");
        as("admin").body(future).post("/api/v1/regulations/" + inForce + "/revise")
                .then().statusCode(400).body("errors[0].field", is("issueDate"));
        as("admin").body(revision("Không tồn tại", 0)).post("/api/v1/regulations/999999999/revise")
                .then().statusCode(404);
        as("viewer").body(revision("Người xem", 0)).post("/api/v1/regulations/" + inForce + "/revise")
                .then().statusCode(403);
        anonymous().body(revision("Ẩn danh", 0)).post("/api/v1/regulations/" + inForce + "/revise")
                .then().statusCode(401);

        as("admin").get("/api/v1/regulations/" + inForce).then().body("status", is("ISSUED")).body("version", is(0));
        as("admin").queryParam("unitId", agency.id).get("/api/v1/regulations").then().body("total", is(2));
    }

    @Test
    void reviseOutOfScopeIsNotFound() {
        Unit mongCaiAgency = units.create("Cơ quan Móng Cái sửa đổi", UnitType.AGENCY, mongCai);
        int inForce = create("admin", issued(mongCaiAgency.id, "10/QĐ", "2023-10-10"));
        as("officer.bachdang").body(revision("Xâm phạm", 0)).post("/api/v1/regulations/" + inForce + "/revise")
                .then().statusCode(404);
        as("officer.mongcai").get("/api/v1/regulations/" + inForce).then().body("allowedActions", hasItem("revise"));
    }

    @Test
    void aDraftAnotherReplacesIsNotDeletableAndItsAllowedActionsSaySo() {
        Unit agency = units.create("Cơ quan dự thảo bị thay", UnitType.AGENCY, bachDang);
        int replaced = create("admin", body(agency.id, "Dự thảo cũ"));
        as("admin").get("/api/v1/regulations/" + replaced).then().statusCode(200)
                .body("allowedActions", hasItem("delete"));
        Map<String, Object> replacing = body(agency.id, "Dự thảo mới");
        replacing.put("replacesId", replaced);
        int newer = create("admin", replacing);
        as("admin").get("/api/v1/regulations/" + replaced).then().statusCode(200)
                .body("allowedActions", not(hasItem("delete")))
                .body("allowedActions", hasItem("update"));
        as("admin").delete("/api/v1/regulations/" + replaced).then().statusCode(409)
                .body("code", is("regulation.referenced"));
        as("admin").get("/api/v1/regulations/" + newer).then().body("allowedActions", hasItem("delete"));
        as("admin").delete("/api/v1/regulations/" + newer).then().statusCode(204);
        as("admin").get("/api/v1/regulations/" + replaced).then().body("allowedActions", hasItem("delete"));
    }

    @Test
    void villagesHaveAConvention() {
        Unit village = units.create("Tổ dân phố hương ước", UnitType.VILLAGE, bachDang);
        int id = create("officer.bachdang", body(village.id, "Hương ước tổ dân phố"));
        as("admin").get("/api/v1/regulations/" + id).then().body("kind", is("CONVENTION"));
        var wrong = body(village.id, "Quy chế cho thôn");
        wrong.put("kind", "REGULATION");
        as("admin").body(wrong).post("/api/v1/regulations").then().statusCode(400).body("errors[0].field", is("kind"));
    }

    @Test
    void scopeAndRoles() {
        Unit mongCaiAgency = units.create("Cơ quan Móng Cái QCDC", UnitType.AGENCY, mongCai);
        int id = create("admin", issued(mongCaiAgency.id, "5/QĐ", "2023-05-05"));
        as("officer.bachdang").get("/api/v1/regulations/" + id).then().statusCode(404);
        as("officer.bachdang").queryParam("size", 200).get("/api/v1/regulations")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        as("officer.bachdang").body(body(mongCaiAgency.id, "Xâm phạm")).post("/api/v1/regulations")
                .then().statusCode(400).body("errors[0].field", is("unitId"));
        as("viewer").body(body(bachDang.id, "Người xem")).post("/api/v1/regulations").then().statusCode(403);
        as("inspector").body(Map.of("version", 0)).post("/api/v1/regulations/" + id + "/repeal").then().statusCode(403);
        anonymous().get("/api/v1/regulations").then().statusCode(401);
        as("officer.mongcai").get("/api/v1/regulations/" + id).then().statusCode(200);
    }

    @Test
    void correctionsAreVersionedAndKeptInHistory() {
        Unit agency = units.create("Cơ quan sửa số", UnitType.AGENCY, bachDang);
        int id = create("admin", issued(agency.id, "7/QĐ", "2023-07-07"));
        as("admin").body(Map.of("number", "7/QĐ-UBND", "title", "Quy chế đã sửa", "issueDate", "2023-07-07", "version", 0))
                .put("/api/v1/regulations/" + id).then().statusCode(200).body("number", is("7/QĐ-UBND"));
        as("admin").body(Map.of("number", "7/QĐ-X", "title", "Ghi đè", "issueDate", "2023-07-07", "version", 0))
                .put("/api/v1/regulations/" + id).then().statusCode(409).body("code", is("version.stale"));
        as("admin").get("/api/v1/regulations/" + id + "/history").then()
                .body("items[0].action", is("UPDATED"))
                .body("items[0].changes.field", contains("number", "title"));
        as("admin").delete("/api/v1/regulations/" + id).then().statusCode(409).body("code", is("regulation.not-a-draft"));
    }

    @Test
    void futureIssueDateIsRefused() {
        as("admin").body(issued(bachDang.id, "9/QĐ", "2999-01-01")).post("/api/v1/regulations")
                .then().statusCode(400).body("errors[0].field", is("issueDate"));
    }

    @Test
    void coverageCountsTheUnitsThatMustHaveOne() {
        Unit commune = units.create("Xã Phủ Sóng", UnitType.COMMUNE, units.haLong());
        Unit village1 = units.create("Thôn Có Hương Ước", UnitType.VILLAGE, commune);
        Unit village2 = units.create("Thôn Chưa Có", UnitType.VILLAGE, commune);
        create("admin", issued(commune.id, "1/QĐ-X", "2023-01-01"));
        var convention = issued(village1.id, "1/HƯ", "2023-02-01");
        create("admin", convention);
        as("officer.halong").queryParam("unitId", commune.id).get("/api/v1/regulations/coverage")
                .then().statusCode(200)
                .body("requiredUnits", is(3))
                .body("unitsWithRegulation", is(2))
                .body("share", is(2f / 3f))
                .body("missing.id", contains(village2.id.intValue()))
                .body("missingTotal", is(1));
        as("officer.bachdang").queryParam("unitId", commune.id).get("/api/v1/regulations/coverage").then().statusCode(404);
    }

    @Test
    void listFilters() {
        Unit agency = units.create("Cơ quan lọc QCDC", UnitType.AGENCY, bachDang);
        int id = create("admin", issued(agency.id, "33/QĐ-LOC", "2024-02-02"));
        as("admin").queryParam("unitId", agency.id).queryParam("status", "ISSUED")
                .queryParam("from", "2024-01-01").queryParam("to", "2024-12-31")
                .get("/api/v1/regulations").then().statusCode(200).body("items.id", contains(id));
        as("admin").queryParam("unitId", agency.id).queryParam("to", "2023-12-31").get("/api/v1/regulations")
                .then().statusCode(200).body("total", is(0));
        as("admin").queryParam("from", "02/02/2024").get("/api/v1/regulations").then().statusCode(400)
                .body("errors[0].field", is("from"));
    }
}
