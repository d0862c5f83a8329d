package vn.coso.notifications;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.coso.feedback.FeedbackEscalation;
import vn.coso.common.time.AppClock;
import vn.coso.testing.PublicClient;
import vn.coso.testing.TestMailServer;
import vn.coso.testing.TestInspections;
import vn.coso.testing.TestUnits;
import vn.coso.units.Unit;
import vn.coso.units.UnitType;
import vn.coso.inspections.RecommendationReminders;
import vn.coso.webhooks.WebhookDelivery;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.time.LocalDate;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.coso.testing.Api.anonymous;
import static vn.coso.testing.Api.as;

/** Mails read back from a real SMTP server, in-app notifications, and escalation when the clock passes a deadline. */
@QuarkusTest
class NotificationTest {

    @Inject
    TestUnits units;

    @Inject
    MailDelivery mail;

    @Inject
    StaffContactRefresh directory;

    @Inject
    FeedbackEscalation escalation;

    @Inject
    DigestMail digest;

    @Inject
    AppClock clock;

    @Inject
    EntityManager em;

    @Inject
    TestInspections inspections;

    @Inject
    RecommendationReminders reminders;

    @Inject
    WebhookDelivery webhooks;

    @BeforeEach
    void staffDirectory() {
        // The demo users' units, before the directory resolves their unit codes.
        units.bachDang();
        units.mongCai();
        assertTrue(directory.refresh() >= 4, "officers and admin copied from Keycloak");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static Map<String, Object> feedback(long unitId, String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", unitId);
        body.put("right", "SUPERVISE");
        body.put("title", "Đèn đường hỏng " + UUID.randomUUID().toString().substring(0, 8));
        body.put("text", "Đèn đường thôn 2 hỏng đã một tháng.");
        if (email != null) {
            body.put("senderName", "Trần Thị Hoa");
            body.put("senderEmail", email);
            body.put("consent", true);
        }
        return body;
    }

    private static String citizen() {
        return "dan-" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
    }

    private static long recordAsAdmin(Map<String, Object> body) {
        body.put("channel", "HOTLINE");
        return ((Number) as("admin").body(body).post("/api/v1/feedback").then().statusCode(201).extract().path("id"))
                .longValue();
    }

    private static void operate(long id, String verb, Map<String, Object> extra) {
        int version = as("admin").get("/api/v1/feedback/" + id).then().statusCode(200).extract().path("version");
        Map<String, Object> body = new HashMap<>(extra);
        body.put("version", version);
        as("admin").body(body).post("/api/v1/feedback/" + id + "/" + verb).then().statusCode(200);
    }

    private void sendMail() {
        while (mail.sendDue() > 0) {
            // until the outbox is empty
        }
    }

    @Test
    void theCitizensReceiptIsInVietnameseWithTheTrackingCodeAndAWorkingUnsubscribeLink() {
        String address = citizen();
        // The receipt is written in the language the citizen's browser asked for.
        String code = PublicClient.fresh().request("vi")
                .body(feedback(units.bachDang().id, address))
                .post("/api/v1/public/feedback").then().statusCode(201).extract().path("trackingCode");
        assertTrue(TestMailServer.to(address).isEmpty(), "nothing is sent inside the request");

        sendMail();

        List<TestMailServer.Received> mails = TestMailServer.to(address);
        assertEquals(1, mails.size());
        TestMailServer.Received receipt = mails.get(0);
        assertTrue(receipt.subject().contains("Đã nhận ý kiến") && receipt.subject().contains(code), receipt.subject());
        assertTrue(receipt.body().contains("Mã theo dõi: " + code), receipt.body());
        assertTrue(receipt.body().contains("/portal/track/" + code), receipt.body());
        assertTrue(receipt.messageId().endsWith("@coso>"), receipt.messageId());
        Matcher link = Pattern.compile("http://localhost:8080(/api/v1/public/unsubscribe\\?token=\\S+)").matcher(receipt.body());
        assertTrue(link.find(), receipt.body());

        anonymous("vi").get(link.group(1)).then().statusCode(200).body("unsubscribed", is(true))
                .body("message", is("Bạn sẽ không nhận thêm thư nào từ Coso ở địa chỉ này."));
        anonymous().get(link.group(1).replace("token=", "token=x")).then().statusCode(400)
                .body("code", is("notification.unsubscribe.invalid"));
        long kept = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM mail_unsubscribe").getSingleResult()).longValue());
        assertTrue(kept >= 1);

        long id = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT id FROM feedback WHERE tracking_code = ?1").setParameter(1, code.replace("-", ""))
                .getSingleResult()).longValue());
        operate(id, "start", Map.of());
        operate(id, "answer", Map.of("answer", "Đã thay bóng đèn."));
        sendMail();
        assertEquals(1, TestMailServer.to(address).size(), "no mail after unsubscribing");
    }

    @Test
    void theCitizenIsToldWhenTheAnswerIsPublishedAndWhenItIsReopened() {
        String address = citizen();
        long id = recordAsAdmin(feedback(units.mongCai().id, address));
        operate(id, "start", Map.of());
        operate(id, "answer", Map.of("answer", "Đã sửa."));
        operate(id, "reopen", Map.of());
        sendMail();

        List<String> subjects = TestMailServer.to(address).stream().map(TestMailServer.Received::subject).toList();
        assertEquals(3, subjects.size(), subjects.toString());
        assertTrue(subjects.get(0).startsWith("Đã nhận ý kiến"), subjects.toString());
        assertTrue(subjects.stream().anyMatch(s -> s.contains("đã được trả lời")), subjects.toString());
        assertTrue(subjects.stream().anyMatch(s -> s.contains("được mở lại")), subjects.toString());
    }

    @Test
    void theOfficersOfTheUnitAreToldOfNewFeedbackByMailAndInTheApp() {
        sendMail();
        int before = TestMailServer.to("officer.bachdang@coso.local").size();
        String code = PublicClient.fresh().request().body(feedback(units.bachDang().id, null))
                .post("/api/v1/public/feedback").then().statusCode(201).extract().path("trackingCode");
        sendMail();

        List<TestMailServer.Received> mails = TestMailServer.to("officer.bachdang@coso.local");
        assertEquals(before + 1, mails.size());
        assertTrue(mails.get(mails.size() - 1).subject().contains("Ý kiến mới " + code), mails.get(mails.size() - 1).subject());

        var page = as("officer.bachdang").get("/api/v1/notifications?unread=true").then().statusCode(200)
                .body("items.title", hasItem("Ý kiến mới " + code + " về " + units.bachDang().name)).extract().jsonPath();
        long notificationId = page.getLong("items[0].id");
        int unread = as("officer.bachdang").get("/api/v1/notifications/unread-count").then().extract().path("unread");
        as("officer.bachdang").post("/api/v1/notifications/" + notificationId + "/read").then().statusCode(200)
                .body("readAt", notNullValue());
        as("officer.bachdang").get("/api/v1/notifications/unread-count").then().body("unread", is(unread - 1));
        as("officer.mongcai").post("/api/v1/notifications/" + notificationId + "/read").then().statusCode(404);
        anonymous().get("/api/v1/notifications").then().statusCode(401);
    }

    @Test
    void aMissedDeadlineEscalatesToTheParentUnitThenToTheProvinceAndShowsInTheInbox() {
        sendMail();
        long id = recordAsAdmin(feedback(units.bachDang().id, null));
        int halong = TestMailServer.to("officer.halong@coso.local").size();
        int admin = TestMailServer.to("admin@coso.local").size();

        clock.shift(Duration.ofDays(40));
        assertTrue(escalation.scan() >= 1);
        sendMail();

        as("admin").get("/api/v1/feedback/" + id).then().statusCode(200)
                .body("escalation.level", is(1)).body("escalation.unit.code", is(units.haLong().code));
        as("admin").get("/api/v1/feedback/" + id + "/history").then().statusCode(200)
                .body("items.action", hasItem("ESCALATED"));
        List<TestMailServer.Received> toHalong = TestMailServer.to("officer.halong@coso.local");
        assertTrue(toHalong.size() > halong);
        assertTrue(toHalong.subList(halong, toHalong.size()).stream().anyMatch(m -> m.subject().contains("quá hạn tiếp nhận")
                && m.subject().endsWith("chuyển lên " + units.haLong().name)), "the parent unit's officers are told");

        escalation.scan();
        as("admin").get("/api/v1/feedback/" + id).then().body("escalation.level", is(1));

        clock.shift(Duration.ofDays(3));
        escalation.scan();
        sendMail();
        as("admin").get("/api/v1/feedback/" + id).then().body("escalation.level", is(2))
                .body("escalation.unit.code", is(units.province().code));
        assertTrue(TestMailServer.to("admin@coso.local").size() > admin, "the province is told");
    }

    @Test
    void inACountryTheLastStepIsTheFeedbacksOwnProvince() {
        Unit bacNinh = units.create("Tỉnh Bắc Ninh", UnitType.PROVINCE, null);
        Unit tuSon = units.create("Thành phố Từ Sơn", UnitType.DISTRICT, bacNinh);
        long id = recordAsAdmin(feedback(units.create("Phường Đông Ngàn", UnitType.COMMUNE, tuSon).id, null));

        clock.shift(Duration.ofDays(40));
        escalation.scan();
        as("admin").get("/api/v1/feedback/" + id).then().body("escalation.level", is(1))
                .body("escalation.unit.code", is(tuSon.code));
        clock.shift(Duration.ofDays(3));
        escalation.scan();
        as("admin").get("/api/v1/feedback/" + id).then().body("escalation.level", is(2))
                .body("escalation.unit.code", is(bacNinh.code));
    }

    @Test
    void aDigestPreferenceHoldsTheMailsForOneDailyMail() {
        as("officer.mongcai").body(Map.of("events", Map.of("feedback.received", "DIGEST"))).put("/api/v1/notifications/preferences")
                .then().statusCode(200).body("events.'feedback.received'", is("DIGEST")).body("events.'feedback.overdue'", is("MAIL"))
                .body("events.'consultation.commented'", is("MAIL")).body("language", is("vi"));
        as("officer.mongcai").body(Map.of("events", Map.of("feedback.eaten", "MAIL"))).put("/api/v1/notifications/preferences")
                .then().statusCode(400).body("errors[0].field", is("events"));
        sendMail();
        int before = TestMailServer.to("officer.mongcai@coso.local").size();
        recordAsAdmin(feedback(units.mongCai().id, null));
        recordAsAdmin(feedback(units.mongCai().id, null));
        sendMail();
        assertEquals(before, TestMailServer.to("officer.mongcai@coso.local").size(), "no mail per event");

        assertTrue(digest.send() >= 1);
        sendMail();
        List<TestMailServer.Received> mails = TestMailServer.to("officer.mongcai@coso.local");
        assertEquals(before + 1, mails.size());
        assertTrue(mails.get(mails.size() - 1).subject().startsWith("Coso: "), mails.get(mails.size() - 1).subject());
        assertTrue(mails.get(mails.size() - 1).body().contains("Ý kiến mới"), mails.get(mails.size() - 1).body());
    }

    private long unreadCount(String user) {
        return ((Number) as(user).get("/api/v1/notifications/unread-count").then().statusCode(200).extract()
                .path("unread")).longValue();
    }

    @Test
    void theOfficersAreToldOfACommentOnTheirConsultationWithoutItsAuthor() {
        sendMail();
        int before = TestMailServer.to("officer.bachdang@coso.local").size();
        String title = "Dự thảo góp ý " + UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = LocalDate.now(AppClock.VIETNAM);
        long id = ((Number) as("officer.bachdang").body(Map.of("unitId", units.bachDang().id, "kind", "REGULATION",
                "title", title, "text", "Điều 1.", "opensOn", today.minusDays(1).toString(),
                "closesOn", today.plusDays(10).toString())).post("/api/v1/consultations").then().statusCode(201)
                .extract().path("id")).longValue();
        as("officer.bachdang").body(Map.of("version", 0)).post("/api/v1/consultations/" + id + "/publish")
                .then().statusCode(200);
        PublicClient.fresh().request().body(Map.of("text", "Đề nghị công khai", "authorName", "Ông Góp Ý",
                "authorEmail", "gop.y@example.vn", "consent", true))
                .post("/api/v1/public/consultations/" + id + "/comments").then().statusCode(201);
        sendMail();

        String expected = "Góp ý mới về dự thảo \"" + title + "\" của " + units.bachDang().name;
        as("officer.bachdang").get("/api/v1/notifications?unread=true").then().statusCode(200)
                .body("items.find { it.recordId == " + id + " }.title", is(expected))
                .body("items.find { it.recordId == " + id + " }.recordType", is("consultation"))
                .body("items.find { it.recordId == " + id + " }.eventType", is("consultation.commented"));
        List<TestMailServer.Received> mails = TestMailServer.to("officer.bachdang@coso.local");
        assertEquals(before + 1, mails.size());
        TestMailServer.Received mail = mails.get(mails.size() - 1);
        assertEquals(expected, mail.subject());
        assertTrue(mail.body().contains("/consultations/" + id), mail.body());
        assertTrue(!mail.body().contains("Ông Góp Ý") && !mail.body().contains("gop.y@"), mail.body());
    }

    @Test
    void aRecommendationFallingDueIsAnnouncedOnceToTheResponsibleUnitsOfficers() {
        sendMail();
        LocalDate today = LocalDate.now(AppClock.VIETNAM);
        LocalDate due = today.plusDays(3);
        long inspection = inspections.concluded(units.bachDang(), "Kết luận " + UUID.randomUUID(), units.bachDang(), due);
        long later = inspections.concluded(units.bachDang(), "Kết luận sau", units.bachDang(), today.plusDays(30));
        int mailsBefore = TestMailServer.to("officer.bachdang@coso.local").size();

        assertTrue(reminders.scan() >= 1);
        sendMail();
        String expected = "Kiến nghị của cuộc kiểm tra số " + inspection + " giao " + units.bachDang().name
                + " đến hạn ngày " + due.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        var page = as("officer.bachdang").get("/api/v1/notifications?size=200").then().statusCode(200)
                .body("items.find { it.recordId == " + inspection + " && it.recordType == 'inspection' }.title", is(expected))
                .extract().jsonPath();
        assertEquals(0, page.getList("items.findAll { it.recordId == " + later + " && it.recordType == 'inspection' }").size(),
                "a recommendation due in a month is not announced yet");
        assertTrue(TestMailServer.to("officer.bachdang@coso.local").subList(mailsBefore,
                TestMailServer.to("officer.bachdang@coso.local").size()).stream().anyMatch(m -> m.subject().equals(expected)));

        // Saved again unchanged (the recommendations are written anew), scanned again: no second announcement.
        inspections.saveConclusion(inspection, "Kết luận sửa", units.bachDang(), due, 0);
        reminders.scan();
        long announcements = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM notification WHERE record_type = 'inspection' AND record_id = ?1"
                        + " AND username = 'officer.bachdang'").setParameter(1, inspection).getSingleResult()).longValue());
        assertEquals(1, announcements);
    }

    @Test
    void anOfficerWhoChoseEnglishGetsMailsAndNotificationsInEnglish() {
        try {
            as("officer.mongcai").body(Map.of("language", "EN")).put("/api/v1/notifications/preferences").then()
                    .statusCode(200).body("language", is("en")).body("events.'feedback.received'", notNullValue());
            as("officer.mongcai").body(Map.of("language", "fr")).put("/api/v1/notifications/preferences").then()
                    .statusCode(400).body("errors[0].field", is("language"));
            as("officer.mongcai").get("/api/v1/notifications/preferences").then().body("language", is("en"));
            as("officer.mongcai").body(Map.of("events", Map.of("feedback.received", "MAIL")))
                    .put("/api/v1/notifications/preferences").then().statusCode(200);
            sendMail();
            int before = TestMailServer.to("officer.mongcai@coso.local").size();
            recordAsAdmin(feedback(units.mongCai().id, null));
            sendMail();
            List<TestMailServer.Received> mails = TestMailServer.to("officer.mongcai@coso.local");
            assertEquals(before + 1, mails.size());
            TestMailServer.Received mail = mails.get(mails.size() - 1);
            assertTrue(mail.subject().startsWith("New feedback "), mail.subject());
            assertTrue(mail.body().startsWith("Dear "), mail.body());
            as("officer.mongcai").get("/api/v1/notifications").then()
                    .body("items[0].title", org.hamcrest.Matchers.startsWith("New feedback "));
        } finally {
            as("officer.mongcai").body(Map.of("language", "vi")).put("/api/v1/notifications/preferences").then()
                    .statusCode(200);
        }
    }

    @Test
    void theAdminsAreMailedWhenASubscriptionIsDisabledAfterItsFailureStreak() throws Exception {
        HttpServer failing = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        failing.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        failing.start();
        try {
            long id = ((Number) as("admin").body(Map.of("url", "http://127.0.0.1:" + failing.getAddress().getPort() + "/hook",
                    "eventTypes", List.of("feedback.received"), "unitId", units.mongCai().id))
                    .post("/api/v1/webhooks").then().statusCode(201).extract().path("id")).longValue();
            sendMail();
            int before = TestMailServer.to("admin@coso.local").size();
            for (int i = 0; i < 6; i++) {
                recordAsAdmin(feedback(units.mongCai().id, null));
            }
            webhooks.deliverDue();
            as("admin").get("/api/v1/webhooks/" + id).then().body("enabled", is(false));
            sendMail();
            List<TestMailServer.Received> mails = TestMailServer.to("admin@coso.local");
            var alert = mails.subList(before, mails.size()).stream()
                    .filter(m -> m.subject().equals("Coso: đăng ký webhook " + id + " đã bị tạm ngừng")).toList();
            assertEquals(1, alert.size(), mails.subList(before, mails.size()).stream().map(TestMailServer.Received::subject).toList().toString());
            assertTrue(alert.get(0).body().contains("6 lần gửi thất bại"), alert.get(0).body());
        } finally {
            failing.stop(0);
        }
    }
}
