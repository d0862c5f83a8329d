package vn.coso.inspections;

import io.quarkus.test.junit.QuarkusTest;
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
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.coso.party.PartyOrganizationForm.CELL;
import static vn.coso.party.PartyOrganizationForm.COMMITTEE;
import static vn.coso.party.PartyOrganizationLevel.BELOW_GRASSROOTS;
import static vn.coso.party.PartyOrganizationLevel.DIRECTLY_SUBORDINATE;
import static vn.coso.party.PartyOrganizationLevel.GRASSROOTS;
import static vn.coso.party.PartyOrganizationLevel.PROVINCIAL;
import static vn.coso.testing.Api.anonymous;
import static vn.coso.testing.Api.as;
import static vn.coso.testing.Api.asIntegration;

@QuarkusTest
class InspectionResourceTest {

    @Inject
    TestUnits units;
    @Inject
    TestParty party;

    Unit commune;
    PartyOrganization district;
    PartyOrganization communeCommittee;
    PartyOrganization cell;
    PartyMember member;

    /** A fresh commune with its own organisations, so that the summary counts only this test's records. */
    @BeforeEach
    void subjects() {
        commune = units.create("Xã Kiểm Tra", UnitType.COMMUNE, units.haLong());
        PartyOrganization provincial = party.organization("Đảng bộ tỉnh (thử)", PROVINCIAL, COMMITTEE, units.province(), null);
        district = party.organization("Đảng bộ TP Hạ Long (thử)", DIRECTLY_SUBORDINATE, COMMITTEE, units.haLong(), provincial);
        communeCommittee = party.organization("Đảng bộ xã Kiểm Tra", GRASSROOTS, COMMITTEE, commune, district);
        cell = party.organization("Chi bộ thôn 1", BELOW_GRASSROOTS, CELL, commune, communeCommittee);
        member = party.member("Phan Văn Quý", cell);
    }

    private Map<String, Object> plan(String kind, String form, Long organizationId, Long memberId) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("form", form);
        body.put("subjectOrganizationId", organizationId);
        body.put("subjectMemberId", memberId);
        body.put("conductingOrganizationId", district.id);
        body.put("conductingBody", "INSPECTION_COMMISSION");
        body.put("planYear", 2023);
        body.put("plannedStart", "2023-03-01");
        body.put("plannedEnd", "2023-03-31");
        body.put("teamMembers", List.of("Nguyễn Văn Tổ Trưởng", "Lê Thị Thành Viên"));
        return body;
    }

    private int create(String user, Map<String, Object> body) {
        return as(user).body(body).post("/api/v1/inspections").then().statusCode(201).extract().path("id");
    }

    private void start(int id, String date, int version) {
        as("inspector").body(Map.of("actualStart", date, "version", version))
                .post("/api/v1/inspections/" + id + "/start").then().statusCode(200).body("status", is("IN_PROGRESS"));
    }

    private void conclusion(String user, int id, boolean violation, Integer version) {
        Map<String, Object> body = new HashMap<>();
        body.put("violationFound", violation);
        body.put("findings", violation ? "Chưa công khai quy chế dân chủ." : "Thực hiện tốt.");
        body.put("recommendations", List.of(Map.of("content", "Công khai quy chế tại trụ sở",
                "responsibleUnitId", commune.id, "dueDate", "2023-06-30")));
        body.put("version", version);
        as(user).body(body).put("/api/v1/inspections/" + id + "/conclusion").then().statusCode(200);
    }

    private int concluded(String kind, String form, Long organizationId, Long memberId, String start, boolean violation) {
        int id = create("inspector", plan(kind, form, organizationId, memberId));
        start(id, start, 0);
        conclusion("inspector", id, violation, null);
        as("inspector").body(Map.of("actualEnd", start, "version", 1))
                .post("/api/v1/inspections/" + id + "/conclude").then().statusCode(200);
        return id;
    }

    @Test
    void fromPlanToClosedWithHistory() {
        int id = create("inspector", plan("INSPECTION", "THEMATIC", communeCommittee.id, null));
        as("inspector").get("/api/v1/inspections/" + id).then().statusCode(200)
                .body("status", is("PLANNED")).body("topic", is("Việc thực hiện dân chủ ở cơ sở"))
                .body("subject.type", is("ORGANIZATION")).body("unit.id", is(commune.id.intValue()))
                .body("teamMembers", contains("Nguyễn Văn Tổ Trưởng", "Lê Thị Thành Viên"));
        start(id, "2023-03-02", 0);
        conclusion("inspector", id, true, null);
        as("inspector").get("/api/v1/inspections/" + id + "/conclusion").then().statusCode(200)
                .body("violationFound", is(true)).body("recommendations[0].status", is("OVERDUE"));
        as("inspector").body(Map.of("actualEnd", "2023-03-20", "version", 1))
                .post("/api/v1/inspections/" + id + "/conclude").then().statusCode(200).body("status", is("CONCLUDED"));
        as("admin").body(Map.of("version", 2)).post("/api/v1/inspections/" + id + "/close")
                .then().statusCode(200).body("status", is("CLOSED"));
        as("viewer").get("/api/v1/inspections/" + id + "/history").then().statusCode(200)
                .body("items.action", contains("CLOSED", "CONCLUDED", "CONCLUSION_RECORDED", "STARTED", "CREATED"))
                .body("items[0].by", is("admin")).body("items[1].by", is("inspector"));
    }

    @Test
    void illegalTransitionsAnswer409() {
        int id = create("inspector", plan("SUPERVISION", "REGULAR", cell.id, null));
        as("inspector").body(Map.of("actualEnd", "2023-03-20", "version", 0))
                .post("/api/v1/inspections/" + id + "/conclude").then().statusCode(409).body("code", is("inspection.illegal-transition"));
        as("inspector").body(Map.of("version", 0)).post("/api/v1/inspections/" + id + "/close").then().statusCode(409);
        start(id, "2023-04-01", 0);
        as("inspector").body(Map.of("actualStart", "2023-04-01", "version", 1))
                .post("/api/v1/inspections/" + id + "/start").then().statusCode(409);
        as("inspector").body(Map.of("actualEnd", "2023-04-05", "version", 1))
                .post("/api/v1/inspections/" + id + "/conclude").then().statusCode(409).body("code", is("inspection.conclusion-missing"));
        conclusion("inspector", id, false, null);
        as("inspector").body(Map.of("actualEnd", "2023-03-01", "version", 1))
                .post("/api/v1/inspections/" + id + "/conclude").then().statusCode(400).body("errors[0].field", is("actualEnd"));
        as("inspector").body(Map.of("actualEnd", "2023-04-05", "version", 1))
                .post("/api/v1/inspections/" + id + "/conclude").then().statusCode(200);
        as("inspector").body(Map.of("reason", "Trùng kế hoạch", "version", 2))
                .post("/api/v1/inspections/" + id + "/cancel").then().statusCode(409);
        as("inspector").body(plan("SUPERVISION", "REGULAR", cell.id, null)).put("/api/v1/inspections/" + id)
                .then().statusCode(400);
    }

    @Test
    void cancelNeedsAReason() {
        int id = create("inspector", plan("INSPECTION", "THEMATIC", cell.id, null));
        as("inspector").body(Map.of("reason", " ", "version", 0)).post("/api/v1/inspections/" + id + "/cancel")
                .then().statusCode(400).body("errors[0].field", is("reason"));
        as("inspector").body(Map.of("reason", "Đơn vị sáp nhập", "version", 0)).post("/api/v1/inspections/" + id + "/cancel")
                .then().statusCode(200).body("status", is("CANCELLED")).body("cancelReason", is("Đơn vị sáp nhập"));
    }

    @Test
    void planIsValidated() {
        as("inspector").body(plan("SUPERVISION", "ON_SIGNS_OF_VIOLATION", cell.id, null)).post("/api/v1/inspections")
                .then().statusCode(400).body("errors[0].field", is("form"));
        as("inspector").body(plan("INSPECTION", "THEMATIC", cell.id, member.id)).post("/api/v1/inspections")
                .then().statusCode(400).body("errors[0].field", is("subjectOrganizationId"));
        as("inspector").body(plan("INSPECTION", "THEMATIC", null, null)).post("/api/v1/inspections")
                .then().statusCode(400);
        var backwards = plan("INSPECTION", "THEMATIC", cell.id, null);
        backwards.put("plannedEnd", "2023-01-01");
        as("inspector").body(backwards).post("/api/v1/inspections").then().statusCode(400).body("errors[0].field", is("plannedEnd"));
        var tooLarge = plan("INSPECTION", "THEMATIC", cell.id, null);
        tooLarge.put("teamMembers", java.util.Collections.nCopies(21, "Tên"));
        as("inspector").body(tooLarge).post("/api/v1/inspections").then().statusCode(400).body("errors[0].field", is("teamMembers"));
    }

    @Test
    void inspectionGrowsOutOfASupervisionOfTheSameSubject() {
        int supervision = create("inspector", plan("SUPERVISION", "THEMATIC", cell.id, null));
        var inspection = plan("INSPECTION", "ON_SIGNS_OF_VIOLATION", cell.id, null);
        inspection.put("originSupervisionId", supervision);
        create("inspector", inspection);
        var other = plan("INSPECTION", "ON_SIGNS_OF_VIOLATION", communeCommittee.id, null);
        other.put("originSupervisionId", supervision);
        as("inspector").body(other).post("/api/v1/inspections").then().statusCode(400).body("errors[0].field", is("originSupervisionId"));
    }

    @Test
    void rolesAndMemberPrivacy() {
        int id = create("admin", plan("INSPECTION", "THEMATIC", null, member.id));
        as("inspector").get("/api/v1/inspections/" + id).then().statusCode(200)
                .body("subject.type", is("MEMBER")).body("subject.member.fullName", is("Phan Văn Quý"))
                .body("subject.organization.id", is(cell.id.intValue()));
        as("viewer").get("/api/v1/inspections/" + id).then().statusCode(200)
                .body("subject.type", is("MEMBER")).body("subject.member", nullValue())
                .body("subject.organization.id", is(cell.id.intValue()));
        String viewerList = as("viewer").queryParam("memberId", member.id).get("/api/v1/inspections").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(viewerList.contains("Phan Văn Quý"), "a viewer never sees the member's name");
        as("officer.halong").get("/api/v1/inspections").then().statusCode(403);
        as("officer.halong").get("/api/v1/inspections/" + id).then().statusCode(403);
        asIntegration().get("/api/v1/inspections").then().statusCode(403);
        as("viewer").body(plan("INSPECTION", "THEMATIC", cell.id, null)).post("/api/v1/inspections").then().statusCode(403);
        as("viewer").body(Map.of("actualStart", "2023-01-01", "version", 0)).post("/api/v1/inspections/" + id + "/start").then().statusCode(403);
        anonymous().get("/api/v1/inspections").then().statusCode(401);
        as("nounit").get("/api/v1/inspections/" + id).then().statusCode(404);
    }

    @Test
    void staleConclusionIsRefusedAndHistoryShowsBothAuthors() {
        int id = create("inspector", plan("INSPECTION", "THEMATIC", cell.id, null));
        start(id, "2023-05-02", 0);
        conclusion("inspector", id, false, null);
        conclusion("admin", id, true, 0);
        var stale = new HashMap<String, Object>();
        stale.put("violationFound", false);
        stale.put("findings", "Ghi đè bản cũ");
        stale.put("version", 0);
        as("inspector").body(stale).put("/api/v1/inspections/" + id + "/conclusion")
                .then().statusCode(409).body("code", is("version.stale"));
        as("inspector").get("/api/v1/inspections/" + id + "/conclusion").then()
                .body("violationFound", is(true)).body("findings", is("Chưa công khai quy chế dân chủ.")).body("version", is(1));
        as("inspector").get("/api/v1/inspections/" + id + "/history").then()
                .body("items.action", contains("CONCLUSION_UPDATED", "CONCLUSION_RECORDED", "STARTED", "CREATED"))
                .body("items[0].by", is("admin")).body("items[1].by", is("inspector"))
                .body("items[0].changes.field", hasItem("conclusion.violationFound"));
        // creating a conclusion that already exists without its version is stale too
        stale.put("version", null);
        as("inspector").body(stale).put("/api/v1/inspections/" + id + "/conclusion").then().statusCode(400);
    }

    @Test
    void summaryCountsDistinctSubjectsByTheCountingRule() {
        PartyOrganization cell2 = party.organization("Chi bộ thôn 2", BELOW_GRASSROOTS, CELL, commune, communeCommittee);
        PartyMember member2 = party.member("Trịnh Thị Sen", cell2);
        concluded("INSPECTION", "THEMATIC", cell.id, null, "2023-02-01", true);
        concluded("INSPECTION", "THEMATIC", cell.id, null, "2023-09-01", false);   // same organisation: counted once
        int inProgress = create("inspector", plan("INSPECTION", "THEMATIC", cell2.id, null));
        start(inProgress, "2023-10-10", 0);                                      // in progress counts
        create("inspector", plan("INSPECTION", "THEMATIC", communeCommittee.id, null)); // planned: not counted
        int cancelled = create("inspector", plan("INSPECTION", "THEMATIC", communeCommittee.id, null));
        start(cancelled, "2023-03-03", 0);
        as("inspector").body(Map.of("reason", "Hủy", "version", 1)).post("/api/v1/inspections/" + cancelled + "/cancel")
                .then().statusCode(200);                                          // cancelled: not counted
        concluded("INSPECTION", "THEMATIC", null, member.id, "2023-04-04", false);
        concluded("SUPERVISION", "REGULAR", null, member2.id, "2023-05-05", true);  // violations of both kinds add up
        concluded("SUPERVISION", "REGULAR", communeCommittee.id, null, "2022-12-31", true); // previous year

        as("viewer").queryParam("year", 2023).queryParam("unitId", commune.id).get("/api/v1/inspections/summary")
                .then().statusCode(200)
                .body("organizationsInspected", is(2))
                .body("membersInspected", is(1))
                .body("organizationsSupervised", is(0))
                .body("membersSupervised", is(1))
                .body("violationsFound", is(2))
                .body("from", is("2023-01-01")).body("to", is("2023-12-31"));
        // the Decree 09/2019 reporting year, 15 December to 14 December
        as("viewer").queryParam("from", "2022-12-15").queryParam("to", "2023-12-14").queryParam("unitId", commune.id)
                .get("/api/v1/inspections/summary").then().statusCode(200).body("organizationsSupervised", is(1));
        as("viewer").queryParam("unitId", commune.id).get("/api/v1/inspections/summary").then().statusCode(400);
        as("viewer").queryParam("year", "twenty").get("/api/v1/inspections/summary").then().statusCode(400)
                .body("errors[0].field", is("year"));
    }

    @Test
    void planFilters() {
        int id = create("inspector", plan("SUPERVISION", "THEMATIC", cell.id, null));
        as("viewer").queryParam("year", 2023).queryParam("kind", "SUPERVISION").queryParam("status", "PLANNED")
                .queryParam("organizationId", communeCommittee.id).get("/api/v1/inspections")
                .then().statusCode(200).body("items.id", contains(id));
        as("viewer").queryParam("unitId", commune.id).queryParam("conductingOrganizationId", district.id)
                .get("/api/v1/inspections").then().statusCode(200).body("items.id", hasItem(id));
        as("viewer").queryParam("status", "DONE").get("/api/v1/inspections").then().statusCode(400);
    }

    @Test
    void disciplineFollowsItsRules() {
        int violation = concluded("INSPECTION", "ON_SIGNS_OF_VIOLATION", null, member.id, "2023-06-01", true);
        int clean = concluded("INSPECTION", "THEMATIC", cell.id, null, "2023-06-02", false);
        Map<String, Object> action = new HashMap<>();
        action.put("subjectMemberId", member.id);
        action.put("form", "REMOVAL_FROM_POST");
        action.put("decisionNumber", "12-QĐ/UBKT");
        action.put("decisionDate", "2023-07-01");
        action.put("decidingBody", "Ủy ban Kiểm tra Thành ủy Hạ Long");
        action.put("source", "INSPECTION");
        action.put("inspectionId", violation);
        as("inspector").body(action).post("/api/v1/disciplinary-actions")
                .then().statusCode(400).body("errors[0].field", is("form"));          // holds no post
        action.put("form", "DISSOLUTION");
        as("inspector").body(action).post("/api/v1/disciplinary-actions").then().statusCode(400);
        action.put("form", "WARNING");
        action.put("inspectionId", clean);
        as("inspector").body(action).post("/api/v1/disciplinary-actions")
                .then().statusCode(409).body("code", is("disciplinary-action.inspection-mismatch"));
        action.put("form", "EXPULSION");
        action.put("inspectionId", violation);
        int actionId = as("inspector").body(action).post("/api/v1/disciplinary-actions")
                .then().statusCode(201).body("subject.member.fullName", is("Phan Văn Quý")).extract().path("id");
        assertEquals(vn.coso.party.PartyMemberStatus.EXPELLED, party.reloadMember(member.id).status);
        as("viewer").get("/api/v1/disciplinary-actions/" + actionId).then().statusCode(200)
                .body("subject.member", nullValue()).body("form", is("EXPULSION"));
        as("viewer").get("/api/v1/inspections/" + violation + "/history").then()
                .body("items[0].action", is("DISCIPLINARY_ACTION_CREATED"))
                .body("items[0].changes.field", hasItem("disciplinaryAction.form"));
        as("viewer").queryParam("year", 2023).queryParam("unitId", commune.id).get("/api/v1/inspections/summary")
                .then().body("disciplinaryActions.EXPULSION", is(1)).body("disciplinaryActions.WARNING", is(0));

        Map<String, Object> dissolution = new HashMap<>();
        dissolution.put("subjectOrganizationId", cell.id);
        dissolution.put("form", "DISSOLUTION");
        dissolution.put("decisionNumber", "3-QĐ/TU");
        dissolution.put("decisionDate", "2023-08-01");
        dissolution.put("decidingBody", "Thành ủy Hạ Long");
        dissolution.put("source", "OTHER");
        as("admin").body(dissolution).post("/api/v1/disciplinary-actions").then().statusCode(201);
        as("viewer").get("/api/v1/party-organizations/" + cell.id).then().body("active", is(false));
        as("officer.halong").get("/api/v1/disciplinary-actions").then().statusCode(403);
        as("viewer").body(dissolution).post("/api/v1/disciplinary-actions").then().statusCode(403);
    }

    @Test
    void referencedSubjectsCannotBeDeleted() {
        create("inspector", plan("INSPECTION", "THEMATIC", null, member.id));
        as("admin").delete("/api/v1/party-members/" + member.id)
                .then().statusCode(409).body("code", is("party-member.referenced"));
    }

    /** Each state's allowedActions are the operations that succeed in it; readers are offered none. */
    @Test
    void allowedActionsFollowTheWorkflowAndTheRole() {
        int id = create("inspector", plan("INSPECTION", "THEMATIC", cell.id, null));
        String url = "/api/v1/inspections/" + id;
        as("inspector").get(url).then().statusCode(200).body("allowedActions", contains("update", "start", "cancel"));
        as("viewer").get(url).then().statusCode(200).body("allowedActions", org.hamcrest.Matchers.empty());
        as("inspector").body(Map.of("actualEnd", "2023-03-05", "version", 0)).post(url + "/conclude")
                .then().statusCode(409);
        as("inspector").body(Map.of("version", 0)).post(url + "/close").then().statusCode(409);

        start(id, "2023-03-02", 0);
        as("inspector").get(url).then().statusCode(200).body("allowedActions", contains("update", "conclusion", "cancel"));
        as("inspector").body(Map.of("actualEnd", "2023-03-05", "version", 1)).post(url + "/conclude")
                .then().statusCode(409).body("code", is("inspection.conclusion-missing"));

        conclusion("inspector", id, false, null);
        as("inspector").get(url).then().statusCode(200)
                .body("allowedActions", contains("update", "conclusion", "conclude", "cancel"));
        as("inspector").body(Map.of("actualEnd", "2023-03-05", "version", 1)).post(url + "/conclude").then().statusCode(200);

        as("inspector").get(url).then().statusCode(200).body("allowedActions", contains("conclusion", "close"));
        as("inspector").body(Map.of("reason", "Thử", "version", 2)).post(url + "/cancel").then().statusCode(409);
        as("inspector").body(Map.of("version", 2)).post(url + "/close").then().statusCode(200);
        as("inspector").get(url).then().statusCode(200).body("allowedActions", org.hamcrest.Matchers.empty());
    }
}
