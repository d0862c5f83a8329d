package vn.coso.feedback;

import io.restassured.response.ValidatableResponse;
import vn.coso.testing.PublicClient;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static vn.coso.testing.Api.as;

/** Request bodies and shortcuts of the feedback tests. */
final class FeedbackFixtures {

    private FeedbackFixtures() {
    }

    /** A word found in no other record, to find this test's feedback with q. */
    static String marker() {
        return "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    static Map<String, Object> publicBody(long unitId, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", unitId);
        body.put("right", "SUPERVISE");
        body.put("title", title);
        body.put("text", "Thôn 3 chưa công khai dự toán làm đường.\nĐề nghị xã công khai.");
        return body;
    }

    static Map<String, Object> withSender(Map<String, Object> body, String name, String phone, String email) {
        body.put("senderName", name);
        body.put("senderPhone", phone);
        body.put("senderEmail", email);
        body.put("consent", true);
        return body;
    }

    static Map<String, Object> staffBody(long unitId, String title) {
        Map<String, Object> body = publicBody(unitId, title);
        body.put("channel", "HOTLINE");
        return body;
    }

    /** Submits through the portal as a fresh client; answers the tracking code. */
    static String submit(Map<String, Object> body) {
        return PublicClient.fresh().request().body(body).post("/api/v1/public/feedback")
                .then().statusCode(201).extract().path("trackingCode");
    }

    /** Records as staff; answers the id. */
    static long record(String user, Map<String, Object> body) {
        return ((Number) as(user).body(body).post("/api/v1/feedback")
                .then().statusCode(201).extract().path("id")).longValue();
    }

    static int version(String user, long id) {
        return as(user).get("/api/v1/feedback/" + id).then().statusCode(200).extract().path("version");
    }

    static ValidatableResponse operate(String user, long id, String verb, Map<String, Object> body) {
        Map<String, Object> withVersion = new HashMap<>(body);
        withVersion.putIfAbsent("version", version("admin", id));
        return as(user).body(withVersion).post("/api/v1/feedback/" + id + "/" + verb).then();
    }

    static ValidatableResponse operate(String user, long id, String verb) {
        return operate(user, id, verb, Map.of());
    }
}
