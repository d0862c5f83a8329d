package vn.coso.inspections;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.coso.party.PartyMember;
import vn.coso.party.PartyOrganization;
import vn.coso.testing.TestParty;
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
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.coso.party.PartyOrganizationForm.CELL;
import static vn.coso.party.PartyOrganizationForm.COMMITTEE;
import static vn.coso.party.PartyOrganizationLevel.BELOW_GRASSROOTS;
import static vn.coso.party.PartyOrganizationLevel.DIRECTLY_SUBORDINATE;
import static vn.coso.party.PartyOrganizationLevel.GRASSROOTS;
import static vn.coso.party.PartyOrganizationLevel.PROVINCIAL;
import static vn.coso.testing.Api.as;

/**
 * An inspection's recommendations followed up after it closes, and an inspection started from a
 * citizen's feedback about a party member: the link for inspectors, never the sender.
 */
@QuarkusTest
class InspectionFollowUpTest {

    @Inject
    TestUnits units;
    @Inject
    TestParty party;

    Unit commune;
    PartyOrganization district;
    PartyOrganization cell;
    PartyMember member;

    @BeforeEach
    void subjects() {
        commune = units.create("Phường Theo Dõi", UnitType.COMMUNE, units.haLong());
        PartyOrganization provincial = party.organization("Đảng bộ tỉnh (theo dõi)", PROVINCIAL, COMMITTEE, units.province(), null);
        district = party.organization("Đảng bộ TP (theo dõi)", DIRECTLY_SUBORDINATE, COMMITTEE, units.haLong(), provincial);
        PartyOrganization committee = party.organization("Đảng bộ phường Theo Dõi", GRASSROOTS, COMMITTEE, commune, district);
        cell = party.organization("Chi bộ khu 2", BELOW_GRASSROOTS, CELL, commune, committee);
        member = party.member("Đỗ Văn Kiến", cell);
    }

    private Map<String, Object> plan(Long memberId, Long leadFeedbackId) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "INSPECTION");
        body.put("form", "ON_SIGNS_OF_VIOLATION");
        body.put("subjectMemberId", memberId);
        body.put("conductingOrganizationId", district.id);
        body.put("conductingBody", "INSPECTION_COMMISSION");
        body.put("planYear", 2023);
        body.put("plannedStart", "2023-03-01");
        body.put("leadFeedbackId", leadFeedbackId);
        return body;
    }

    /** An inspection closed with one recommendation to the commune due on 30/06/2023 (so overdue now). */
    private int closedWithRecommendation() {
        int id = as("inspector").body(plan(member.id, null)).post("/api/v1/inspections").then().statusCode(201).extract().path("id");
        as("inspector").body(Map.of("actualStart", "2023-03-02", "version", 0)).post("/api/v1/inspections/" + id + "/start")
                .then().statusCode(200);
        as("inspector").body(Map.of("violationFound", true, "findings", "Vi phạm quy định công khai",
                        "recommendations", List.of(Map.of("content", "Kiểm điểm trước chi bộ", "responsibleUnitId", commune.id,
                                "dueDate", "2023-06-30"))))
                .put("/api/v1/inspections/" + id + "/conclusion").then().statusCode(200);
        as("inspector").body(Map.of("actualEnd", "2023-03-20", "version", 1)).post("/api/v1/inspections/" + id + "/conclude")
                .then().statusCode(200);
        as("inspector").body(Map.of("version", 2)).post("/api/v1/inspections/" + id + "/close")
                .then().statusCode(200).body("status", is("CLOSED"));
        return id;
    }

    private int recommendationOf(int inspection) {
        return as("inspector").get("/api/v1/inspections/" + inspection + "/conclusion").then().statusCode(200)
                .extract().path("recommendations[0].id");
    }

    @Test
    void aClosedInspectionsRecommendationIsMarkedDoneAndLeavesTheOverdueList() {
        int id = closedWithRecommendation();
        int recommendation = recommendationOf(id);
        as("inspector").queryParam("overdueRecommendations", true).queryParam("unitId", commune.id).get("/api/v1/inspections")
                .then().statusCode(200).body("items.id", contains(id));
        as("inspector").get("/api/v1/inspections/" + id + "/conclusion").then().body("recommendations[0].status", is("OVERDUE"));

        String done = "/api/v1/inspections/" + id + "/recommendations/" + recommendation + "/done";
        as("viewer").body(Map.of("doneOn", "2023-07-10", "version", 0)).post(done).then().statusCode(403);
        as("officer.mongcai").body(Map.of("doneOn", "2023-07-10", "version", 0)).post(done).then().statusCode(404);
        as("officer.bachdang").body(Map.of("doneOn", "2023-07-10", "version", 0)).post(done).then().statusCode(404);
        as("inspector").body(Map.of("doneOn", "2099-01-01", "version", 0)).post(done).then().statusCode(400)
                .body("errors[0].field", is("doneOn"));
        as("inspector").body(Map.of("doneOn", "10/07/2023", "version", 0)).post(done).then().statusCode(400);
        as("inspector").body(Map.of("version", 0)).post(done).then().statusCode(400).body("errors[0].field", is("doneOn"));
        as("inspector").body(Map.of("doneOn", "2023-07-10", "version", 7)).post(done).then().statusCode(409)
                .body("code", is("version.stale"));
        as("officer.halong").body(Map.of("doneOn", "2023-07-10", "evidence", "Biên bản kiểm điểm ngày 10/7/2023 – có chữ ký",
                        "version", 0)).post(done)
                .then().statusCode(200).body("status", is("DONE")).body("evidence", containsString("Biên bản"))
                .body("version", is(1));

        as("inspector").queryParam("overdueRecommendations", true).queryParam("unitId", commune.id).get("/api/v1/inspections")
                .then().statusCode(200).body("total", is(0));
        as("viewer").get("/api/v1/inspections/" + id + "/history").then()
                .body("items[0].action", is("RECOMMENDATION_DONE")).body("items[0].by", is("officer.halong"));
        as("inspector").get("/api/v1/inspections/" + id).then().body("status", is("CLOSED"));
    }

    private long overdueInReview(String year) {
        JsonPath report = as("admin").queryParam("year", year).queryParam("unitId", commune.id).get("/api/v1/reports/annual")
                .then().statusCode(200).extract().jsonPath();
        return ((Number) report.get("sections.figures.flatten().find { it.key == 'inspections.recommendationsOverdue' }.value"))
                .longValue();
    }

    /** The review counts the recommendations not done by the period's last day (today for the running year). */
    @Test
    void theReviewCountsOverdueRecommendationsUntilTheyAreDone() {
        String thisYear = String.valueOf(java.time.LocalDate.now().getYear());
        assertEquals(0, overdueInReview("2023"));
        int id = closedWithRecommendation();
        int recommendation = recommendationOf(id);
        assertEquals(1, overdueInReview("2023"));
        assertEquals(1, overdueInReview(thisYear));

        // Done in 2024: still overdue at the end of 2023, no longer today.
        as("inspector").body(Map.of("doneOn", "2024-02-01", "evidence", "Quyết định số 12/QĐ", "version", 0))
                .post("/api/v1/inspections/" + id + "/recommendations/" + recommendation + "/done").then().statusCode(200);
        assertEquals(1, overdueInReview("2023"));
        assertEquals(0, overdueInReview("2024"));
        assertEquals(0, overdueInReview(thisYear));
    }

    @Test
    void aRecommendationIsNotFollowedUpBeforeTheConclusion() {
        int id = as("inspector").body(plan(member.id, null)).post("/api/v1/inspections").then().statusCode(201).extract().path("id");
        as("inspector").body(Map.of("actualStart", "2023-03-02", "version", 0)).post("/api/v1/inspections/" + id + "/start")
                .then().statusCode(200);
        as("inspector").body(Map.of("violationFound", false, "findings", "Tốt",
                        "recommendations", List.of(Map.of("content", "Tiếp tục phát huy", "responsibleUnitId", commune.id,
                                "dueDate", "2023-12-31"))))
                .put("/api/v1/inspections/" + id + "/conclusion").then().statusCode(200);
        int recommendation = recommendationOf(id);
        as("inspector").body(Map.of("doneOn", "2023-04-01", "version", 0))
                .post("/api/v1/inspections/" + id + "/recommendations/" + recommendation + "/done")
                .then().statusCode(409).body("code", is("inspection.recommendation.not-concluded"));
        as("inspector").body(Map.of("doneOn", "2023-04-01", "version", 0))
                .post("/api/v1/inspections/" + id + "/recommendations/999999999/done").then().statusCode(404);
    }

    @Test
    void anInspectionFromAFeedbackNamesItForInspectorsAndNeverItsSender() {
        Map<String, Object> report = new HashMap<>(Map.of("unitId", commune.id, "right", "SUPERVISE", "channel", "HOTLINE",
                "title", "Đảng viên khu 2 chiếm dụng đất công",
                "text", "Ông Đỗ Văn Kiến xây tường lấn lối đi chung.",
                "senderName", "Lương Thị Người Gửi", "senderPhone", "0912345678", "consent", true));
        long feedback = ((Number) as("admin").body(report).post("/api/v1/feedback").then().statusCode(201)
                .extract().path("id")).longValue();

        int id = as("inspector").body(plan(member.id, feedback)).post("/api/v1/inspections")
                .then().statusCode(201)
                .body("leadFeedback.id", is((int) feedback))
                .body("leadFeedback.title", is("Đảng viên khu 2 chiếm dụng đất công"))
                .body("leadFeedback.unit.id", is(commune.id.intValue()))
                .body(not(containsString("Lương Thị Người Gửi")))
                .body(not(containsString("0912345678")))
                .extract().path("id");
        as("admin").get("/api/v1/inspections/" + id).then().body("leadFeedback.id", is((int) feedback));
        String asViewer = as("viewer").get("/api/v1/inspections/" + id).then().statusCode(200)
                .body("leadFeedback", nullValue()).extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(asViewer.contains("Người Gửi"));
        as("viewer").queryParam("unitId", commune.id).get("/api/v1/inspections").then()
                .body("items.find { it.id == " + id + " }.leadFeedback", nullValue());

        as("inspector").body(plan(member.id, 999_999_999L)).post("/api/v1/inspections").then().statusCode(400)
                .body("errors[0].field", is("leadFeedbackId"));
        as("viewer").body(plan(member.id, feedback)).post("/api/v1/inspections").then().statusCode(403);
        as("inspector").get("/api/v1/inspections/" + id + "/history").then().statusCode(200)
                .body("items.changes.flatten().to", not(hasItem(containsString("Người Gửi"))));
    }
}
