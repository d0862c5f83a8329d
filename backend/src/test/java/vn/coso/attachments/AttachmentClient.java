package vn.coso.attachments;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import vn.coso.testing.PublicClient;
import vn.coso.testing.Tokens;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static vn.coso.testing.Api.as;

/** Requests of the attachment tests. */
final class AttachmentClient {

    private AttachmentClient() {
    }

    static RequestSpecification signedIn(String user) {
        return RestAssured.given().auth().oauth2(Tokens.of(user));
    }

    static Response upload(String user, String kind, long ownerId, String name, byte[] content, String visibility) {
        return multipart(signedIn(user), name, content, visibility).post("/api/v1/attachments/" + kind + "/" + ownerId);
    }

    static Response publicUpload(PublicClient client, String trackingCode, String name, byte[] content, String visibility) {
        return multipart(RestAssured.given().header("X-Forwarded-For", client.address()), name, content, visibility)
                .post("/api/v1/public/feedback/" + trackingCode + "/attachments");
    }

    /**
     * A multipart body as a browser sends a FormData: the file name in UTF-8, and a Content-Length (RestAssured's
     * own multipart writes names in ASCII and streams chunked).
     */
    static RequestSpecification multipart(RequestSpecification request, String name, byte[] content, String visibility) {
        String boundary = "coso" + UUID.randomUUID().toString().replace("-", "");
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
        if (visibility != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"visibility\"\r\n\r\n"
                    + visibility + "\r\n").getBytes(utf8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(utf8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(utf8));
        return request.contentType("multipart/form-data; boundary=" + boundary).body(body.toByteArray());
    }

    /** A feedback about the unit sent through the portal; answers its tracking code. */
    static String submitFeedback(PublicClient client, long unitId) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", unitId);
        body.put("right", "SUPERVISE");
        body.put("title", "Đường thôn 3 bị sạt lở " + UUID.randomUUID().toString().substring(0, 8));
        body.put("text", "Đoạn đường bê tông thôn 3 bị sạt lở sau mưa, xin xem ảnh đính kèm.");
        return client.request().body(body).post("/api/v1/public/feedback")
                .then().statusCode(201).extract().path("trackingCode");
    }

    static long feedbackId(String trackingCode) {
        return ((Number) as("admin").get("/api/v1/feedback-tracking/" + trackingCode)
                .then().statusCode(200).extract().path("id")).longValue();
    }
}
