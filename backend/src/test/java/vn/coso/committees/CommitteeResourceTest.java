package vn.coso.committees;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.coso.common.time.AppClock;
import vn.coso.testing.TestUnits;
import vn.coso.units.Unit;
import vn.coso.units.UnitType;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.coso.testing.Api.anonymous;
import static vn.coso.testing.Api.as;

@QuarkusTest
class CommitteeResourceTest {

    @Inject
    TestUnits units;

    @Inject
    AppClock clock;

    @Inject
    CommitteeRepository committees;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private int committee(String user, long unitId) {
        return as(user).body(Map.of("unitId", unitId, "name", "Ban Chỉ đạo thực hiện dân chủ ở cơ sở",
                        "decisionNumber", "12-QĐ/ĐU", "decisionDate", "2021-05-10"))
                .post("/api/v1/committees").then().statusCode(201).extract().path("id");
    }

    /** Hạ Long's committee: one per unit, so made once and found afterwards. */
    private int haLongCommittee() {
        Unit haLong = units.haLong();
        return committees.findByUnit(haLong.id).map(c -> c.id.intValue()).orElseGet(() -> committee("admin", haLong.id));
    }

    private static Map<String, Object> member(String name, CommitteeRole role, String since, String until, String username,
                                              List<Long> unitIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("fullName", name);
        body.put("position", "Phó Bí thư");
        body.put("role", role.name());
        body.put("since", since);
        body.put("until", until);
        body.put("username", username);
        body.put("unitIds", unitIds);
        return body;
    }

    private static void issueRegulation(long unitId, String date) {
        as("admin").body(Map.of("unitId", unitId, "title", "Quy chế dân chủ", "status", "ISSUED",
                "number", "1/QĐ-" + unitId, "issueDate", date)).post("/api/v1/regulations").then().statusCode(201);
    }

    @Test
    void committeeWithMembersKeepsTheHistoryOfItsChanges() {
        Unit district = units.create("Huyện có Ban Chỉ đạo", UnitType.DISTRICT, units.province());
        Unit commune = units.create("Xã được theo dõi", UnitType.COMMUNE, district);
        int id = committee("admin", district.id);
        as("viewer").get("/api/v1/committees/" + id).then().statusCode(200)
                .body("unit.id", is(district.id.intValue())).body("decisionNumber", is("12-QĐ/ĐU"))
                .body("allowedOperations", is(List.of())).body("memberCount", is(0));
        as("admin").body(Map.of("unitId", district.id, "name", "Ban thứ hai")).post("/api/v1/committees")
                .then().statusCode(409).body("code", is("committee.unit.taken"));

        int memberId = as("admin").body(member("Nguyễn Văn An", CommitteeRole.HEAD, "2021-05-10", null, null,
                        List.of(commune.id))).post("/api/v1/committees/" + id + "/members")
                .then().statusCode(201).body("units.id", is(List.of(commune.id.intValue()))).body("serving", is(true))
                .extract().path("id");
        Map<String, Object> change = member("Nguyễn Văn An", CommitteeRole.HEAD, "2021-05-10", "2024-06-30", null,
                List.of(commune.id));
        change.put("version", 0);
        as("admin").body(change).put("/api/v1/committees/" + id + "/members/" + memberId)
                .then().statusCode(200).body("until", is("2024-06-30")).body("serving", is(false));
        as("admin").body(member("Ai đó", CommitteeRole.MEMBER, "2021-05-10", null, null, List.of(units.mongCai().id)))
                .post("/api/v1/committees/" + id + "/members")
                .then().statusCode(400).body("errors[0].field", is("unitIds"));

        as("inspector").get("/api/v1/committees/" + id + "/history").then().statusCode(200)
                .body("items.action", is(List.of("MEMBER_UPDATED", "MEMBER_ADDED", "CREATED")))
                .body("items[0].changes.find { it.field == 'until' }.to", is("2024-06-30"));
        assertEquals(1, committees.members(id).size());
        assertEquals(LocalDate.of(2024, 6, 30), committees.members(id).get(0).until);
    }

    @Test
    void outOfScopeCommitteesAre404AndOnlyWritersWrite() {
        Unit mongCaiCommune = units.create("Phường Móng Cái có Ban", UnitType.COMMUNE, units.mongCai());
        int id = committee("officer.mongcai", mongCaiCommune.id);
        as("officer.bachdang").get("/api/v1/committees/" + id).then().statusCode(404)
                .body("code", is("committee.not-found"));
        as("officer.bachdang").get("/api/v1/committees/" + id + "/members").then().statusCode(404);
        as("officer.bachdang").get("/api/v1/committees/" + id + "/plans").then().statusCode(404);
        as("officer.bachdang").body(Map.of("year", 2026, "theme", "x")).post("/api/v1/committees/" + id + "/plans")
                .then().statusCode(404);
        as("officer.bachdang").queryParam("size", 200).get("/api/v1/committees").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        as("officer.mongcai").queryParam("size", 200).get("/api/v1/committees").then().statusCode(200)
                .body("items.id", hasItem(id));
        as("officer.bachdang").body(Map.of("unitId", units.create("Xã Móng Cái khác", UnitType.COMMUNE, units.mongCai()).id,
                "name", "Ban")).post("/api/v1/committees").then().statusCode(400).body("errors[0].field", is("unitId"));
        as("viewer").body(Map.of("unitId", mongCaiCommune.id, "name", "Ban")).post("/api/v1/committees").then().statusCode(403);
        as("viewer").get("/api/v1/committees/" + id).then().statusCode(200);
        anonymous().get("/api/v1/committees/" + id).then().statusCode(401);
        assertTrue(committees.findByIdOptional((long) id).isPresent());
    }

    @Test
    void everyPartOfAnOutOfScopeCommitteeIs404AndNothingChanges() {
        Unit mongCaiCommune = units.create("Phường Móng Cái có Ban đầy đủ", UnitType.COMMUNE, units.mongCai());
        int id = committee("officer.mongcai", mongCaiCommune.id);
        int memberId = as("officer.mongcai").body(member("Phạm Thu Hà", CommitteeRole.HEAD, "2024-01-01", null, null,
                List.of(mongCaiCommune.id))).post("/api/v1/committees/" + id + "/members").then().statusCode(201)
                .extract().path("id");
        as("officer.mongcai").body(Map.of("year", 2025, "theme", "Dân chủ thực chất"))
                .post("/api/v1/committees/" + id + "/plans").then().statusCode(201);
        int targetId = as("officer.mongcai").body(Map.of("figureKey", "trainings.classes", "comparator", "GE", "threshold", 2))
                .post("/api/v1/committees/" + id + "/plans/2025/targets").then().statusCode(200)
                .extract().path("targets[0].id");
        int taskId = as("officer.mongcai").body(Map.of("title", "Tập huấn cán bộ thôn"))
                .post("/api/v1/committees/" + id + "/plans/2025/tasks").then().statusCode(200).extract().path("tasks[0].id");
        int meetingId = as("officer.mongcai").body(Map.of("kind", "REGULAR", "date", "2025-03-10", "title", "Họp quý I"))
                .post("/api/v1/committees/" + id + "/meetings").then().statusCode(201).extract().path("id");
        int shortcomingId = as("officer.mongcai").body(Map.of("year", 2025, "kind", "LOW_PARTICIPATION",
                        "description", "Ít người dự hội nghị thôn", "unitIds", List.of(mongCaiCommune.id)))
                .post("/api/v1/committees/" + id + "/shortcomings").then().statusCode(201).extract().path("id");
        int remedyId = as("officer.mongcai").body(Map.of("action", "Họp thôn buổi tối", "ownerUnitId", mongCaiCommune.id,
                        "deadline", "2025-09-30"))
                .post("/api/v1/committees/" + id + "/shortcomings/" + shortcomingId + "/remedies").then().statusCode(200)
                .extract().path("remedies[0].id");

        String base = "/api/v1/committees/" + id;
        for (String path : List.of(base, base + "/history", base + "/members", base + "/plans", base + "/plans/2025",
                base + "/meetings", base + "/meetings/" + meetingId, base + "/shortcomings",
                base + "/shortcomings/" + shortcomingId)) {
            as("officer.bachdang").get(path).then().statusCode(404).contentType("application/problem+json");
        }
        Map<String, Object> memberChange = member("Phạm Thu Hà", CommitteeRole.MEMBER, "2024-01-01", null, null, List.of());
        memberChange.put("version", 0);
        as("officer.bachdang").body(Map.of("name", "Ban khác", "version", 0)).put(base).then().statusCode(404);
        as("officer.bachdang").body(member("Người lạ", CommitteeRole.MEMBER, "2024-01-01", null, null, List.of()))
                .post(base + "/members").then().statusCode(404);
        as("officer.bachdang").body(memberChange).put(base + "/members/" + memberId).then().statusCode(404);
        as("officer.bachdang").body(Map.of("title", "x")).post(base + "/plans/2025/tasks").then().statusCode(404);
        as("officer.bachdang").body(Map.of("status", "DONE", "version", 0)).post(base + "/tasks/" + taskId + "/status")
                .then().statusCode(404);
        as("officer.bachdang").body(Map.of("figureKey", "trainings.classes", "comparator", "GE", "threshold", 1))
                .post(base + "/plans/2025/targets").then().statusCode(404);
        as("officer.bachdang").delete(base + "/targets/" + targetId).then().statusCode(404);
        as("officer.bachdang").body(Map.of("kind", "REGULAR", "date", "2025-04-10", "title", "Họp lạ"))
                .post(base + "/meetings").then().statusCode(404);
        as("officer.bachdang").body(Map.of("year", 2025, "kind", "OTHER", "description", "x"))
                .post(base + "/shortcomings").then().statusCode(404);
        as("officer.bachdang").body(Map.of("action", "x", "ownerUnitId", mongCaiCommune.id, "deadline", "2025-09-30"))
                .post(base + "/shortcomings/" + shortcomingId + "/remedies").then().statusCode(404);
        as("officer.bachdang").body(Map.of("version", 0)).post(base + "/remedies/" + remedyId + "/start").then().statusCode(404);
        as("officer.bachdang").body(Map.of("evidence", "x", "version", 0)).post(base + "/remedies/" + remedyId + "/complete")
                .then().statusCode(404);

        // Nothing the refused calls asked for happened.
        as("officer.mongcai").get(base).then().statusCode(200).body("version", is(0)).body("memberCount", is(1));
        as("officer.mongcai").get(base + "/plans/2025").then().statusCode(200)
                .body("targets.id", is(List.of(targetId))).body("tasks.status", is(List.of("OPEN")));
        as("officer.mongcai").get(base + "/shortcomings/" + shortcomingId).then().statusCode(200)
                .body("remedies.status", is(List.of("OPEN")));
        assertEquals(1, committees.meetings(id, null, null).size());
    }

    @Test
    void myUnitsListsExactlyTheAssignedUnitsInsideTheAccountsScope() {
        int id = haLongCommittee();
        Unit bachDang = units.bachDang();
        Unit bachDangVillage = units.create("Khu phố Bạch Đằng theo dõi", UnitType.VILLAGE, bachDang);
        Unit outsideTheAccount = units.create("Phường Hạ Long ngoài phạm vi tài khoản", UnitType.COMMUNE, units.haLong());
        Unit formerlyFollowed = units.create("Khu phố từng theo dõi", UnitType.VILLAGE, bachDang);
        Unit someoneElses = units.create("Khu phố người khác theo dõi", UnitType.VILLAGE, bachDang);
        as("admin").body(member("Lê Thị Lan", CommitteeRole.STANDING_MEMBER, "2024-01-01", null, "officer.bachdang",
                        List.of(bachDang.id, bachDangVillage.id, outsideTheAccount.id)))
                .post("/api/v1/committees/" + id + "/members").then().statusCode(201);
        as("admin").body(member("Lê Thị Lan", CommitteeRole.MEMBER, "2020-01-01", "2023-12-31", "officer.bachdang",
                List.of(formerlyFollowed.id))).post("/api/v1/committees/" + id + "/members").then().statusCode(201);
        as("admin").body(member("Trần Văn Bình", CommitteeRole.MEMBER, "2024-01-01", null, "officer.halong",
                List.of(someoneElses.id))).post("/api/v1/committees/" + id + "/members").then().statusCode(201);

        JsonPath mine = as("officer.bachdang").queryParam("year", 2026).get("/api/v1/committees/me/units")
                .then().statusCode(200).body("year", is(2026))
                .body("items.unit.id", containsInAnyOrder(bachDang.id.intValue(), bachDangVillage.id.intValue()))
                .extract().jsonPath();
        Map<String, Object> village = mine.getMap("items.find { it.unit.id == " + bachDangVillage.id + " }");
        assertTrue(((Map<?, ?>) village.get("figures")).containsKey("regulations.share"), "figures: " + village);
        assertEquals("regulation.missing", mine.getString("items.find { it.unit.id == " + bachDangVillage.id + " }.lagging[0].code"));
        assertEquals("STANDING_MEMBER", village.get("role"));
        // The other member's account sees only its own unit; an account with no membership has nothing to follow.
        as("officer.halong").get("/api/v1/committees/me/units").then().statusCode(200)
                .body("items.unit.id", hasItem(someoneElses.id.intValue()))
                .body("items.unit.id", not(hasItem(bachDangVillage.id.intValue())));
        as("viewer").get("/api/v1/committees/me/units").then().statusCode(200).body("items", is(List.of()));
    }

    @Test
    void aTargetsProgressMovesWhenARegulationIsIssued() {
        clock.setToday(LocalDate.of(2026, 6, 30));
        Unit district = units.create("Huyện chỉ tiêu quy chế", UnitType.DISTRICT, units.province());
        Unit first = units.create("Xã một", UnitType.COMMUNE, district);
        Unit second = units.create("Xã hai", UnitType.COMMUNE, district);
        Unit third = units.create("Xã ba", UnitType.COMMUNE, district);
        int id = committee("admin", district.id);
        as("admin").body(Map.of("year", 2026, "theme", "Dân chủ thực chất")).post("/api/v1/committees/" + id + "/plans")
                .then().statusCode(201).body("year", is(2026));
        as("admin").body(Map.of("figureKey", "regulations.share", "comparator", "GE", "threshold", 1,
                        "label", "100 % đơn vị ban hành quy chế"))
                .post("/api/v1/committees/" + id + "/plans/2026/targets").then().statusCode(200)
                .body("targets[0].status", is("AT_RISK")).body("targets[0].value", is(0.0f))
                .body("targets[0].figureLabel", is("Tỷ lệ đơn vị đã ban hành quy chế"));
        as("admin").body(Map.of("figureKey", "no.such.figure", "comparator", "GE", "threshold", 1))
                .post("/api/v1/committees/" + id + "/plans/2026/targets").then().statusCode(400)
                .body("errors[0].field", is("figureKey"));
        as("admin").body(Map.of("figureKey", "regulations.share", "comparator", "GE", "threshold", 90))
                .post("/api/v1/committees/" + id + "/plans/2026/targets").then().statusCode(400)
                .body("errors[0].field", is("threshold"));

        issueRegulation(first.id, "2026-03-01");
        float quarter = as("viewer").get("/api/v1/committees/" + id + "/plans/2026").then().statusCode(200)
                .body("targets[0].status", is("AT_RISK")).extract().path("targets[0].value");
        // Four units must have one: the district itself and its three communes.
        assertEquals(0.25, quarter, 1e-4);

        issueRegulation(second.id, "2026-04-15");
        as("viewer").get("/api/v1/committees/" + id + "/plans/2026").then().statusCode(200)
                .body("targets[0].status", is("ON_TRACK")).body("targets[0].asOf", is("2026-06-30"));

        clock.setToday(LocalDate.of(2027, 1, 5));
        as("viewer").get("/api/v1/committees/" + id + "/plans/2026").then().body("targets[0].status", is("MISSED"));
        clock.setToday(LocalDate.of(2026, 6, 30));
        issueRegulation(third.id, "2026-05-20");
        issueRegulation(district.id, "2026-05-21");
        as("viewer").get("/api/v1/committees/" + id + "/plans/2026").then().body("targets[0].status", is("MET"))
                .body("targets[0].value", is(1.0f));
        assertEquals(1, committees.targets(committees.plan(id, 2026).orElseThrow().id).size());
    }

    @Test
    void aRemedyPastItsDeadlineMakesItsUnitLagInTheNextPeriod() throws Exception {
        Unit district = units.create("Huyện khắc phục hạn chế", UnitType.DISTRICT, units.province());
        Unit commune = units.create("Xã chưa khắc phục", UnitType.COMMUNE, district);
        issueRegulation(commune.id, "2023-01-01");
        int id = committee("admin", district.id);
        int shortcoming = as("admin", "vi").body(Map.of("year", 2024, "kind", "LEFT_TO_STANDING_OFFICE",
                        "description", "Phó mặc cho bộ phận thường trực, giúp việc",
                        "subjectiveCauses", "Người đứng đầu chưa quan tâm", "objectiveCauses", "Cán bộ kiêm nhiệm",
                        "unitIds", List.of(commune.id)))
                .post("/api/v1/committees/" + id + "/shortcomings").then().statusCode(201)
                .body("kindLabel", is("Phó mặc cho bộ phận thường trực, giúp việc")).body("remedied", is(false))
                .extract().path("id");
        int remedy = as("admin").body(Map.of("action", "Kiện toàn Ban Chỉ đạo xã", "ownerUnitId", commune.id,
                        "deadline", "2025-03-31"))
                .post("/api/v1/committees/" + id + "/shortcomings/" + shortcoming + "/remedies").then().statusCode(200)
                .body("remedies[0].overdue", is(true)).extract().path("remedies[0].id");

        JsonPath review2024 = as("admin").queryParam("year", 2024).queryParam("unitId", district.id)
                .get("/api/v1/reports/annual").then().statusCode(200).extract().jsonPath();
        assertTrue(review2024.getList("lagging.find { it.unit.id == " + commune.id + " }.reasons.code") == null
                || !review2024.getList("lagging.find { it.unit.id == " + commune.id + " }.reasons.code")
                .contains(CommitteeFigures.OVERDUE_CODE), "not due in 2024");
        as("admin", "vi").queryParam("year", 2025).queryParam("unitId", district.id).get("/api/v1/reports/annual")
                .then().statusCode(200)
                .body("lagging.find { it.unit.id == " + commune.id + " }.reasons.code", hasItem(CommitteeFigures.OVERDUE_CODE))
                .body("lagging.find { it.unit.id == " + commune.id + " }.reasons.find { it.code == '"
                        + CommitteeFigures.OVERDUE_CODE + "' }.label", is("Có giải pháp khắc phục hạn chế đã quá hạn mà chưa hoàn thành"))
                .body("sections.figures.flatten().find { it.key == 'committees.remediesOverdue' }.value", is(1));

        JsonPath part = as("admin", "vi").queryParam("year", 2025).queryParam("unitId", district.id)
                .get("/api/v1/reports/annual").then().statusCode(200)
                .body("parts[0].key", is("committee"))
                .body("parts[0].data.previousShortcomings[0].remedied", is(false))
                .extract().jsonPath();
        assertTrue(part.getList("parts[0].tables.title").contains("Kết quả khắc phục hạn chế năm 2024"), part.prettify());
        as("admin", "vi").queryParam("year", 2024).queryParam("unitId", district.id)
                .get("/api/v1/reports/annual").then().statusCode(200)
                .body("parts[0].tables.find { it.title == 'Hạn chế, nguyên nhân và giải pháp khắc phục' }.rows[0][2]",
                        is("Người đứng đầu chưa quan tâm"));
        byte[] pdf = as("admin").queryParam("year", 2024).queryParam("unitId", district.id).queryParam("format", "pdf")
                .get("/api/v1/reports/annual").then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        java.nio.file.Files.write(java.nio.file.Path.of("target", "committee-review-district-2024.pdf"), pdf);
        as("admin").queryParam("year", 2024).queryParam("unitId", district.id).queryParam("format", "xlsx")
                .get("/api/v1/reports/annual").then().statusCode(200);

        as("officer.bachdang").body(Map.of("evidence", "x", "version", 0))
                .post("/api/v1/committees/" + id + "/remedies/" + remedy + "/complete").then().statusCode(404);
        as("admin").body(Map.of("evidence", "Quyết định kiện toàn số 5/QĐ-UBND", "doneOn", "2026-01-10", "version", 0))
                .post("/api/v1/committees/" + id + "/remedies/" + remedy + "/complete").then().statusCode(200)
                .body("status", is("DONE")).body("overdue", is(false)).body("allowedOperations", is(List.of()));
        as("admin").body(Map.of("evidence", "again", "version", 1))
                .post("/api/v1/committees/" + id + "/remedies/" + remedy + "/complete").then().statusCode(409)
                .body("code", is("committee.remedy.transition"));
        // Remedied: it no longer lags on the committee's account (it may for others, e.g. no disclosure that year).
        JsonPath review2026 = as("admin").queryParam("year", 2026).queryParam("unitId", district.id)
                .get("/api/v1/reports/annual").then().statusCode(200).extract().jsonPath();
        List<String> reasons2026 = review2026.getList("lagging.find { it.unit.id == " + commune.id + " }.reasons.code");
        assertTrue(reasons2026 == null || !reasons2026.contains(CommitteeFigures.OVERDUE_CODE), "remedied in 2026");
        as("viewer").get("/api/v1/committees/" + id + "/shortcomings?year=2024").then().statusCode(200)
                .body("[0].remedied", is(true)).body("[0].remedies[0].evidence", is("Quyết định kiện toàn số 5/QĐ-UBND"));
        assertEquals(TaskStatus.DONE, committees.remedies(List.of((long) shortcoming)).get(0).status);
    }

    @Test
    void aMeetingsConclusionsRecordShortcomingsAndTheirRemedies() {
        Unit district = units.create("Huyện họp Ban Chỉ đạo", UnitType.DISTRICT, units.province());
        Unit enterprise = units.create("Công ty có công đoàn", UnitType.ENTERPRISE, district);
        int id = committee("admin", district.id);
        int head = as("admin").body(member("Đặng Văn Phúc", CommitteeRole.HEAD, "2024-01-01", null, null, List.of()))
                .post("/api/v1/committees/" + id + "/members").then().statusCode(201).extract().path("id");

        Map<String, Object> shortcoming = new HashMap<>();
        shortcoming.put("kind", "SHORTCOMING");
        shortcoming.put("text", "Cán bộ công đoàn kiêm nhiệm, phụ thuộc vào người sử dụng lao động");
        shortcoming.put("shortcomingKind", "EMPLOYER_DEPENDENCE");
        shortcoming.put("unitIds", List.of(enterprise.id));
        shortcoming.put("subjectiveCauses", "Thiếu kỹ năng");
        shortcoming.put("objectiveCauses", "Hoạt động kiêm nhiệm");
        int conference = as("admin").body(Map.of("kind", "YEAR_END_REVIEW", "date", "2024-12-19",
                        "title", "Hội nghị tổng kết năm 2024", "attendeeIds", List.of(head),
                        "conclusions", List.of(Map.of("kind", "DECISION", "text", "Thông qua kế hoạch năm 2025"), shortcoming)))
                .post("/api/v1/committees/" + id + "/meetings").then().statusCode(201)
                .body("attendees[0].fullName", is("Đặng Văn Phúc"))
                .body("conclusions.kind", is(List.of("DECISION", "SHORTCOMING")))
                .extract().path("id");
        int shortcomingId = as("viewer").get("/api/v1/committees/" + id + "/meetings/" + conference).then().statusCode(200)
                .extract().path("conclusions[1].shortcomingId");

        Map<String, Object> task = new HashMap<>();
        task.put("kind", "TASK");
        task.put("text", "Tập huấn kỹ năng cho cán bộ công đoàn");
        task.put("owner", "Liên đoàn Lao động");
        task.put("unitId", enterprise.id);
        task.put("deadline", "2025-06-30");
        task.put("shortcomingId", shortcomingId);
        as("admin").body(Map.of("kind", "THEMATIC", "date", "2025-01-15", "title", "Họp chuyên đề công đoàn",
                        "attendeeIds", List.of(999999), "conclusions", List.of(task)))
                .post("/api/v1/committees/" + id + "/meetings").then().statusCode(400)
                .body("errors[0].field", is("attendeeIds"));
        as("admin").body(Map.of("kind", "THEMATIC", "date", "2025-01-15", "title", "Họp chuyên đề công đoàn",
                        "conclusions", List.of(task)))
                .post("/api/v1/committees/" + id + "/meetings").then().statusCode(201)
                .body("conclusions[0].status", is("OPEN")).body("conclusions[0].remedyId", not(nullValue()))
                .body("conclusions[0].unit.id", is(enterprise.id.intValue()));
        as("viewer").get("/api/v1/committees/" + id + "/shortcomings/" + shortcomingId).then().statusCode(200)
                .body("kind", is("EMPLOYER_DEPENDENCE")).body("year", is(2024)).body("meetingId", is(conference))
                .body("remedies[0].action", is("Tập huấn kỹ năng cho cán bộ công đoàn"))
                .body("remedies[0].ownerUnit.id", is(enterprise.id.intValue()));
        as("viewer").queryParam("year", 2024).get("/api/v1/committees/" + id + "/meetings").then().statusCode(200)
                .body("id", is(List.of(conference)));
        assertEquals(2, committees.meetings(id, null, null).size());
    }
}
