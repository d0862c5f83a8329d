package vn.coso.webhooks;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.coso.common.time.AppClock;
import vn.coso.testing.TestUnits;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.coso.testing.Api.anonymous;
import static vn.coso.testing.Api.as;
import static vn.coso.testing.Api.asIntegration;

/** Events reach subscribers after commit, signed, retried with backoff, only from the subscription's subtree. */
@QuarkusTest
class WebhookDeliveryTest {

    @Inject
    TestUnits units;

    @Inject
    WebhookDelivery delivery;

    @Inject
    AppClock clock;

    @Inject
    EntityManager em;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static long recordFeedback(long unitId, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", unitId);
        body.put("right", "SUPERVISE");
        body.put("title", title);
        body.put("text", "Chưa công khai dự toán làm đường.");
        body.put("channel", "HOTLINE");
        body.put("senderName", "Nguyễn Văn Kín");
        body.put("senderPhone", "0912345678");
        body.put("senderEmail", "kin@example.vn");
        body.put("consent", true);
        return ((Number) as("admin").body(body).post("/api/v1/feedback").then().statusCode(201)
                .extract().path("id")).longValue();
    }

    private static JsonPath subscribe(String user, Map<String, Object> body) {
        var request = user == null ? asIntegration() : as(user);
        return request.body(body).post("/api/v1/webhooks").then().statusCode(201).extract().jsonPath();
    }

    private long deliveriesOf(long subscriptionId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM webhook_delivery WHERE subscription_id = ?1").setParameter(1, subscriptionId)
                .getSingleResult()).longValue());
    }

    @Test
    void aReceiverVerifiesTheSignatureAndGetsNoEventOutsideTheSubscriptionsUnit() throws Exception {
        try (TestReceiver receiver = new TestReceiver()) {
            JsonPath created = subscribe("admin", TestReceiver.subscription(receiver.url(),
                    List.of("feedback.received"), units.bachDang().id));
            long id = created.getLong("id");
            String secret = created.getString("secret");
            assertTrue(secret.startsWith("whsec_"));
            as("admin").get("/api/v1/webhooks/" + id).then().statusCode(200).body("secret", nullValue())
                    .body("eventTypes", is(List.of("feedback.received"))).body("enabled", is(true));

            String marker = UUID.randomUUID().toString();
            long inside = recordFeedback(units.bachDang().id, "Trong " + marker);
            recordFeedback(units.mongCai().id, "Ngoài " + marker);
            assertEquals(1, deliveriesOf(id), "one event in the subtree, none for Móng Cái");

            delivery.deliverDue();

            assertEquals(1, receiver.received().size());
            TestReceiver.Received got = receiver.received().get(0);
            assertTrue(got.id().startsWith("msg_"));
            assertTrue(WebhookSignature.verify(secret, got.id(), Long.parseLong(got.timestamp()), got.body(),
                    got.signature()), "signature " + got.signature());
            JsonPath payload = JsonPath.from(got.body());
            assertEquals("feedback.received", payload.getString("type"));
            assertEquals(inside, payload.getLong("data.feedbackId"));
            assertEquals(units.bachDang().code, payload.getString("data.unitCode"));
            assertEquals("RECEIVED", payload.getString("data.status"));
            assertTrue(payload.getString("data.trackingCode").matches("[0-9A-Z]{5}-[0-9A-Z]{5}"));
            assertFalse(got.body().contains("Kín") || got.body().contains("0912345678") || got.body().contains("kin@"),
                    "no sender in " + got.body());

            as("admin").get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(200)
                    .body("total", is(1)).body("items[0].status", is("DELIVERED"))
                    .body("items[0].messageId", is(got.id())).body("items[0].attemptLog.statusCode", is(List.of(200)));
        }
    }

    @Test
    void aReceiverThatAnswers500TwiceGetsTheEventOnTheThirdTryWithTheSameId() throws Exception {
        try (TestReceiver receiver = new TestReceiver().answering(500, 500, 200)) {
            long id = subscribe(null, TestReceiver.subscription(receiver.url(), List.of("feedback.received"), null))
                    .getLong("id");
            recordFeedback(units.bachDang().id, "Ba lần " + UUID.randomUUID());

            delivery.deliverDue();
            assertEquals(1, receiver.received().size());
            delivery.deliverDue();
            assertEquals(1, receiver.received().size(), "the retry waits for its backoff");
            clock.shift(Duration.ofSeconds(11));
            delivery.deliverDue();
            assertEquals(2, receiver.received().size());
            clock.shift(Duration.ofSeconds(15));
            delivery.deliverDue();
            assertEquals(2, receiver.received().size(), "the second wait is longer (20 s)");
            clock.shift(Duration.ofSeconds(10));
            delivery.deliverDue();

            List<TestReceiver.Received> got = receiver.received();
            assertEquals(3, got.size());
            assertEquals(1, got.stream().map(TestReceiver.Received::id).distinct().count(), "one webhook-id");
            asIntegration().get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(200)
                    .body("items[0].status", is("DELIVERED")).body("items[0].attempts", is(3))
                    .body("items[0].attemptLog.statusCode", is(List.of(500, 500, 200)));
        }
    }

    @Test
    void aLongFailureStreakDisablesTheSubscriptionUntilItIsEnabledAgain() throws Exception {
        try (TestReceiver receiver = new TestReceiver().answeringAlways(503)) {
            long id = subscribe("admin", TestReceiver.subscription(receiver.url(), List.of("feedback.received"),
                    units.mongCai().id)).getLong("id");
            for (int i = 0; i < 6; i++) {
                recordFeedback(units.mongCai().id, "Hỏng " + i + " " + UUID.randomUUID());
            }
            delivery.deliverDue();

            as("admin").get("/api/v1/webhooks/" + id).then().statusCode(200)
                    .body("enabled", is(false)).body("disabledReason", is("FAILING")).body("failureStreak", is(6));
            as("admin").get("/api/v1/webhooks/" + id + "/deliveries").then()
                    .body("items.status", everyItem(is("FAILED"))).body("total", is(6));
            long deliveryId = as("admin").get("/api/v1/webhooks/" + id + "/deliveries").then().extract()
                    .jsonPath().getLong("items[0].id");
            as("admin").post("/api/v1/webhooks/" + id + "/deliveries/" + deliveryId + "/redeliver").then()
                    .statusCode(409).body("code", is("webhook.disabled"));

            receiver.answeringAlways(204);
            int version = as("admin").get("/api/v1/webhooks/" + id).then().extract().path("version");
            Map<String, Object> enable = TestReceiver.subscription(receiver.url(), List.of("feedback.received"),
                    units.mongCai().id);
            enable.put("enabled", true);
            enable.put("version", version);
            as("admin").body(enable).put("/api/v1/webhooks/" + id).then().statusCode(200)
                    .body("enabled", is(true)).body("failureStreak", is(0));
            as("admin").post("/api/v1/webhooks/" + id + "/deliveries/" + deliveryId + "/redeliver").then()
                    .statusCode(200).body("status", is("PENDING")).body("attempts", is(0));
            int before = receiver.received().size();
            delivery.deliverDue();
            assertEquals(before + 1, receiver.received().size());
            as("admin").get("/api/v1/webhooks/" + id + "/deliveries?status=DELIVERED").then()
                    .body("total", is(1)).body("items[0].id", is((int) deliveryId));
        }
    }

    @Test
    void onlyAdminsAndSystemsManageTheirOwnSubscriptions() {
        Map<String, Object> body = TestReceiver.subscription("https://example.vn/hook", List.of("feedback.answered"), null);
        anonymous().body(body).post("/api/v1/webhooks").then().statusCode(401);
        as("officer.halong").body(body).post("/api/v1/webhooks").then().statusCode(403);
        long adminOwn = subscribe("admin", body).getLong("id");
        asIntegration().get("/api/v1/webhooks/" + adminOwn).then().statusCode(404).body("code", is("webhook.not-found"));
        asIntegration().get("/api/v1/webhooks").then().statusCode(200)
                .body("items.id", not(hasItem((int) adminOwn))).body("items.owner", everyItem(startsWith("service-account")));

        Map<String, Object> badUrl = TestReceiver.subscription("ftp://example.vn", List.of("feedback.received"), null);
        as("admin").body(badUrl).post("/api/v1/webhooks").then().statusCode(400).body("errors[0].field", is("url"));
        for (String inner : List.of("http://127.0.0.2:8080/hook", "http://[::1]/hook", "http://10.0.0.5/hook",
                "http://192.168.1.10/hook", "http://169.254.169.254/latest/meta-data", "http://2130706434/hook",
                "http://metadata.google.internal/computeMetadata", "https://localhost.localhost/hook")) {
            as("admin").body(TestReceiver.subscription(inner, List.of("feedback.received"), null)).post("/api/v1/webhooks")
                    .then().statusCode(400).body("errors[0].field", is("url"))
                    .body("errors[0].message", org.hamcrest.Matchers.containsString("inner address"));
        }
        long allowed = subscribe("admin", TestReceiver.subscription("http://127.0.0.1:9/hook", List.of("feedback.received"),
                null)).getLong("id");
        int allowedVersion = as("admin").get("/api/v1/webhooks/" + allowed).then().extract().path("version");
        Map<String, Object> moved = TestReceiver.subscription("http://169.254.169.254/hook", List.of("feedback.received"), null);
        moved.put("version", allowedVersion);
        as("admin").body(moved).put("/api/v1/webhooks/" + allowed).then().statusCode(400).body("errors[0].field", is("url"));
        as("admin").delete("/api/v1/webhooks/" + allowed).then().statusCode(204);

        Map<String, Object> badType = TestReceiver.subscription("https://example.vn", List.of("feedback.eaten"), null);
        as("admin").header("Accept-Language", "vi").body(badType).post("/api/v1/webhooks").then().statusCode(400)
                .body("errors[0].field", is("eventTypes"));
    }
}
