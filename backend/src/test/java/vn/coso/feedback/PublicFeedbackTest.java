package vn.coso.feedback;

import vn.coso.common.rights.DemocracyRight;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.coso.testing.PublicClient;
import vn.coso.testing.TestUnits;
import vn.coso.units.Unit;
import vn.coso.units.UnitType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.coso.feedback.FeedbackFixtures.marker;
import static vn.coso.feedback.FeedbackFixtures.operate;
import static vn.coso.feedback.FeedbackFixtures.publicBody;
import static vn.coso.feedback.FeedbackFixtures.submit;
import static vn.coso.feedback.FeedbackFixtures.withSender;
import static vn.coso.testing.Api.anonymous;
import static vn.coso.testing.Api.as;

/** The public portal: intake, tracking, rating, retries, floods and bad input, all signed out. */
@QuarkusTest
class PublicFeedbackTest {

    private static final String CODE = "^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$";

    @Inject
    TestUnits units;

    @Inject
    FeedbackRepository feedback;

    Unit bachDang;

    @BeforeEach
    void tree() {
        bachDang = units.bachDang();
    }

    private Feedback stored(String trackingCode) {
        return QuarkusTransaction.requiringNew().call(() -> feedback
                .findByTrackingCode(trackingCode.replace("-", "")).map(f -> {
                    f.unit.code.length();
                    return f;
                }).orElse(null));
    }

    private FeedbackSender senderOf(long id) {
        return QuarkusTransaction.requiringNew().call(() -> feedback.senderOf(id).orElse(null));
    }

    private long countWithTitle(String title) {
        return QuarkusTransaction.requiringNew().call(() -> feedback.count("title", title));
    }

    @Test
    void aCitizenSubmitsWithoutAnAccountAndGetsAnUnguessableTrackingCode() {
        String title = "Công khai dự toán " + marker();
        Response response = PublicClient.fresh().request()
                .body(withSender(publicBody(bachDang.id, title), "Nguyễn Văn An", "0912 345 678", "an@example.vn"))
                .post("/api/v1/public/feedback");
        response.then().statusCode(201)
                .body("trackingCode", matchesPattern(CODE))
                .body("status", is("RECEIVED"))
                .body("unit.code", is("06694"))
                .body("acknowledgeDueAt", notNullValue())
                .body("answerDueAt", notNullValue())
                .body("$", not(org.hamcrest.Matchers.hasKey("senderName")));
        String code = response.path("trackingCode");
        assertTrue(response.header("Location").endsWith("/api/v1/public/feedback/" + code));

        Feedback saved = stored(code);
        assertEquals(title, saved.title);
        assertEquals(FeedbackEnums.Channel.WEB, saved.channel);
        assertEquals(FeedbackEnums.Type.FEEDBACK, saved.type);
        assertEquals(DemocracyRight.SUPERVISE, saved.right);
        assertTrue(!saved.anonymous);
        assertNull(saved.recordedBy);
        assertTrue(saved.acknowledgeDueAt.isAfter(saved.receivedAt));
        assertTrue(saved.answerDueAt.isAfter(saved.acknowledgeDueAt));
        FeedbackSender sender = senderOf(saved.id);
        assertEquals("Nguyễn Văn An", sender.name);
        assertEquals("0912 345 678", sender.phone);
        assertNotNull(sender.consentedAt);
        // Not derived from the id: many codes, all different, in no order.
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            codes.add(submit(publicBody(bachDang.id, "Mã " + marker())));
        }
        assertEquals(3, codes.size());
        assertTrue(codes.stream().allMatch(c -> c.matches(CODE)));
        assertTrue(!code.contains(String.valueOf(saved.id)) || saved.id > 99_999, "code does not spell the id");
    }

    @Test
    void theTrackingPageShowsStatusAndPublishedAnswerButNeverTheSender() {
        String title = "Theo dõi " + marker();
        String code = submit(withSender(publicBody(bachDang.id, title), "Trần Thị Bình", "0987654321", "binh@example.vn"));
        String typed = code.replace("-", "").toLowerCase();
        String body = PublicClient.fresh().request().get("/api/v1/public/feedback/" + typed)
                .then().statusCode(200)
                .body("trackingCode", is(code))
                .body("status", is("RECEIVED"))
                .body("title", is(title))
                .body("answer", nullValue())
                .body("canRate", is(false))
                .extract().asString();
        assertTrue(!body.contains("Bình") && !body.contains("0987654321") && !body.contains("binh@"), body);

        long id = stored(code).id;
        operate("officer.halong", id, "start").statusCode(200);
        operate("officer.halong", id, "answer", Map.of("answer", "Xã đã niêm yết dự toán tại nhà văn hóa thôn 3."))
                .statusCode(200);
        PublicClient.fresh().request().get("/api/v1/public/feedback/" + code).then().statusCode(200)
                .body("status", is("ANSWERED"))
                .body("answer", is("Xã đã niêm yết dự toán tại nhà văn hóa thôn 3."))
                .body("answeredAt", notNullValue())
                .body("canRate", is(true));
    }

    @Test
    void anInternalAnswerIsNotShownOnTheTrackingPage() {
        String code = submit(publicBody(bachDang.id, "Nội bộ " + marker()));
        long id = stored(code).id;
        operate("admin", id, "start").statusCode(200);
        operate("admin", id, "answer", Map.of("answer", "Ghi chú nội bộ", "published", false)).statusCode(200)
                .body("answerPublished", is(false));
        PublicClient.fresh().request().get("/api/v1/public/feedback/" + code).then().statusCode(200)
                .body("status", is("ANSWERED")).body("answer", nullValue());
    }

    @Test
    void unknownOrMalformedCodesAnswer404() {
        for (String code : List.of("ABCDE-FGHJK", "0000000000", "short", "K7M2Q-X9P4T-EXTRA", "%E1%BA%A1")) {
            PublicClient.fresh().request().get("/api/v1/public/feedback/" + code).then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("code", is("feedback.tracking-code.unknown"));
        }
    }

    @Test
    void anonymousDropsAnySenderDataGiven() {
        Map<String, Object> body = withSender(publicBody(bachDang.id, "Ẩn danh " + marker()), "Lê Văn C", "0911111111", null);
        body.put("anonymous", true);
        body.remove("consent");
        String code = submit(body);
        Feedback saved = stored(code);
        assertTrue(saved.anonymous);
        assertNull(senderOf(saved.id));
        as("admin").get("/api/v1/feedback/" + saved.id).then().statusCode(200)
                .body("anonymous", is(true)).body("sender", nullValue());
    }

    @Test
    void senderDataWithoutConsentIsRefusedAndNothingIsWritten() {
        String title = "Không đồng ý " + marker();
        Map<String, Object> body = withSender(publicBody(bachDang.id, title), "Phạm D", null, null);
        body.put("consent", false);
        PublicClient.fresh().request().body(body).post("/api/v1/public/feedback").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("consent"));
        assertEquals(0, countWithTitle(title));
    }

    @Test
    void badInputAnswers400NamingTheFieldAndWritesNothing() {
        String title = "Sai " + marker();
        record Case(String field, Object value, String expectedField) {
        }
        List<Case> cases = List.of(
                new Case("unitId", null, "unitId"),
                new Case("unitId", 999_999_999L, "unitId"),
                new Case("unitId", "abc", "unitId"),
                new Case("right", "VOTE", "right"),
                new Case("right", null, "right"),
                new Case("type", "COMPLAINT", "type"),
                new Case("title", "x".repeat(201), "title"),
                new Case("title", "  ", "title"),
                new Case("title", "tab\tin title", "title"),
                new Case("text", "y".repeat(5001), "text"),
                new Case("text", "bell\u0007", "text"),
                new Case("senderEmail", "not-an-email", "senderEmail"),
                new Case("senderPhone", "call me maybe", "senderPhone"),
                new Case("anonymous", "yes", "anonymous"),
                new Case("surprise", 1, "surprise"));
        PublicClient client = PublicClient.fresh();
        for (Case c : cases) {
            Map<String, Object> body = publicBody(bachDang.id, title);
            body.put(c.field(), c.value());
            client.request().body(body).post("/api/v1/public/feedback").then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem(c.expectedField()));
        }
        client.request().body("{\"unitId\": ").post("/api/v1/public/feedback").then().statusCode(400)
                .body("code", is("json.malformed"));
        client.request().body("[]").post("/api/v1/public/feedback").then().statusCode(400);
        assertEquals(0, countWithTitle(title));
    }

    @Test
    void aDissolvedUnitCannotReceiveFeedback() {
        Unit dissolved = units.create("Xã đã sáp nhập", UnitType.COMMUNE, units.haLong());
        QuarkusTransaction.requiringNew().run(() -> units.reload(dissolved.id).active = false);
        PublicClient.fresh().request().body(publicBody(dissolved.id, "Cũ " + marker())).post("/api/v1/public/feedback")
                .then().statusCode(400).body("errors.field", hasItem("unitId"));
    }

    @Test
    void aBodyOverThePublicLimitAnswers413() {
        // Public operations take at most 64 KB (coso.http.max-public-body-size), staff ones 1 MB.
        for (int size : List.of(70_000, 1_100_000)) {
            Map<String, Object> body = publicBody(bachDang.id, "Lớn");
            body.put("text", "z".repeat(size));
            PublicClient.fresh().request().body(body).post("/api/v1/public/feedback").then().statusCode(413)
                    .contentType("application/problem+json").body("code", is("request.too-large"));
        }
    }

    @Test
    void textIsStoredAsGivenNotInterpreted() {
        String text = "<script>alert('x')</script> & \"quotes\" — Đường thôn";
        Map<String, Object> body = publicBody(bachDang.id, "<b>Tiêu đề</b> " + marker());
        body.put("text", text);
        String code = submit(body);
        Feedback saved = stored(code);
        assertEquals(text, saved.text);
        assertTrue(saved.title.startsWith("<b>Tiêu đề</b>"));
        // JSON carries it as a string; escaping for HTML is the renderer's job.
        as("admin").get("/api/v1/feedback/" + saved.id).then().body("text", is(text));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyCreatesOneFeedback() {
        String title = "Gửi lại " + marker();
        String key = UUID.randomUUID().toString();
        PublicClient client = PublicClient.fresh();
        String first = client.request().header("Idempotency-Key", key).body(publicBody(bachDang.id, title))
                .post("/api/v1/public/feedback").then().statusCode(201).extract().path("trackingCode");
        String second = client.request().header("Idempotency-Key", key).body(publicBody(bachDang.id, title))
                .post("/api/v1/public/feedback").then().statusCode(201).extract().path("trackingCode");
        assertEquals(first, second);
        assertEquals(1, countWithTitle(title));

        client.request().header("Idempotency-Key", key).body(publicBody(bachDang.id, title + " khác"))
                .post("/api/v1/public/feedback").then().statusCode(422)
                .contentType("application/problem+json").body("code", is("idempotency.key-reused"));
        client.request().header("Idempotency-Key", "có dấu").body(publicBody(bachDang.id, title))
                .post("/api/v1/public/feedback").then().statusCode(400).body("errors.field", hasItem("Idempotency-Key"));
        assertEquals(1, countWithTitle(title));
    }

    @Test
    void anIdempotencyKeyIsBoundToTheSendersAddress() {
        String title = "Khóa của người khác " + marker();
        String key = UUID.randomUUID().toString();
        String first = PublicClient.fresh().request().header("Idempotency-Key", key).body(publicBody(bachDang.id, title))
                .post("/api/v1/public/feedback").then().statusCode(201).extract().path("trackingCode");
        // Someone else sending the same key and body learns nothing of the first sender's feedback.
        String other = PublicClient.fresh().request().header("Idempotency-Key", key).body(publicBody(bachDang.id, title))
                .post("/api/v1/public/feedback").then().statusCode(201).extract().path("trackingCode");
        assertNotEquals(first, other);
        assertEquals(2, countWithTitle(title));
    }

    @Test
    void aBurstFromOneClientGets429AndEveryAcceptedOneIsKept() {
        // The test profile allows 5 submissions per client and window.
        PublicClient client = PublicClient.fresh();
        List<String> accepted = new ArrayList<>();
        int refused = 0;
        String retryAfter = null;
        for (int i = 0; i < 8; i++) {
            Response response = client.request().body(publicBody(bachDang.id, "Dồn dập " + i + " " + marker()))
                    .post("/api/v1/public/feedback");
            if (response.statusCode() == 201) {
                accepted.add(response.path("trackingCode"));
            } else {
                response.then().statusCode(429).contentType("application/problem+json")
                        .body("code", is("rate-limit.exceeded"));
                retryAfter = response.header("Retry-After");
                refused++;
            }
        }
        assertEquals(5, accepted.size());
        assertEquals(3, refused);
        assertTrue(Long.parseLong(retryAfter) >= 1);
        for (String code : accepted) {
            assertNotNull(stored(code), code);
        }
        // Another client is not held back.
        PublicClient.fresh().request().body(publicBody(bachDang.id, "Người khác " + marker()))
                .post("/api/v1/public/feedback").then().statusCode(201);
    }

    @Test
    void lookingUpCodesIsRateLimitedToo() {
        // The test profile allows 30 look-ups per client and window: guessing codes gets nowhere.
        PublicClient client = PublicClient.fresh();
        String code = submit(publicBody(bachDang.id, "Tra cứu " + marker()));
        for (int i = 0; i < 29; i++) {
            client.request().get("/api/v1/public/feedback/ABCDE-FGH" + "JKMNPQRSTU".charAt(i % 10)).then().statusCode(404);
        }
        client.request().get("/api/v1/public/feedback/" + code).then().statusCode(200);
        client.request().get("/api/v1/public/feedback/" + code).then().statusCode(429)
                .header("Retry-After", notNullValue()).body("code", is("rate-limit.exceeded"));
        PublicClient.fresh().request().get("/api/v1/public/feedback/" + code).then().statusCode(200);
    }

    @Test
    void clientAddressesAreKeptOnlyAsSaltedHashesNeverWithTheFeedback() {
        PublicClient client = PublicClient.fresh();
        String code = client.request().body(publicBody(bachDang.id, "Địa chỉ " + marker()))
                .post("/api/v1/public/feedback").then().statusCode(201).extract().path("trackingCode");
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> feedback.getEntityManager()
                .createNativeQuery("SELECT client_hash FROM rate_limit_window").getResultList());
        assertTrue(!rows.isEmpty());
        assertTrue(rows.stream().noneMatch(r -> r.toString().contains(client.address())));
        String row = QuarkusTransaction.requiringNew().call(() -> String.valueOf(java.util.Arrays.asList((Object[])
                feedback.getEntityManager().createNativeQuery("SELECT * FROM feedback WHERE tracking_code = ?1")
                        .setParameter(1, code.replace("-", "")).getSingleResult())));
        assertTrue(!row.contains(client.address()), row);
    }

    @Test
    void theSenderRatesTheAnswerOnce() {
        String code = submit(publicBody(bachDang.id, "Đánh giá " + marker()));
        PublicClient client = PublicClient.fresh();
        client.request().body(Map.of("score", 4)).post("/api/v1/public/feedback/" + code + "/rating")
                .then().statusCode(409).body("code", is("feedback.rating.not-allowed"));
        long id = stored(code).id;
        operate("officer.bachdang", id, "start").statusCode(200);
        operate("officer.bachdang", id, "answer", Map.of("answer", "Đã xử lý.")).statusCode(200);
        for (Object score : List.of(0, 6, "five")) {
            client.request().body(Map.of("score", score)).post("/api/v1/public/feedback/" + code + "/rating")
                    .then().statusCode(400).body("errors.field", hasItem("score"));
        }
        client.request().body(Map.of("score", 4, "comment", "Cảm ơn")).post("/api/v1/public/feedback/" + code + "/rating")
                .then().statusCode(200).body("rating", is(4)).body("canRate", is(false));
        client.request().body(Map.of("score", 1)).post("/api/v1/public/feedback/" + code + "/rating")
                .then().statusCode(409);
        assertEquals(4, stored(code).rating);
        anonymous().body(Map.of("score", 5)).post("/api/v1/public/feedback/ABCDE-FGHJK/rating").then().statusCode(404);
    }

    @Test
    void thePublicUnitSearchFindsUnitsWithoutDiacriticsAndSignedOut() {
        Unit dissolved = units.create("Phường Bạch Đằng cũ " + marker(), UnitType.COMMUNE, units.haLong());
        QuarkusTransaction.requiringNew().run(() -> units.reload(dissolved.id).active = false);
        anonymous().queryParam("q", "bach dang").queryParam("size", 200).get("/api/v1/public/units").then().statusCode(200)
                .body("items.code", hasItem("06694"))
                .body("items.code", not(hasItem(dissolved.code)))
                .body("items.find { it.code == '06694' }.parentName", is("Thành phố Hạ Long"));
        anonymous().queryParam("q", "x".repeat(101)).get("/api/v1/public/units").then().statusCode(400);
        anonymous().queryParam("size", 201).get("/api/v1/public/units").then().statusCode(400);
        anonymous().queryParam("q", "100%_!").get("/api/v1/public/units").then().statusCode(200).body("total", equalTo(0));
    }
}
