package vn.coso.consultations;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.coso.testing.TestUnits;
import vn.coso.units.Unit;
import vn.coso.units.UnitType;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.coso.testing.Api.anonymous;
import static vn.coso.testing.Api.as;

/**
 * Consultations end to end: staff prepare and publish a draft, people comment signed out while it is
 * open, the unit answers each comment after it closes, and the result is public. Today is fixed
 * per test (Vietnam's calendar), in 2026, away from the demo year.
 */
@QuarkusTest
class ConsultationResourceTest {

    private static final String NAME = "Nguyễn Thị Hoa Ẩn Danh";
    private static final String PHONE = "0912 345 678";
    private static final String EMAIL = "hoa.an.danh@example.vn";
    private static final LocalDate OPENS = LocalDate.of(2026, 3, 1);
    private static final LocalDate CLOSES = LocalDate.of(2026, 3, 20);

    /** A calendar whose today the test sets. */
    static class FixedCalendar extends ConsultationCalendar {
        LocalDate today;

        @Override
        public LocalDate today() {
            return today;
        }
    }

    @Inject
    TestUnits units;

    final FixedCalendar calendar = new FixedCalendar();
    Unit bachDang;
    Unit mongCai;

    @BeforeEach
    void setUp() {
        bachDang = units.bachDang();
        mongCai = units.mongCai();
        calendar.today = LocalDate.of(2026, 3, 10);
        QuarkusMock.installMockForType(calendar, ConsultationCalendar.class);
    }

    private static Map<String, Object> draft(long unitId, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", unitId);
        body.put("kind", "REGULATION");
        body.put("title", title);
        body.put("text", "Điều 1. Phạm vi điều chỉnh\nQuy chế này quy định việc thực hiện dân chủ ở cơ sở.");
        body.put("opensOn", OPENS.toString());
        body.put("closesOn", CLOSES.toString());
        return body;
    }

    private static int create(String user, Map<String, Object> body) {
        return as(user).body(body).post("/api/v1/consultations").then().statusCode(201).extract().path("id");
    }

    private static int published(String user, Map<String, Object> body) {
        int id = create(user, body);
        as(user).body(Map.of("version", 0)).post("/api/v1/consultations/" + id + "/publish")
                .then().statusCode(200).body("status", is("PUBLISHED"));
        return id;
    }

    private static int comment(int consultationId, Map<String, Object> body) {
        return citizen().body(body).post("/api/v1/public/consultations/" + consultationId + "/comments")
                .then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> named(String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("text", text);
        body.put("authorName", NAME);
        body.put("authorPhone", PHONE);
        body.put("authorEmail", EMAIL);
        body.put("consent", true);
        return body;
    }

    private static void answer(String user, int consultationId, int commentId, String outcome, int version, int status) {
        as(user).body(Map.of("outcome", outcome, "explanation", "Tiếp thu, chỉnh sửa Điều 1.", "version", version))
                .post("/api/v1/consultations/" + consultationId + "/comments/" + commentId + "/answer")
                .then().statusCode(status);
    }

    @Test
    void draftIsPublishedCommentedAnsweredAndConcludedWithHistory() {
        Unit agency = units.create("Cơ quan lấy ý kiến", UnitType.AGENCY, bachDang);
        int id = create("officer.bachdang", draft(agency.id, "Dự thảo quy chế dân chủ cơ quan"));
        as("officer.bachdang").get("/api/v1/consultations/" + id).then().statusCode(200)
                .header("ETag", containsString("0"))
                .body("status", is("DRAFT")).body("window", is("OPEN")).body("comments.total", is(0));
        citizen().get("/api/v1/public/consultations/" + id).then().statusCode(404);
        citizen().body(Map.of("text", "Sớm quá")).post("/api/v1/public/consultations/" + id + "/comments")
                .then().statusCode(404);

        as("officer.bachdang").body(Map.of("version", 0)).post("/api/v1/consultations/" + id + "/publish")
                .then().statusCode(200).body("status", is("PUBLISHED")).body("publishedAt", notNullValue());
        citizen().queryParam("window", "OPEN").queryParam("unitId", agency.id).get("/api/v1/public/consultations")
                .then().statusCode(200).body("items.id", contains(id)).body("items[0].window", is("OPEN"));
        citizen().get("/api/v1/public/consultations/" + id).then().statusCode(200)
                .body("text", containsString("Điều 1.")).body("concluded", is(false));

        int anonymousComment = comment(id, Map.of("text", "Đề nghị bổ sung quy định về công khai tài chính."));
        int namedComment = comment(id, named("Đề nghị rút ngắn thời hạn trả lời."));
        citizen().get("/api/v1/public/consultations/" + id + "/result").then().statusCode(409)
                .body("code", is("consultation.not-closed"));
        answer("officer.bachdang", id, anonymousComment, "ACCEPTED", 0, 409);
        as("officer.bachdang").body(Map.of("version", 1)).post("/api/v1/consultations/" + id + "/conclude")
                .then().statusCode(409).body("code", is("consultation.not-closed"));

        calendar.today = CLOSES.plusDays(1);
        citizen().body(Map.of("text", "Muộn")).post("/api/v1/public/consultations/" + id + "/comments")
                .then().statusCode(409).body("code", is("consultation.not-open"));
        citizen().get("/api/v1/public/consultations/" + id + "/result").then().statusCode(200)
                .body("counts.total", is(2)).body("counts.unanswered", is(2))
                .body("comments.items.id", contains(anonymousComment, namedComment))
                .body("comments.items[0].outcome", nullValue());
        as("officer.bachdang").body(Map.of("version", 1)).post("/api/v1/consultations/" + id + "/conclude")
                .then().statusCode(409).body("code", is("consultation.comments-unanswered"));

        answer("officer.bachdang", id, anonymousComment, "ACCEPTED", 0, 200);
        answer("officer.bachdang", id, anonymousComment, "PARTLY_ACCEPTED", 0, 409);
        answer("officer.bachdang", id, anonymousComment, "PARTLY_ACCEPTED", 1, 200);
        answer("officer.bachdang", id, namedComment, "NOT_ACCEPTED", 0, 200);
        as("viewer").body(Map.of("outcome", "ACCEPTED", "explanation", "x", "version", 1))
                .post("/api/v1/consultations/" + id + "/comments/" + namedComment + "/answer").then().statusCode(403);

        as("officer.bachdang").body(Map.of("version", 1)).post("/api/v1/consultations/" + id + "/conclude")
                .then().statusCode(200).body("status", is("CONCLUDED")).body("comments.partlyAccepted", is(1))
                .body("comments.notAccepted", is(1)).body("comments.unanswered", is(0));
        answer("officer.bachdang", id, namedComment, "ACCEPTED", 1, 409);

        citizen().get("/api/v1/public/consultations/" + id + "/result").then().statusCode(200)
                .body("consultation.concluded", is(true))
                .body("comments.items.outcome", contains("PARTLY_ACCEPTED", "NOT_ACCEPTED"))
                .body("comments.items[1].explanation", is("Tiếp thu, chỉnh sửa Điều 1."));
        citizen().queryParam("window", "CLOSED").queryParam("unitId", agency.id).get("/api/v1/public/consultations")
                .then().statusCode(200).body("items.id", contains(id)).body("items[0].commentCount", is(2));

        as("inspector").get("/api/v1/consultations/" + id + "/history").then().statusCode(200)
                .body("items.action", contains("CONCLUDED", "COMMENT_ANSWERED", "COMMENT_ANSWER_CHANGED",
                        "COMMENT_ANSWERED", "PUBLISHED", "CREATED"))
                .body("items[0].by", is("officer.bachdang"))
                .body("items[0].changes.find { it.field == 'status' }.to", is("CONCLUDED"))
                .body("items[2].changes.find { it.field == 'comments." + anonymousComment + ".outcome' }.from",
                        is("ACCEPTED"))
                .body("items[2].changes.find { it.field == 'comments." + anonymousComment + ".outcome' }.to",
                        is("PARTLY_ACCEPTED"));
    }

    /** What a consultation and its comments say they allow is exactly what succeeds. */
    @Test
    void allowedActionsAreWhatSucceeds() {
        Map<String, Map<String, Object>> bodies = new LinkedHashMap<>();
        Map<String, Object> update = draft(bachDang.id, "Dự thảo đổi tên");
        update.remove("unitId");
        update.put("version", 0);
        bodies.put("update", update);
        bodies.put("publish", Map.of("version", 0));
        bodies.put("cancel", Map.of("version", 0));
        bodies.put("conclude", Map.of("version", 0));
        bodies.put("delete", Map.of());
        Set<String> succeeded = new TreeSet<>();
        Set<String> allowed = null;
        for (var action : bodies.entrySet()) {
            int id = create("admin", draft(bachDang.id, "Dự thảo thao tác " + action.getKey()));
            List<String> offered = as("admin").get("/api/v1/consultations/" + id).then().statusCode(200)
                    .extract().path("allowedActions");
            allowed = new TreeSet<>(offered);
            as("viewer").get("/api/v1/consultations/" + id).then().body("allowedActions", empty());
            int status = switch (action.getKey()) {
                case "update" -> as("admin").body(action.getValue()).put("/api/v1/consultations/" + id).statusCode();
                case "delete" -> as("admin").delete("/api/v1/consultations/" + id).statusCode();
                default -> as("admin").body(action.getValue())
                        .post("/api/v1/consultations/" + id + "/" + action.getKey()).statusCode();
            };
            if (status / 100 == 2) {
                succeeded.add(action.getKey());
            } else {
                assertEquals(409, status, action.getKey());
            }
        }
        assertEquals(Set.of("cancel", "delete", "publish", "update"), succeeded);
        assertEquals(succeeded, allowed);

        // Published and open: only cancel; comments are not answered yet.
        int id = published("admin", draft(bachDang.id, "Dự thảo lấy ý kiến thao tác"));
        int commentId = comment(id, Map.of("text", "Đề nghị bổ sung Điều 2.", "anonymous", true));
        as("admin").get("/api/v1/consultations/" + id).then().body("allowedActions", contains("cancel"));
        as("admin").get("/api/v1/consultations/" + id + "/comments").then().body("items[0].allowedActions", empty());
        answer("admin", id, commentId, "ACCEPTED", 0, 409);
        // Closed with a comment unanswered: the comment may be answered, the consultation not yet concluded.
        calendar.today = CLOSES.plusDays(1);
        as("admin").get("/api/v1/consultations/" + id).then().body("allowedActions", contains("cancel"));
        as("admin").body(Map.of("version", 1)).post("/api/v1/consultations/" + id + "/conclude").then().statusCode(409)
                .body("code", is("consultation.comments-unanswered"));
        as("admin").get("/api/v1/consultations/" + id + "/comments").then()
                .body("items[0].allowedActions", contains("answer"));
        as("viewer").get("/api/v1/consultations/" + id + "/comments").then().body("items[0].allowedActions", empty());
        answer("admin", id, commentId, "ACCEPTED", 0, 200);
        as("admin").get("/api/v1/consultations/" + id).then().body("allowedActions", contains("conclude", "cancel"));
        as("admin").get("/api/v1/consultations?size=100").then()
                .body("items.find { it.id == " + id + " }.allowedActions", contains("conclude", "cancel"));
        as("admin").body(Map.of("version", 1)).post("/api/v1/consultations/" + id + "/conclude").then().statusCode(200);
        as("admin").get("/api/v1/consultations/" + id).then().body("allowedActions", empty());
    }

    @Test
    void onlyAdminSeesWhoCommented() {
        Unit agency = units.create("Cơ quan bảo vệ người góp ý", UnitType.AGENCY, bachDang);
        int id = published("officer.bachdang", draft(agency.id, "Dự thảo quy chế chi tiêu nội bộ"));
        citizen().body(named("Góp ý có tên")).post("/api/v1/public/consultations/" + id + "/comments")
                .then().statusCode(201).body("authorKept", is(true)).body(not(containsString(NAME)));
        Map<String, Object> dropped = named("Góp ý ẩn danh dù có tên");
        dropped.put("anonymous", true);
        citizen().body(dropped).post("/api/v1/public/consultations/" + id + "/comments")
                .then().statusCode(201).body("authorKept", is(false));
        Map<String, Object> noConsent = named("Có tên mà không đồng ý");
        noConsent.remove("consent");
        citizen().body(noConsent).post("/api/v1/public/consultations/" + id + "/comments")
                .then().statusCode(400).body("errors[0].field", is("consent"));

        for (String user : List.of("officer.bachdang", "officer.halong", "viewer", "inspector")) {
            String body = as(user).get("/api/v1/consultations/" + id + "/comments").then().statusCode(200)
                    .body("total", is(2)).body("items.author", contains(nullValue(), nullValue()))
                    .extract().asString();
            assertFalse(body.contains(NAME) || body.contains(PHONE) || body.contains(EMAIL), user + " sees the author");
        }
        as("admin").get("/api/v1/consultations/" + id + "/comments").then().statusCode(200)
                .body("items[0].author.name", is(NAME)).body("items[0].author.phone", is(PHONE))
                .body("items[0].author.email", is(EMAIL)).body("items[1].author", nullValue());

        calendar.today = CLOSES.plusDays(3);
        int first = as("admin").get("/api/v1/consultations/" + id + "/comments").then().extract().path("items[0].id");
        as("officer.bachdang").body(Map.of("outcome", "ACCEPTED", "explanation", "Tiếp thu.", "version", 0))
                .post("/api/v1/consultations/" + id + "/comments/" + first + "/answer")
                .then().statusCode(200).body("author", nullValue());
        for (String path : List.of("", "/result")) {
            String body = citizen().get("/api/v1/public/consultations/" + id + path).then().statusCode(200)
                    .extract().asString();
            assertFalse(body.contains(NAME) || body.contains(PHONE) || body.contains(EMAIL), path + " shows the author");
        }
    }

    @Test
    void scopeAndRoles() {
        Unit mongCaiAgency = units.create("Cơ quan Móng Cái lấy ý kiến", UnitType.AGENCY, mongCai);
        int id = create("admin", draft(mongCaiAgency.id, "Dự thảo của Móng Cái"));
        as("officer.bachdang").get("/api/v1/consultations/" + id).then().statusCode(404);
        as("officer.bachdang").get("/api/v1/consultations/" + id + "/comments").then().statusCode(404);
        as("officer.bachdang").get("/api/v1/consultations/" + id + "/history").then().statusCode(404);
        as("officer.bachdang").body(Map.of("version", 0)).post("/api/v1/consultations/" + id + "/publish")
                .then().statusCode(404);
        as("officer.bachdang").queryParam("size", 200).get("/api/v1/consultations")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        as("officer.bachdang").queryParam("unitId", mongCaiAgency.id).get("/api/v1/consultations").then().statusCode(404);
        as("officer.bachdang").body(draft(mongCaiAgency.id, "Xâm phạm")).post("/api/v1/consultations")
                .then().statusCode(400).body("errors[0].field", is("unitId"));
        as("viewer").body(draft(bachDang.id, "Người xem")).post("/api/v1/consultations").then().statusCode(403);
        as("inspector").body(Map.of("version", 0)).post("/api/v1/consultations/" + id + "/publish").then().statusCode(403);
        anonymous().get("/api/v1/consultations").then().statusCode(401);
        as("officer.mongcai").get("/api/v1/consultations/" + id).then().statusCode(200);
        as("officer.mongcai").queryParam("unitId", mongCaiAgency.id).get("/api/v1/consultations")
                .then().statusCode(200).body("items.id", contains(id)).body("items[0].status", is("DRAFT"));
    }

    @Test
    void onlyADraftChangesAndVersionsGuardIt() {
        Unit agency = units.create("Cơ quan sửa dự thảo", UnitType.AGENCY, bachDang);
        int id = create("officer.bachdang", draft(agency.id, "Dự thảo ban đầu"));
        Map<String, Object> change = draft(agency.id, "Dự thảo đã sửa");
        change.remove("unitId");
        change.put("kind", "PLAN");
        change.put("version", 0);
        as("officer.bachdang").header("If-Match", "\"5\"").body(change).put("/api/v1/consultations/" + id)
                .then().statusCode(412);
        as("officer.bachdang").body(change).put("/api/v1/consultations/" + id)
                .then().statusCode(200).header("ETag", containsString("1")).body("title", is("Dự thảo đã sửa"))
                .body("kind", is("PLAN"));
        as("officer.bachdang").body(change).put("/api/v1/consultations/" + id)
                .then().statusCode(409).body("code", is("version.stale"));
        change.put("version", 1);
        change.put("closesOn", "2026-02-01");
        as("officer.bachdang").body(change).put("/api/v1/consultations/" + id)
                .then().statusCode(400).body("errors[0].field", is("closesOn"));
        as("admin").get("/api/v1/consultations/" + id + "/history").then()
                .body("items[0].action", is("UPDATED")).body("items[0].changes.field", contains("kind", "title"));

        as("officer.bachdang").body(Map.of("version", 1)).post("/api/v1/consultations/" + id + "/publish")
                .then().statusCode(200);
        change.put("closesOn", CLOSES.toString());
        change.put("version", 2);
        as("officer.bachdang").body(change).put("/api/v1/consultations/" + id)
                .then().statusCode(409).body("code", is("consultation.not-a-draft"));
        as("officer.bachdang").delete("/api/v1/consultations/" + id)
                .then().statusCode(409).body("code", is("consultation.not-a-draft"));
        as("officer.bachdang").body(Map.of("version", 2)).post("/api/v1/consultations/" + id + "/publish")
                .then().statusCode(409).body("code", is("consultation.illegal-transition"));

        as("officer.bachdang").body(Map.of("version", 2)).post("/api/v1/consultations/" + id + "/cancel")
                .then().statusCode(200).body("status", is("CANCELLED"));
        citizen().get("/api/v1/public/consultations/" + id).then().statusCode(404);
        citizen().body(Map.of("text", "Còn góp ý được không?"))
                .post("/api/v1/public/consultations/" + id + "/comments").then().statusCode(404);

        int other = create("officer.bachdang", draft(agency.id, "Dự thảo bỏ"));
        as("officer.bachdang").delete("/api/v1/consultations/" + other).then().statusCode(204);
        as("officer.bachdang").get("/api/v1/consultations/" + other).then().statusCode(404);

        calendar.today = CLOSES.plusDays(1);
        int late = create("officer.bachdang", draft(agency.id, "Dự thảo quá hạn"));
        as("officer.bachdang").body(Map.of("version", 0)).post("/api/v1/consultations/" + late + "/publish")
                .then().statusCode(409).body("code", is("consultation.window-passed"));
    }

    @Test
    void commentsOnlyWhileOpen() {
        Unit agency = units.create("Cơ quan sắp lấy ý kiến", UnitType.AGENCY, bachDang);
        calendar.today = OPENS.minusDays(5);
        int id = published("admin", draft(agency.id, "Dự thảo sắp mở"));
        citizen().get("/api/v1/public/consultations/" + id).then().statusCode(200).body("window", is("UPCOMING"));
        citizen().body(Map.of("text", "Sớm")).post("/api/v1/public/consultations/" + id + "/comments")
                .then().statusCode(409).body("code", is("consultation.not-open"));
        calendar.today = OPENS;
        comment(id, Map.of("text", "Ngày đầu"));
        calendar.today = CLOSES;
        comment(id, Map.of("text", "Ngày cuối"));
        calendar.today = CLOSES.plusDays(1);
        citizen().body(Map.of("text", "Quá hạn")).post("/api/v1/public/consultations/" + id + "/comments")
                .then().statusCode(409);
        as("admin").get("/api/v1/consultations/" + id).then().body("comments.total", is(2)).body("window", is("CLOSED"));
        citizen().body(Map.of("text", "Không có")).post("/api/v1/public/consultations/999999999/comments")
                .then().statusCode(404);
    }

    @Test
    void badInputIsA400AndTextIsKeptAsNfc() {
        Unit agency = units.create("Cơ quan dữ liệu xấu", UnitType.AGENCY, bachDang);
        int id = published("admin", draft(agency.id, "Dự thảo kiểm tra dữ liệu"));
        String path = "/api/v1/public/consultations/" + id + "/comments";
        citizen().body(Map.of("text", "x".repeat(5001))).post(path).then().statusCode(400)
                .body("errors[0].field", containsString("text"));
        citizen().body(Map.of("text", "   ")).post(path).then().statusCode(400);
        citizen().body(Map.of("text", List.of("mảng"))).post(path).then().statusCode(400);
        citizen().body(Map.of("text", "ok", "senderName", "sai tên trường")).post(path).then().statusCode(400);
        citizen().body(Map.of("text", "bad\u0007bell")).post(path).then().statusCode(400);
        citizen().body(Map.of("text", "ok", "authorEmail", "không-phải-email", "consent", true)).post(path)
                .then().statusCode(400).body("errors[0].field", containsString("authorEmail"));
        citizen().body(Map.of("text", "ok", "authorPhone", "gọi tôi", "consent", true)).post(path)
                .then().statusCode(400).body("errors[0].field", containsString("authorPhone"));
        citizen().contentType("application/json").body("{\"text\": ").post(path).then().statusCode(400);
        citizen().body(Map.of("text", "y".repeat(1_100_000))).post(path).then().statusCode(413);

        String decomposed = "Đe\u0302\u0300 nghi\u0323 <script>alert(1)</script>";
        int commentId = comment(id, Map.of("text", decomposed));
        calendar.today = CLOSES.plusDays(1);
        String stored = citizen().get("/api/v1/public/consultations/" + id + "/result").then().statusCode(200)
                .extract().path("comments.items.find { it.id == " + commentId + " }.text");
        assertEquals(java.text.Normalizer.normalize(decomposed, java.text.Normalizer.Form.NFC), stored);

        as("admin").body(Map.of("outcome", "MAYBE", "explanation", "x", "version", 0))
                .post("/api/v1/consultations/" + id + "/comments/" + commentId + "/answer").then().statusCode(400);
        as("admin").body(Map.of("outcome", "ACCEPTED", "version", 0))
                .post("/api/v1/consultations/" + id + "/comments/" + commentId + "/answer")
                .then().statusCode(400).body("errors[0].field", containsString("explanation"));
        as("admin").body(Map.of("outcome", "ACCEPTED", "explanation", "x", "version", 0))
                .post("/api/v1/consultations/" + id + "/comments/999999999/answer").then().statusCode(404);
        as("admin").queryParam("window", "SOON").get("/api/v1/consultations").then().statusCode(400)
                .body("errors[0].field", is("window"));
        citizen().queryParam("unitId", 999_999_999).get("/api/v1/public/consultations").then().statusCode(400)
                .body("errors[0].field", is("unitId"));
        Map<String, Object> tooEarly = draft(agency.id, "Ngày không hợp lý");
        tooEarly.put("opensOn", "1900-01-01");
        as("admin").body(tooEarly).post("/api/v1/consultations").then().statusCode(400)
                .body("errors[0].field", containsString("opensOn"));
    }

    @Test
    void twoOfficersAnsweringTheSameCommentOneWins() throws Exception {
        Unit agency = units.create("Cơ quan trả lời đồng thời", UnitType.AGENCY, bachDang);
        int id = published("admin", draft(agency.id, "Dự thảo trả lời đồng thời"));
        int commentId = comment(id, Map.of("text", "Góp ý cần trả lời"));
        calendar.today = CLOSES.plusDays(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> both = List.of("ACCEPTED", "NOT_ACCEPTED").stream()
                    .map(outcome -> (Callable<Integer>) () -> as("officer.bachdang")
                            .body(Map.of("outcome", outcome, "explanation", "Trả lời " + outcome, "version", 0))
                            .post("/api/v1/consultations/" + id + "/comments/" + commentId + "/answer").statusCode())
                    .toList();
            List<Integer> statuses = pool.invokeAll(both).stream().map(ConsultationResourceTest::get).sorted().toList();
            assertEquals(List.of(200, 409), statuses);
        } finally {
            pool.shutdown();
        }
        as("admin").get("/api/v1/consultations/" + id + "/comments").then().body("items[0].version", is(1));
    }

    @Test
    void aRegulationNamesTheConsultationThatPrecededIt() {
        Unit agency = units.create("Cơ quan ban hành sau lấy ý kiến", UnitType.AGENCY, bachDang);
        Unit otherAgency = units.create("Cơ quan khác", UnitType.AGENCY, bachDang);
        int consultation = published("officer.bachdang", draft(agency.id, "Dự thảo trước khi ban hành"));
        int draftOnly = create("officer.bachdang", draft(agency.id, "Dự thảo chưa công bố"));
        int elsewhere = published("officer.bachdang", draft(otherAgency.id, "Dự thảo của cơ quan khác"));

        Map<String, Object> regulation = new HashMap<>();
        regulation.put("unitId", agency.id);
        regulation.put("title", "Quy chế dân chủ sau lấy ý kiến");
        regulation.put("consultationId", elsewhere);
        as("officer.bachdang").body(regulation).post("/api/v1/regulations").then().statusCode(400)
                .body("errors[0].field", is("consultationId"));
        regulation.put("consultationId", draftOnly);
        as("officer.bachdang").body(regulation).post("/api/v1/regulations").then().statusCode(400)
                .body("errors[0].field", is("consultationId")).body("errors[0].message", containsString("DRAFT"));
        regulation.put("consultationId", consultation);
        int id = as("officer.bachdang").body(regulation).post("/api/v1/regulations").then().statusCode(201)
                .body("consultationId", is(consultation)).extract().path("id");

        as("officer.bachdang").body(Map.of("title", "Quy chế dân chủ (không liên kết)", "version", 0))
                .put("/api/v1/regulations/" + id).then().statusCode(200).body("consultationId", nullValue());
        as("admin").get("/api/v1/regulations/" + id + "/history").then()
                .body("items[0].changes.field", hasItems("title", "consultationId"))
                .body("items[1].changes.find { it.field == 'consultationId' }.to", is(String.valueOf(consultation)));
        as("admin").delete("/api/v1/units/" + agency.id).then().statusCode(409);
    }

    @Test
    void figuresCountHeldConsultationsAndAnswersFromRecords() {
        Unit agency = units.create("Cơ quan số liệu lấy ý kiến", UnitType.AGENCY, bachDang);
        int first = published("officer.bachdang", draft(agency.id, "Dự thảo thứ nhất"));
        published("officer.bachdang", draft(agency.id, "Dự thảo thứ hai"));
        create("officer.bachdang", draft(agency.id, "Dự thảo chưa công bố"));
        int accepted = comment(first, Map.of("text", "Góp ý được tiếp thu"));
        comment(first, Map.of("text", "Góp ý chưa trả lời"));
        calendar.today = CLOSES.plusDays(1);
        answer("officer.bachdang", first, accepted, "ACCEPTED", 0, 200);
        as("viewer").queryParam("unitId", agency.id).queryParam("year", 2026).get("/api/v1/consultations/figures")
                .then().statusCode(200).body("held", is(2)).body("comments.total", is(2))
                .body("comments.accepted", is(1)).body("comments.unanswered", is(1))
                .body("from", is("2026-01-01")).body("to", is("2026-12-31"));
        as("viewer").queryParam("unitId", agency.id).queryParam("year", 2025).get("/api/v1/consultations/figures")
                .then().statusCode(200).body("held", is(0)).body("comments.total", is(0));
        Unit mongCaiAgency = units.create("Cơ quan Móng Cái số liệu", UnitType.AGENCY, mongCai);
        as("officer.bachdang").queryParam("unitId", mongCaiAgency.id).get("/api/v1/consultations/figures")
                .then().statusCode(404);
        as("viewer").queryParam("year", "hai nghìn").get("/api/v1/consultations/figures")
                .then().statusCode(400).body("errors[0].field", is("year"));
    }

    @Test
    void aRetriedCommentIsKeptOnce() {
        Unit agency = units.create("Cơ quan gửi lại góp ý", UnitType.AGENCY, bachDang);
        int id = published("admin", draft(agency.id, "Dự thảo gửi lại"));
        String path = "/api/v1/public/consultations/" + id + "/comments";
        String key = java.util.UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("text", "Góp ý gửi hai lần vì mạng chập chờn");
        String address = randomAddress();
        int first = anonymous().header("X-Forwarded-For", address).header("Idempotency-Key", key).body(body).post(path)
                .then().statusCode(201).extract().path("id");
        int retried = anonymous().header("X-Forwarded-For", address).header("Idempotency-Key", key).body(body).post(path)
                .then().statusCode(201).extract().path("id");
        assertEquals(first, retried);
        anonymous().header("X-Forwarded-For", address).header("Idempotency-Key", key)
                .body(Map.of("text", "Một góp ý khác")).post(path)
                .then().statusCode(422).body("code", is("idempotency.key-reused"));
        // The same key and body from another address is another person's comment.
        int other = citizen().header("Idempotency-Key", key).body(body).post(path)
                .then().statusCode(201).extract().path("id");
        assertTrue(other != first);
        citizen().header("Idempotency-Key", "có dấu").body(body).post(path).then().statusCode(400);
        as("admin").get("/api/v1/consultations/" + id + "/comments").then().body("total", is(2));
    }

    @Test
    void concurrentCommentsWithTheirOwnKeysAreAllAccepted() throws Exception {
        Unit agency = units.create("Cơ quan góp ý đồng thời", UnitType.AGENCY, bachDang);
        int id = published("admin", draft(agency.id, "Dự thảo nhiều người góp ý cùng lúc"));
        String path = "/api/v1/public/consultations/" + id + "/comments";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> posts = java.util.stream.IntStream.range(0, 16)
                    .mapToObj(i -> (Callable<Integer>) () -> citizen()
                            .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                            .body(Map.of("text", "Góp ý đồng thời " + i)).post(path).statusCode())
                    .toList();
            List<Integer> statuses = pool.invokeAll(posts).stream().map(ConsultationResourceTest::get).toList();
            assertEquals(java.util.Collections.nCopies(16, 201), statuses);
        } finally {
            pool.shutdown();
        }
        as("admin").get("/api/v1/consultations/" + id + "/comments").then().body("total", is(16));
    }

    @Test
    void aBurstFromOneConnectionIsLimitedAndNothingAcceptedIsLost() {
        Unit agency = units.create("Cơ quan nhiều góp ý", UnitType.AGENCY, bachDang);
        int id = published("admin", draft(agency.id, "Dự thảo bị gửi dồn dập"));
        String path = "/api/v1/public/consultations/" + id + "/comments";
        String address = randomAddress();
        List<Integer> accepted = new java.util.ArrayList<>();
        int limited = 0;
        for (int i = 0; i < 8; i++) {
            var response = anonymous().header("X-Forwarded-For", address).body(Map.of("text", "Góp ý số " + i))
                    .post(path);
            if (response.statusCode() == 201) {
                accepted.add(response.path("id"));
            } else {
                response.then().statusCode(429).header("Retry-After", notNullValue())
                        .body("code", is("rate-limit.exceeded"));
                limited++;
            }
        }
        assertEquals(5, accepted.size(), "the test profile allows 5 comments per connection and window");
        assertEquals(3, limited);
        citizen().body(Map.of("text", "Từ một kết nối khác")).post(path).then().statusCode(201);
        List<Integer> stored = as("admin").queryParam("size", 200).get("/api/v1/consultations/" + id + "/comments")
                .then().body("total", is(6)).extract().path("items.id");
        assertTrue(stored.containsAll(accepted));
    }

    /** A signed-out caller on a connection of its own, so that the rate limit counts each test apart. */
    private static io.restassured.specification.RequestSpecification citizen() {
        return anonymous().header("X-Forwarded-For", randomAddress());
    }

    private static String randomAddress() {
        var random = java.util.concurrent.ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    private static Integer get(Future<Integer> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
