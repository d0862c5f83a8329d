package vn.coso.disclosures;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.coso.testing.TestUnits;
import vn.coso.units.Unit;
import vn.coso.units.UnitType;

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
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.coso.testing.Api.anonymous;
import static vn.coso.testing.Api.as;
import static vn.coso.testing.Api.asIntegration;

/** Public disclosures (công khai, "dân biết"). Records are dated in 2019, away from the demo data's years. */
@QuarkusTest
class DisclosureResourceTest {

    @Inject
    TestUnits units;

    @Inject
    DisclosureRepository disclosures;

    Unit commune;

    @BeforeEach
    void tree() {
        commune = units.create("Xã Minh Bạch", UnitType.COMMUNE, units.haLong());
    }

    static Map<String, Object> body(Unit unit, String category, String postedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", unit.id);
        body.put("category", category);
        body.put("title", "Công khai dự toán ngân sách xã năm 2019");
        body.put("content", "Tổng thu: 12,5 tỷ đồng\nTổng chi: 12,1 tỷ đồng");
        body.put("forms", List.of("NOTICE_BOARD", "LOUDSPEAKER"));
        body.put("postedOn", postedOn);
        body.put("postedUntil", null);
        body.put("place", "Trụ sở UBND xã, nhà văn hóa các thôn");
        body.put("link", "https://quangninh.gov.vn/cong-khai");
        return body;
    }

    private int create(String user, Map<String, Object> body) {
        return as(user).body(body).post("/api/v1/disclosures").then().statusCode(201).extract().path("id");
    }

    private long count() {
        return QuarkusTransaction.requiringNew().call(() -> disclosures.count());
    }

    private JsonPath report(Unit unit, String year) {
        return as("admin").queryParam("year", year).queryParam("unitId", unit.id).get("/api/v1/reports/annual")
                .then().statusCode(200).extract().jsonPath();
    }

    private static long figure(JsonPath report, String key) {
        return ((Number) report.get("sections.figures.flatten().find { it.key == '" + key + "' }.value")).longValue();
    }

    @Test
    void officerRecordsADisclosureThatEveryStaffRoleReads() {
        int id = as("officer.halong").body(body(commune, "BUDGET_ESTIMATE", "2019-01-10")).post("/api/v1/disclosures")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/disclosures/"))
                .body("unit.id", is(commune.id.intValue()))
                .body("forms", contains("NOTICE_BOARD", "LOUDSPEAKER"))
                .body("content", containsString("\nTổng chi"))
                .body("rights", contains("KNOW"))
                .body("allowedActions", containsInAnyOrder("update", "delete"))
                .extract().path("id");
        for (String user : List.of("admin", "inspector", "viewer")) {
            as(user).get("/api/v1/disclosures/" + id).then().statusCode(200).body("category", is("BUDGET_ESTIMATE"));
        }
        as("viewer").get("/api/v1/disclosures/" + id).then().body("allowedActions.size()", is(0));
        asIntegration().get("/api/v1/disclosures").then().statusCode(403);
        anonymous().get("/api/v1/disclosures/" + id).then().statusCode(401);
    }

    @Test
    void readersCannotWriteAndOutOfScopeLooksMissing() {
        int id = create("admin", body(commune, "BUDGET_SETTLEMENT", "2019-02-10"));
        long before = count();
        as("viewer").body(body(commune, "OTHER", "2019-02-10")).post("/api/v1/disclosures").then().statusCode(403)
                .body("code", is("forbidden"));
        as("inspector").delete("/api/v1/disclosures/" + id).then().statusCode(403);
        as("officer.mongcai").get("/api/v1/disclosures/" + id).then().statusCode(404).body("code", is("not-found"));
        as("officer.mongcai").delete("/api/v1/disclosures/" + id).then().statusCode(404);
        as("officer.mongcai").body(body(commune, "OTHER", "2019-02-10")).post("/api/v1/disclosures")
                .then().statusCode(400).body("errors[0].field", is("unitId"));
        as("officer.mongcai").queryParam("unitId", commune.id).get("/api/v1/disclosures").then().statusCode(404);
        assertEquals(before, count());
    }

    @Test
    void invalidBodiesNameTheirFieldsInVietnameseAndWriteNothing() {
        long before = count();
        as("admin", "vi").body(Map.of("title", "", "forms", List.of(), "postedOn", "1800-01-01"))
                .post("/api/v1/disclosures").then().statusCode(400).body("code", is("validation.failed"))
                .body("errors.field", hasItem("unitId")).body("errors.field", hasItem("category"))
                .body("errors.field", hasItem("title")).body("errors.field", hasItem("forms"))
                .body("errors.field", hasItem("postedOn"));
        var wrongType = body(commune, "BUDGET_ESTIMATE", "2019-03-01");
        wrongType.put("forms", "NOTICE_BOARD,WEBSITE");
        as("admin").body(wrongType).post("/api/v1/disclosures").then().statusCode(400);
        var badCategory = body(commune, "GOSSIP", "2019-03-01");
        as("admin").body(badCategory).post("/api/v1/disclosures").then().statusCode(400)
                .body("errors[0].field", is("category"));
        var badLink = body(commune, "BUDGET_ESTIMATE", "2019-03-01");
        badLink.put("link", "javascript:alert(1)");
        as("admin", "vi").body(badLink).post("/api/v1/disclosures").then().statusCode(400)
                .body("errors[0].field", is("link")).body("errors[0].message", containsString("http"));
        var backwards = body(commune, "BUDGET_ESTIMATE", "2019-03-01");
        backwards.put("postedUntil", "2019-02-01");
        as("admin", "vi").body(backwards).post("/api/v1/disclosures").then().statusCode(400)
                .body("errors[0].field", is("postedUntil")).body("errors[0].message", containsString("không được trước"));
        var control = body(commune, "BUDGET_ESTIMATE", "2019-03-01");
        control.put("title", "Công khai\u0007");
        as("admin").body(control).post("/api/v1/disclosures").then().statusCode(400).body("errors[0].field", is("title"));
        assertEquals(before, count());

        var unicode = body(commune, "COMPENSATION_RESETTLEMENT", "2019-03-01");
        unicode.put("title", "Phương án bồi thường, hỗ trợ, tái định cư dự án đường ven sông – đợt 2 📢");
        int id = create("admin", unicode);
        as("admin").get("/api/v1/disclosures/" + id).then().body("title", is(unicode.get("title")));
    }

    @Test
    void aRecordDatedOutsideItsUnitsPeriodIsRefused() {
        var body = body(commune, "BUDGET_ESTIMATE", "2019-03-01");
        QuarkusTransaction.requiringNew().run(() -> units.reload(commune.id).validFrom = java.time.LocalDate.of(2020, 1, 1));
        as("admin").body(body).post("/api/v1/disclosures").then().statusCode(400).body("errors[0].field", is("postedOn"));
    }

    @Test
    void staleChangesAreRefusedAndHistoryIsKept() {
        int id = create("officer.halong", body(commune, "LAND_USE_PLAN", "2019-04-01"));
        var change = body(commune, "LAND_USE_PLAN", "2019-04-01");
        change.put("postedUntil", "2019-05-01");
        change.put("version", 0);
        as("officer.halong").body(change).put("/api/v1/disclosures/" + id).then().statusCode(200).body("version", is(1));
        as("admin").body(change).put("/api/v1/disclosures/" + id).then().statusCode(409).body("code", is("version.stale"));
        as("viewer").get("/api/v1/disclosures/" + id + "/history").then().statusCode(200)
                .body("items.action", contains("UPDATED", "CREATED"))
                .body("items[0].changes.field", contains("postedUntil"));
        as("officer.mongcai").get("/api/v1/disclosures/" + id + "/history").then().statusCode(404);
        as("officer.halong").delete("/api/v1/disclosures/" + id).then().statusCode(204);
        assertNull(QuarkusTransaction.requiringNew().call(() -> disclosures.findById((long) id)));
    }

    @Test
    void filtersByCategoryFormPeriodAndText() {
        int budget = create("admin", body(commune, "BUDGET_ESTIMATE", "2019-01-05"));
        var web = body(commune, "RECRUITMENT", "2019-06-05");
        web.put("forms", List.of("WEBSITE"));
        web.put("title", "Thông báo tuyển dụng công chức địa chính");
        int recruitment = create("admin", web);
        as("admin").queryParam("unitId", commune.id).get("/api/v1/disclosures")
                .then().statusCode(200).body("items.id", contains(recruitment, budget));
        as("admin").queryParam("unitId", commune.id).queryParam("form", "WEBSITE").get("/api/v1/disclosures")
                .then().body("items.id", contains(recruitment));
        as("admin").queryParam("unitId", commune.id).queryParam("category", "BUDGET_ESTIMATE").get("/api/v1/disclosures")
                .then().body("items.id", contains(budget));
        as("admin").queryParam("unitId", commune.id).queryParam("from", "2019-01-01").queryParam("to", "2019-03-01")
                .get("/api/v1/disclosures").then().body("items.id", contains(budget));
        as("admin").queryParam("unitId", commune.id).queryParam("q", "tuyen dung").get("/api/v1/disclosures")
                .then().body("items.id", contains(recruitment));
        as("admin").queryParam("form", "RADIO").get("/api/v1/disclosures").then().statusCode(400)
                .body("errors[0].field", is("form"));
    }

    @Test
    void theReviewCountsCommunesThatDisclosedEveryRequiredCategory() {
        JsonPath before = report(commune, "2019");
        assertEquals(0, figure(before, "disclosures.communesComplete"));
        assertEquals(1, figure(before, "disclosures.communesMissing"));
        assertTrue(before.getList("lagging.find { it.unit.id == " + commune.id + " }.reasons.code").contains("disclosure.missing"));

        create("admin", body(commune, "BUDGET_ESTIMATE", "2019-01-10"));
        create("admin", body(commune, "BUDGET_SETTLEMENT", "2019-02-10"));
        assertEquals(1, figure(report(commune, "2019"), "disclosures.communesMissing"));
        create("admin", body(commune, "BENEFICIARY_POLICY", "2019-03-10"));
        JsonPath after = report(commune, "2019");
        assertEquals(3, figure(after, "disclosures.posted"));
        assertEquals(1, figure(after, "disclosures.communesComplete"));
        assertEquals(0, figure(after, "disclosures.communesMissing"));
        assertNull(after.get("lagging.find { it.unit.id == " + commune.id + " }.reasons.find { it.code == 'disclosure.missing' }"));
        assertEquals(0, figure(report(commune, "2020"), "disclosures.posted"));
    }
}
