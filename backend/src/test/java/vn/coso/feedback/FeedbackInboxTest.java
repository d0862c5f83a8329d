package vn.coso.feedback;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.coso.testing.TestUnits;
import vn.coso.units.Unit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.coso.feedback.FeedbackFixtures.marker;
import static vn.coso.feedback.FeedbackFixtures.operate;
import static vn.coso.feedback.FeedbackFixtures.record;
import static vn.coso.feedback.FeedbackFixtures.staffBody;
import static vn.coso.feedback.FeedbackFixtures.submit;
import static vn.coso.feedback.FeedbackFixtures.publicBody;
import static vn.coso.feedback.FeedbackFixtures.version;
import static vn.coso.testing.Api.anonymous;
import static vn.coso.testing.Api.as;
import static vn.coso.testing.Api.asIntegration;

/** The staff inbox: scope, roles, the explicit operations (legal and illegal), history, channels. */
@QuarkusTest
class FeedbackInboxTest {

    @Inject
    TestUnits units;

    Unit haLong;
    Unit bachDang;
    Unit mongCai;

    @BeforeEach
    void tree() {
        haLong = units.haLong();
        bachDang = units.bachDang();
        mongCai = units.mongCai();
    }

    @Test
    void officersSeeTheirSubtreeAndNothingElse() {
        String m = marker();
        long inBachDang = record("admin", staffBody(bachDang.id, "Bạch Đằng " + m));
        long inMongCai = record("admin", staffBody(mongCai.id, "Móng Cái " + m));

        as("officer.halong").queryParam("q", m).get("/api/v1/feedback").then().statusCode(200)
                .body("total", is(1)).body("items.id", contains((int) inBachDang));
        as("officer.halong").get("/api/v1/feedback/" + inMongCai).then().statusCode(404)
                .contentType("application/problem+json");
        as("officer.mongcai").get("/api/v1/feedback/" + inBachDang).then().statusCode(404);
        as("officer.mongcai").queryParam("q", m).get("/api/v1/feedback").then().body("items.id", contains((int) inMongCai));
        as("admin").queryParam("q", m).get("/api/v1/feedback").then().body("total", is(2));
        as("viewer").queryParam("q", m).get("/api/v1/feedback").then().statusCode(200).body("total", is(2));
        as("inspector").get("/api/v1/feedback/" + inBachDang).then().statusCode(200);
        as("nounit").queryParam("q", m).get("/api/v1/feedback").then().statusCode(200).body("items", empty());
        // Another unit's ids are as good as absent, for every operation.
        Map<String, Map<String, Object>> bodies = Map.of(
                "assign", Map.of("version", 0, "unitId", mongCai.id),
                "start", Map.of("version", 0),
                "answer", Map.of("version", 0, "answer", "x"),
                "close", Map.of("version", 0),
                "reject", Map.of("version", 0, "reason", "DUPLICATE"),
                "reopen", Map.of("version", 0),
                "priority", Map.of("version", 0, "priority", "URGENT"));
        bodies.forEach((verb, body) -> as("officer.mongcai").body(body)
                .post("/api/v1/feedback/" + inBachDang + "/" + verb).then().statusCode(404));
        as("officer.mongcai").get("/api/v1/feedback/" + inBachDang + "/history").then().statusCode(404);
        as("officer.halong").queryParam("unitId", mongCai.id).get("/api/v1/feedback").then().statusCode(404);
    }

    @Test
    void rolesThatMayNotAreRefused() {
        long id = record("officer.halong", staffBody(bachDang.id, "Vai trò " + marker()));
        anonymous().get("/api/v1/feedback").then().statusCode(401);
        anonymous().get("/api/v1/feedback/" + id).then().statusCode(401);
        anonymous().body(Map.of("version", 0)).post("/api/v1/feedback/" + id + "/start").then().statusCode(401);
        anonymous().body(staffBody(bachDang.id, "x")).post("/api/v1/feedback").then().statusCode(401);
        as("viewer").body(Map.of("version", 0)).post("/api/v1/feedback/" + id + "/start").then().statusCode(403);
        as("inspector").body(Map.of("version", 0)).post("/api/v1/feedback/" + id + "/start").then().statusCode(403);
        as("viewer").body(staffBody(bachDang.id, "x")).post("/api/v1/feedback").then().statusCode(403);
        asIntegration().get("/api/v1/feedback").then().statusCode(403);
        asIntegration().get("/api/v1/feedback/" + id).then().statusCode(403);
        asIntegration().body(Map.of("version", 0)).post("/api/v1/feedback/" + id + "/start").then().statusCode(403);
    }

    @Test
    void theWholeWayFromReceivedToClosedIsRecordedInTheHistory() {
        String code = submit(publicBody(haLong.id, "Cả quy trình " + marker()));
        long id = idOf(code);

        operate("officer.halong", id, "assign", Map.of("unitId", bachDang.id, "assignee", "officer.bachdang",
                "priority", "URGENT")).statusCode(200)
                .body("status", is("ASSIGNED")).body("assignedUnit.code", is("06694"))
                .body("assignee", is("officer.bachdang")).body("priority", is("URGENT"))
                .body("acknowledgedAt", notNullValue());
        // The unit it was assigned to sees it although it is about Hạ Long.
        as("officer.bachdang").get("/api/v1/feedback/" + id).then().statusCode(200);
        operate("officer.bachdang", id, "start").statusCode(200).body("status", is("IN_PROGRESS"));
        operate("officer.bachdang", id, "answer", Map.of("answer", "Đã trả lời tại buổi tiếp dân.")).statusCode(200)
                .body("status", is("ANSWERED")).body("answerPublished", is(true)).body("answeredAt", notNullValue());
        operate("officer.halong", id, "close").statusCode(200).body("status", is("CLOSED")).body("closedAt", notNullValue());

        as("officer.halong").get("/api/v1/feedback/" + id + "/history").then().statusCode(200)
                .body("items.action", contains("CLOSED", "ANSWERED", "STARTED", "ASSIGNED", "SUBMITTED"))
                .body("items.by", contains("officer.halong", "officer.bachdang", "officer.bachdang",
                        "officer.halong", "public"))
                .body("items[1].changes.field", hasItems("status", "answer"))
                .body("items[3].changes.find { it.field == 'assignedUnit' }.to", is("06694"));
    }

    @Test
    void operationsOutOfOrderAnswer409AndChangeNothing() {
        long id = record("officer.halong", staffBody(bachDang.id, "Sai thứ tự " + marker()));
        operate("officer.halong", id, "answer", Map.of("answer", "Sớm quá")).statusCode(409)
                .body("code", is("feedback.illegal-transition"))
                .body("detail", containsString("IN_PROGRESS"));
        operate("officer.halong", id, "close").statusCode(409);
        operate("officer.halong", id, "reopen").statusCode(409);
        operate("admin", id, "reopen").statusCode(409);
        operate("officer.halong", id, "start").statusCode(200);
        operate("officer.halong", id, "start").statusCode(409);
        // A stale version changes nothing.
        as("officer.halong").body(Map.of("answer", "Cũ", "version", 0)).post("/api/v1/feedback/" + id + "/answer")
                .then().statusCode(409).body("code", is("version.stale"));
        as("officer.halong").get("/api/v1/feedback/" + id).then().body("status", is("IN_PROGRESS")).body("answer", nullValue());
        // Missing or wrong bodies.
        as("officer.halong").post("/api/v1/feedback/" + id + "/answer").then().statusCode(400);
        as("officer.halong").body(Map.of("version", version("admin", id))).post("/api/v1/feedback/" + id + "/answer")
                .then().statusCode(400).body("errors.field", hasItem("answer"));
        as("officer.halong").body(Map.of("version", "one")).post("/api/v1/feedback/" + id + "/start").then().statusCode(400);
        as("officer.halong").body(Map.of("version", 0)).post("/api/v1/feedback/abc/start").then().statusCode(404);
        as("officer.halong").body(Map.of("version", 0)).post("/api/v1/feedback/999999999/start").then().statusCode(404);
    }

    @Test
    void assigningOutOfScopeIsRefused() {
        long id = record("officer.halong", staffBody(bachDang.id, "Giao sai " + marker()));
        operate("officer.halong", id, "assign", Map.of("unitId", mongCai.id)).statusCode(400)
                .body("errors.field", hasItem("unitId"));
        operate("officer.halong", id, "assign", Map.of("unitId", 999_999_999L)).statusCode(400);
        as("officer.halong").get("/api/v1/feedback/" + id).then().body("status", is("RECEIVED"));
    }

    @Test
    void aComplaintIsReferredWithAReasonTheSenderSees() {
        String code = submit(publicBody(bachDang.id, "Tố cáo cán bộ " + marker()));
        long id = idOf(code);
        operate("officer.bachdang", id, "reject", Map.of("reason", "SUMMARY")).statusCode(400)
                .body("errors.field", hasItem("reason"));
        operate("officer.bachdang", id, "reject", Map.of("reason", "REFERRED",
                "note", "Đây là đơn tố cáo: gửi Thanh tra thành phố theo Luật Tố cáo.")).statusCode(200)
                .body("status", is("REJECTED")).body("rejectReason", is("REFERRED")).body("closedAt", notNullValue());
        anonymous().get("/api/v1/public/feedback/" + code).then().statusCode(200)
                .body("status", is("REJECTED")).body("rejectReason", is("REFERRED"))
                .body("rejectNote", containsString("Luật Tố cáo"));
        operate("officer.bachdang", id, "reopen").statusCode(409);
        operate("admin", id, "reopen").statusCode(200).body("status", is("IN_PROGRESS")).body("rejectReason", nullValue());
    }

    @Test
    void aLowRatingLetsTheOfficerReopen() {
        String code = submit(publicBody(bachDang.id, "Chưa hài lòng " + marker()));
        long id = idOf(code);
        operate("officer.bachdang", id, "start").statusCode(200);
        operate("officer.bachdang", id, "answer", Map.of("answer", "Đã xong.")).statusCode(200);
        operate("officer.bachdang", id, "reopen").statusCode(409).body("detail", containsString("rated"));
        anonymous().body(Map.of("score", 1, "comment", "Chưa làm gì cả")).post("/api/v1/public/feedback/" + code + "/rating")
                .then().statusCode(200);
        Instant before = Instant.now().minusSeconds(1);
        operate("officer.bachdang", id, "reopen").statusCode(200)
                .body("status", is("IN_PROGRESS")).body("rating", nullValue()).body("answeredAt", nullValue());
        Instant due = Instant.parse(as("admin").get("/api/v1/feedback/" + id).then().extract().path("answerDueAt"));
        org.junit.jupiter.api.Assertions.assertTrue(due.isAfter(before), "a new answer deadline");
        as("admin").get("/api/v1/feedback/" + id + "/history").then()
                .body("items[0].action", is("REOPENED"))
                .body("items[1].action", is("RATED")).body("items[1].by", is("public"))
                .body("items[1].changes.find { it.field == 'rating' }.to", is("1"));
    }

    @Test
    void thePriorityChangesTheDeadlines() {
        long id = record("officer.halong", staffBody(bachDang.id, "Khẩn " + marker()));
        Instant normal = Instant.parse(as("admin").get("/api/v1/feedback/" + id).then().extract().path("answerDueAt"));
        operate("officer.halong", id, "priority", Map.of("priority", "URGENT")).statusCode(200)
                .body("priority", is("URGENT"));
        Instant urgent = Instant.parse(as("admin").get("/api/v1/feedback/" + id).then().extract().path("answerDueAt"));
        org.junit.jupiter.api.Assertions.assertTrue(urgent.isBefore(normal), urgent + " before " + normal);
        operate("officer.halong", id, "priority", Map.of("priority", "SOON")).statusCode(400);
    }

    @Test
    void filtersNarrowTheInbox() {
        String m = marker();
        Map<String, Object> hotline = staffBody(bachDang.id, "Đường làng xuống cấp " + m);
        hotline.put("right", "BENEFIT");
        hotline.put("receivedAt", "2025-01-06T02:00:00Z");
        long old = record("admin", hotline);
        Map<String, Object> meeting = staffBody(haLong.id, "Họp dân " + m);
        meeting.put("channel", "MEETING");
        meeting.put("type", "PETITION");
        long fresh = record("admin", meeting);

        as("admin").queryParam("q", m).queryParam("overdue", true).get("/api/v1/feedback").then()
                .body("items.id", contains((int) old)).body("items[0].overdue", is(true));
        as("admin").queryParam("q", m).queryParam("overdue", false).get("/api/v1/feedback").then()
                .body("items.id", contains((int) fresh));
        as("admin").queryParam("q", "duong lang xuong cap " + m).get("/api/v1/feedback").then()
                .body("items.id", contains((int) old));
        as("admin").queryParam("q", m).queryParam("channel", "MEETING").get("/api/v1/feedback").then()
                .body("items.id", contains((int) fresh));
        as("admin").queryParam("q", m).queryParam("type", "PETITION").get("/api/v1/feedback").then()
                .body("items.id", contains((int) fresh));
        as("admin").queryParam("q", m).queryParam("right", "BENEFIT").get("/api/v1/feedback").then()
                .body("items.id", contains((int) old));
        as("admin").queryParam("q", m).queryParam("unitId", bachDang.id).get("/api/v1/feedback").then()
                .body("items.id", contains((int) old));
        as("admin").queryParam("q", m).queryParam("from", "2025-01-06").queryParam("to", "2025-01-06")
                .get("/api/v1/feedback").then().body("items.id", contains((int) old));
        as("admin").queryParam("q", m).queryParam("status", "RECEIVED").queryParam("sort", "receivedAt,asc")
                .get("/api/v1/feedback").then().body("items.id", contains((int) old, (int) fresh));
        as("admin").queryParam("q", m).queryParam("updatedSince", Instant.now().minus(1, ChronoUnit.HOURS).toString())
                .get("/api/v1/feedback").then().body("total", is(2));
        for (String[] bad : List.of(new String[]{"status", "OPEN"}, new String[]{"overdue", "maybe"},
                new String[]{"from", "06/01/2025"}, new String[]{"sort", "sender,asc"}, new String[]{"size", "201"},
                new String[]{"right", "know"}, new String[]{"unitId", "x"})) {
            as("admin").queryParam(bad[0], bad[1]).get("/api/v1/feedback").then().statusCode(400)
                    .body("errors.field", hasItem(bad[0]));
        }
    }

    @Test
    void staffRecordFeedbackReceivedOtherwise() {
        Map<String, Object> body = staffBody(bachDang.id, "Hòm thư " + marker());
        body.put("channel", "MAILBOX");
        body.put("receivedAt", "2025-03-03T01:00:00Z");
        long id = record("officer.bachdang", body);
        as("officer.bachdang").get("/api/v1/feedback/" + id).then()
                .body("channel", is("MAILBOX")).body("recordedBy", is("officer.bachdang"))
                .body("receivedAt", is("2025-03-03T01:00:00Z"));
        for (String channel : List.of("WEB", "INTEGRATION", "FAX")) {
            Map<String, Object> wrong = staffBody(bachDang.id, "Kênh " + marker());
            wrong.put("channel", channel);
            as("officer.bachdang").body(wrong).post("/api/v1/feedback").then().statusCode(400)
                    .body("errors.field", hasItem("channel"));
        }
        Map<String, Object> future = staffBody(bachDang.id, "Tương lai");
        future.put("receivedAt", Instant.now().plus(2, ChronoUnit.DAYS).toString());
        as("officer.bachdang").body(future).post("/api/v1/feedback").then().statusCode(400)
                .body("errors.field", hasItem("receivedAt"));
        as("officer.bachdang").body(staffBody(mongCai.id, "Ngoài phạm vi")).post("/api/v1/feedback").then()
                .statusCode(400).body("errors.field", hasItem("unitId"));
        // A retried recording with its Idempotency-Key records once.
        String key = UUID.randomUUID().toString();
        Map<String, Object> retried = staffBody(bachDang.id, "Ghi lại " + marker());
        int first = as("officer.bachdang").header("Idempotency-Key", key).body(retried).post("/api/v1/feedback")
                .then().statusCode(201).extract().path("id");
        int second = as("officer.bachdang").header("Idempotency-Key", key).body(retried).post("/api/v1/feedback")
                .then().statusCode(201).extract().path("id");
        assertEquals(first, second);
    }

    @Test
    void anotherSystemSubmitsAndFollowsByTrackingCode() {
        Map<String, Object> body = publicBody(bachDang.id, "Từ hệ thống 1022 " + marker());
        Map<String, Object> created = asIntegration().body(body).post("/api/v1/feedback").then().statusCode(201)
                .body("channel", is("INTEGRATION")).body("recordedBy", notNullValue())
                .extract().as(Map.class);
        asIntegration().get("/api/v1/feedback-tracking/" + created.get("trackingCode")).then().statusCode(200)
                .body("status", is("RECEIVED")).body("trackingCode", is(created.get("trackingCode")));
        asIntegration().get("/api/v1/feedback-tracking/ABCDE-FGHJK").then().statusCode(404);
        body.put("channel", "HOTLINE");
        asIntegration().body(body).post("/api/v1/feedback").then().statusCode(400).body("errors.field", hasItem("channel"));
        // Officers of another unit cannot follow it there either.
        as("officer.mongcai").get("/api/v1/feedback-tracking/" + created.get("trackingCode")).then().statusCode(404);
    }

    private static long idOf(String trackingCode) {
        Object id = as("admin").queryParam("size", 200).queryParam("sort", "receivedAt,desc").get("/api/v1/feedback")
                .then().extract().path("items.find { it.trackingCode == '" + trackingCode + "' }.id");
        return ((Number) id).longValue();
    }

    @Test
    void staffFindAFeedbackByItsTrackingCodeInAnySpellingThePortalAccepts() {
        String m = marker();
        String code = submit(publicBody(bachDang.id, "Mã theo dõi " + m));
        long id = ((Number) as("admin").queryParam("q", m).get("/api/v1/feedback").then().statusCode(200)
                .body("total", is(1)).extract().path("items[0].id")).longValue();
        String bare = code.replace("-", "");
        for (String typed : List.of(code, code.toLowerCase(), bare, bare.toLowerCase(), " " + code.toLowerCase() + " ")) {
            as("officer.halong").queryParam("q", typed).get("/api/v1/feedback").then().statusCode(200)
                    .body("total", is(1)).body("items.id", contains((int) id)).body("items[0].trackingCode", is(code));
        }
        // Out of scope, the code finds nothing.
        as("officer.mongcai").queryParam("q", code).get("/api/v1/feedback").then().statusCode(200).body("items", empty());
    }
}
