package vn.coso.boards;

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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.coso.testing.Api.anonymous;
import static vn.coso.testing.Api.as;
import static vn.coso.testing.Api.asIntegration;

/**
 * People's inspection boards, community investment supervision boards and the Fatherland Front:
 * boards by kind and term, members, work, recommendations and answers, and the review's figures.
 * Work is dated in 2019 and 2025–2026, away from the demo data's figures.
 */
@QuarkusTest
class BoardResourceTest {

    @Inject
    TestUnits units;

    Unit commune;

    @BeforeEach
    void tree() {
        commune = units.create("Phường Giám Sát", UnitType.COMMUNE, units.haLong());
    }

    static Map<String, Object> board(Unit unit, String kind, String from, String to) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", unit.id);
        body.put("kind", kind);
        body.put("name", "Ban Thanh tra nhân dân " + unit.name);
        body.put("termFrom", from);
        body.put("termTo", to);
        body.put("electedAt", "Hội nghị đại biểu Nhân dân ngày 15/3/2019");
        return body;
    }

    static Map<String, Object> activity(String kind, String startedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("subject", "Việc thu, chi các khoản đóng góp xây dựng nhà văn hóa khu 5");
        body.put("startedOn", startedOn);
        body.put("findings", "Thu đúng, chi đủ; chứng từ còn thiếu chữ ký");
        return body;
    }

    private int createBoard(Map<String, Object> body) {
        return as("officer.halong").body(body).post("/api/v1/boards").then().statusCode(201).extract().path("id");
    }

    private int record(int board, Map<String, Object> body) {
        return as("officer.halong").body(body).post("/api/v1/boards/" + board + "/activities")
                .then().statusCode(201).extract().path("id");
    }

    private JsonPath report(Unit unit, String year) {
        return as("admin").queryParam("year", year).queryParam("unitId", unit.id).get("/api/v1/reports/annual")
                .then().statusCode(200).extract().jsonPath();
    }

    private static long figure(JsonPath report, String key) {
        return ((Number) report.get("sections.figures.flatten().find { it.key == '" + key + "' }.value")).longValue();
    }

    @Test
    void aCommuneSetsUpItsBoardWithMembersElectedAtAMeeting() {
        int id = createBoard(board(commune, "PEOPLES_INSPECTION", "2019-03-15", "2021-12-31"));
        as("viewer").get("/api/v1/boards/" + id).then().statusCode(200).body("kind", is("PEOPLES_INSPECTION"))
                .body("unit.id", is(commune.id.intValue())).body("allowedActions.size()", is(0));
        as("officer.halong").get("/api/v1/boards/" + id).then().body("allowedActions", hasItem("record-activity"));
        int member = as("officer.halong").body(Map.of("fullName", "Nguyễn Thị Hoa", "role", "HEAD", "since", "2019-03-15",
                        "electedAt", "Hội nghị tổ dân phố số 3")).post("/api/v1/boards/" + id + "/members")
                .then().statusCode(201).body("role", is("HEAD")).extract().path("id");
        as("officer.halong").body(Map.of("fullName", "Nguyễn Thị Hoa", "role", "HEAD", "since", "2019-03-15",
                        "until", "2021-12-31", "version", 0)).put("/api/v1/boards/" + id + "/members/" + member)
                .then().statusCode(200).body("until", is("2021-12-31")).body("version", is(1));
        as("admin").body(Map.of("fullName", "Nguyễn Thị Hoa", "role", "MEMBER", "since", "2019-03-15", "version", 0))
                .put("/api/v1/boards/" + id + "/members/" + member).then().statusCode(409).body("code", is("version.stale"));
        as("viewer").body(Map.of("fullName", "Trần Văn Nam", "role", "MEMBER", "since", "2019-03-15"))
                .post("/api/v1/boards/" + id + "/members").then().statusCode(403);
        as("inspector").get("/api/v1/boards/" + id + "/members").then().statusCode(200).body("fullName", contains("Nguyễn Thị Hoa"));
        as("admin").get("/api/v1/boards/" + id + "/history").then().statusCode(200)
                .body("items.action", contains("MEMBER_UPDATED", "MEMBER_ADDED", "CREATED"));
        as("officer.halong").queryParam("unitId", commune.id).queryParam("servingOn", "2020-06-01").get("/api/v1/boards")
                .then().statusCode(200).body("items.id", contains(id));
        as("officer.halong").queryParam("unitId", commune.id).queryParam("servingOn", "2022-06-01").get("/api/v1/boards")
                .then().statusCode(200).body("total", is(0));
    }

    @Test
    void outOfScopeIsNotFoundAndRolesAreEnforced() {
        int id = createBoard(board(commune, "PEOPLES_INSPECTION", "2019-03-15", null));
        int work = record(id, activity("INSPECTION", "2019-05-01"));
        as("officer.mongcai").get("/api/v1/boards/" + id).then().statusCode(404).body("code", is("not-found"));
        as("officer.mongcai").get("/api/v1/boards/" + id + "/activities").then().statusCode(404);
        as("officer.mongcai").get("/api/v1/boards/" + id + "/history").then().statusCode(404);
        as("officer.mongcai").body(activity("INSPECTION", "2019-05-01")).post("/api/v1/boards/" + id + "/activities")
                .then().statusCode(404);
        as("officer.mongcai").queryParam("unitId", commune.id).get("/api/v1/boards").then().statusCode(404);
        as("officer.mongcai").body(board(commune, "PEOPLES_INSPECTION", "2019-03-15", null)).post("/api/v1/boards")
                .then().statusCode(400).body("errors[0].field", is("unitId"));
        as("viewer").body(activity("INSPECTION", "2019-05-02")).post("/api/v1/boards/" + id + "/activities").then().statusCode(403);
        as("inspector").body(board(commune, "PEOPLES_INSPECTION", "2019-03-15", null)).post("/api/v1/boards").then().statusCode(403);
        asIntegration().get("/api/v1/boards").then().statusCode(403);
        anonymous().get("/api/v1/boards/" + id).then().statusCode(401);
        as("admin").get("/api/v1/boards/" + id + "/activities/" + work).then().statusCode(200);
        as("admin").get("/api/v1/boards/" + id + "/activities/999999999").then().statusCode(404);
    }

    @Test
    void kindsFollowTheUnitAndTheAmendedLaw() {
        Unit enterprise = units.create("Công ty Than Giám Sát", UnitType.ENTERPRISE, units.haLong());
        as("admin", "vi").body(board(enterprise, "COMMUNITY_INVESTMENT_SUPERVISION", "2019-01-01", null)).post("/api/v1/boards")
                .then().statusCode(400).body("errors[0].field", is("kind")).body("errors[0].message", containsString("COMMUNE"));
        createBoard(board(enterprise, "PEOPLES_INSPECTION", "2019-01-01", null));
        createBoard(board(commune, "COMMUNITY_INVESTMENT_SUPERVISION", "2021-01-01", "2025-06-30"));
        as("admin", "vi").body(board(commune, "COMMUNITY_INVESTMENT_SUPERVISION", "2025-07-01", null)).post("/api/v1/boards")
                .then().statusCode(400).body("errors[0].field", is("kind"))
                .body("errors[0].message", containsString("Ban Thanh tra nhân dân thực hiện giám sát đầu tư"));
        int current = createBoard(board(commune, "PEOPLES_INSPECTION", "2025-07-01", null));
        var before = activity("INVESTMENT_SUPERVISION", "2025-07-02");
        before.put("projectName", "Đường bê tông khu 3");
        before.put("projectInvestor", "UBND phường");
        before.put("budgetSource", "COMMUNE_BUDGET");
        before.put("projectStage", "CONSTRUCTION");
        as("officer.halong").body(before).post("/api/v1/boards/" + current + "/activities")
                .then().statusCode(201).body("projectName", is("Đường bê tông khu 3")).body("rights", contains("SUPERVISE"));
        int old = createBoard(board(commune, "PEOPLES_INSPECTION", "2019-01-01", "2025-06-30"));
        before.put("startedOn", "2020-02-02");
        as("officer.halong", "vi").body(before).post("/api/v1/boards/" + old + "/activities")
                .then().statusCode(400).body("errors[0].field", is("kind"));
        var noProject = activity("INVESTMENT_SUPERVISION", "2025-08-01");
        as("officer.halong").body(noProject).post("/api/v1/boards/" + current + "/activities")
                .then().statusCode(400).body("errors[0].field", is("projectName"));
        var outside = activity("INSPECTION", "2026-12-31");
        outside.put("startedOn", "2018-01-01");
        as("officer.halong").body(outside).post("/api/v1/boards/" + old + "/activities")
                .then().statusCode(400).body("errors[0].field", is("startedOn"));
    }

    @Test
    void invalidBodiesAnswer400AndStaleBoardsAnswer409() {
        as("admin").body(Map.of("kind", "PEOPLES_INSPECTION", "name", "", "termFrom", "2019-13-01")).post("/api/v1/boards")
                .then().statusCode(400);
        as("admin").body(Map.of("unitId", "một", "kind", "PEOPLES_INSPECTION", "name", "X", "termFrom", "2019-01-01"))
                .post("/api/v1/boards").then().statusCode(400).body("errors.field", hasItem("unitId"));
        as("admin").body(Map.of("kind", "PEOPLES_INSPECTION", "name", "", "termFrom", "2019-01-01"))
                .post("/api/v1/boards").then().statusCode(400)
                .body("errors.field", hasItem("unitId")).body("errors.field", hasItem("name"));
        as("admin").body(board(commune, "PARTY_CELL", "2019-01-01", null)).post("/api/v1/boards").then().statusCode(400)
                .body("errors[0].field", is("kind"));
        as("admin").body(board(commune, "PEOPLES_INSPECTION", "2019-01-01", "2018-01-01")).post("/api/v1/boards")
                .then().statusCode(400).body("errors[0].field", is("termTo"));
        int id = createBoard(board(commune, "PEOPLES_INSPECTION", "2019-01-01", null));
        var change = board(commune, "PEOPLES_INSPECTION", "2019-01-01", "2021-12-31");
        as("admin").body(change).put("/api/v1/boards/" + id).then().statusCode(400).body("errors[0].field", is("version"));
        change.put("version", 0);
        change.put("name", "Ban Thanh tra nhân dân phường – nhiệm kỳ 2019–2021");
        as("officer.halong").body(change).put("/api/v1/boards/" + id).then().statusCode(200).body("version", is(1))
                .body("name", is("Ban Thanh tra nhân dân phường – nhiệm kỳ 2019–2021"));
        as("admin").body(change).put("/api/v1/boards/" + id).then().statusCode(409).body("code", is("version.stale"));
        int work = record(id, activity("INSPECTION", "2019-05-01"));
        var workChange = activity("INSPECTION", "2019-05-01");
        workChange.put("version", 5);
        as("admin").body(workChange).put("/api/v1/boards/" + id + "/activities/" + work).then().statusCode(409);
    }

    @Test
    void recommendationsAreAnsweredAndTheUnansweredMakeTheUnitLag() {
        int id = createBoard(board(commune, "PEOPLES_INSPECTION", "2019-01-01", null));
        int work = record(id, activity("SUPERVISION", "2019-03-01"));
        as("admin", "vi").body(Map.of("content", "Bổ sung chứng từ", "addressedToId", commune.id, "dueOn", "2019-02-01"))
                .post("/api/v1/boards/" + id + "/activities/" + work + "/recommendations")
                .then().statusCode(400).body("errors[0].field", is("dueOn"));
        int recommendation = as("officer.halong").body(Map.of("content", "Bổ sung chứng từ chi còn thiếu chữ ký",
                        "addressedToId", commune.id, "dueOn", "2019-06-30"))
                .post("/api/v1/boards/" + id + "/activities/" + work + "/recommendations")
                .then().statusCode(200).body("recommendations[0].overdue", is(true))
                .extract().path("recommendations[0].id");
        JsonPath before = report(commune, "2019");
        assertEquals(1, figure(before, "boards.recommendationsUnanswered"));
        assertTrue(before.getList("lagging.find { it.unit.id == " + commune.id + " }.reasons.code")
                .contains("board.recommendation.unanswered"));

        as("viewer").body(Map.of("answer", "Đã bổ sung", "answeredOn", "2019-06-20", "version", 0))
                .post("/api/v1/boards/" + id + "/recommendations/" + recommendation + "/answer").then().statusCode(403);
        as("officer.halong").body(Map.of("answer", "Đã bổ sung", "answeredOn", "2019-06-20", "version", 3))
                .post("/api/v1/boards/" + id + "/recommendations/" + recommendation + "/answer").then().statusCode(409);
        as("officer.halong").body(Map.of("answer", "Đã bổ sung đủ chứng từ", "answeredOn", "2019-06-20", "version", 0))
                .post("/api/v1/boards/" + id + "/recommendations/" + recommendation + "/answer")
                .then().statusCode(200).body("overdue", is(false)).body("answeredOn", is("2019-06-20"));
        JsonPath after = report(commune, "2019");
        assertEquals(0, figure(after, "boards.recommendationsUnanswered"));
        assertEquals(1, figure(after, "boards.recommendations"));
        as("admin").get("/api/v1/boards/" + id + "/history").then()
                .body("items[0].action", is("RECOMMENDATION_ANSWERED"));
    }

    @Test
    void aBoardThatDidNothingMakesItsUnitLag() {
        createBoard(board(commune, "PEOPLES_INSPECTION", "2019-01-01", null));
        JsonPath idle = report(commune, "2019");
        assertEquals(1, figure(idle, "boards.serving"));
        assertTrue(idle.getList("lagging.find { it.unit.id == " + commune.id + " }.reasons.code").contains("board.idle"));
    }

    @Test
    void theFrontCritiquesADraftUnderConsultation() {
        Unit front = units.create("Ủy ban MTTQ phường Giám Sát", UnitType.MASS_ORGANIZATION, commune);
        int consultation = as("admin").body(Map.of("unitId", commune.id, "kind", "REGULATION",
                        "title", "Dự thảo quy chế dân chủ phường", "text", "Dự thảo", "opensOn", "2019-04-01",
                        "closesOn", "2019-04-30")).post("/api/v1/consultations")
                .then().statusCode(201).extract().path("id");
        int id = createBoard(board(front, "FATHERLAND_FRONT", "2019-01-01", null));
        var critique = activity("SOCIAL_CRITIQUE", "2019-04-10");
        critique.put("consultationId", consultation);
        as("officer.halong").body(critique).post("/api/v1/boards/" + id + "/activities").then().statusCode(201)
                .body("consultationId", is(consultation)).body("consultationTitle", is("Dự thảo quy chế dân chủ phường"));
        as("officer.halong").body(activity("INSPECTION", "2019-04-10")).post("/api/v1/boards/" + id + "/activities")
                .then().statusCode(400).body("errors[0].field", is("kind"));
        var wrongLink = activity("SUPERVISION", "2019-04-11");
        wrongLink.put("consultationId", consultation);
        as("officer.halong").body(wrongLink).post("/api/v1/boards/" + id + "/activities").then().statusCode(400)
                .body("errors[0].field", is("consultationId"));
        critique.put("consultationId", 999_999_999);
        as("officer.halong").body(critique).post("/api/v1/boards/" + id + "/activities").then().statusCode(400)
                .body("errors[0].field", is("consultationId"));
        assertEquals(1, figure(report(commune, "2019"), "boards.frontCritiques"));
        as("viewer").get("/api/v1/boards/" + id + "/activities?year=2019").then().statusCode(200)
                .body("size()", is(1)).body("[0].findings", containsString("chứng từ")).body("[0].projectName", nullValue());
    }

    /** Each kind of work a board records moves its own figures of the review (issue 18: each new figure tested). */
    @Test
    void eachKindOfWorkMovesItsFigure() {
        Unit front = units.create("Ủy ban MTTQ phường Đếm Việc", UnitType.MASS_ORGANIZATION, commune);
        int inspection = createBoard(board(commune, "PEOPLES_INSPECTION", "2019-01-01", "2024-12-31"));
        int investment = createBoard(board(commune, "COMMUNITY_INVESTMENT_SUPERVISION", "2019-01-01", "2024-12-31"));
        int frontBoard = createBoard(board(front, "FATHERLAND_FRONT", "2019-01-01", null));
        List<String> keys = List.of("boards.inspections", "boards.supervisions", "boards.projectsSupervised",
                "boards.frontSupervisions");
        assertEquals(List.of(0L, 0L, 0L, 0L), figures(keys));

        record(inspection, activity("INSPECTION", "2019-03-01"));
        assertEquals(List.of(1L, 0L, 0L, 0L), figures(keys));
        record(inspection, activity("SUPERVISION", "2019-04-01"));
        assertEquals(List.of(1L, 1L, 0L, 0L), figures(keys));
        var project = activity("INVESTMENT_SUPERVISION", "2019-05-01");
        project.put("projectName", "Nhà văn hóa khu 5");
        project.put("budgetSource", "COMMUNITY_CONTRIBUTION");
        project.put("projectStage", "ACCEPTANCE");
        record(investment, project);
        // An investment supervision is a supervision of the boards, and a project supervised.
        assertEquals(List.of(1L, 2L, 1L, 0L), figures(keys));
        record(frontBoard, activity("SUPERVISION", "2019-06-01"));
        assertEquals(List.of(1L, 2L, 1L, 1L), figures(keys));
    }

    private List<Long> figures(List<String> keys) {
        JsonPath report = report(commune, "2019");
        return keys.stream().map(key -> figure(report, key)).toList();
    }
}
