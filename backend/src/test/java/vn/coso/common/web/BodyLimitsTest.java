package vn.coso.common.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.coso.testing.PublicClient;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.hamcrest.Matchers.is;
import static vn.coso.testing.Api.as;

/**
 * Every oversized body answers 413 problem+json, whether it declares its length or is sent in
 * chunks (no Content-Length): the chunked one used to get an empty 413 and an "unexpected error" log.
 */
@QuarkusTest
class BodyLimitsTest {

    /** A JSON body of about {@code bytes} bytes, sent as a stream so that the client chunks it. */
    private static ByteArrayInputStream chunked(int bytes) {
        String body = "{\"title\":\"" + "a".repeat(bytes) + "\"}";
        return new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void chunkedOversizedPublicBodyAnswers413ProblemJson() {
        PublicClient.fresh().request().body(chunked(3_000_000))
                .post("/api/v1/public/feedback")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", is(413))
                .body("code", is("request.too-large"));
    }

    @Test
    void chunkedOversizedSignedInBodyAnswers413ProblemJson() {
        as("admin").body(chunked(3_000_000))
                .post("/api/v1/units")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("code", is("request.too-large"));
    }

    @Test
    void declaredOversizedBodyAnswers413ProblemJson() {
        as("admin").body("{\"name\":\"" + "a".repeat(2_000_000) + "\"}")
                .post("/api/v1/units")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("code", is("request.too-large"));
    }

    @Test
    void chunkedSmallBodyIsReadAsUsual() {
        // Read whole and validated like any body: the missing fields are named, not a transport error.
        as("admin").body(new ByteArrayInputStream("{\"code\":\"x1\"}".getBytes(StandardCharsets.UTF_8)))
                .post("/api/v1/units")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", is("validation.failed"));
        as("admin").body(new ByteArrayInputStream("{\"code\":\"x1\",\"code\":\"x2\"}".getBytes(StandardCharsets.UTF_8)))
                .post("/api/v1/units")
                .then().statusCode(400)
                .body("code", is("json.duplicate-key"));
    }
}
