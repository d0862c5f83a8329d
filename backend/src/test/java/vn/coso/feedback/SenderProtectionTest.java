package vn.coso.feedback;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.coso.testing.PublicClient;
import vn.coso.testing.TestUnits;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.coso.feedback.FeedbackFixtures.marker;
import static vn.coso.feedback.FeedbackFixtures.publicBody;
import static vn.coso.feedback.FeedbackFixtures.withSender;
import static vn.coso.testing.Api.anonymous;
import static vn.coso.testing.Api.as;
import static vn.coso.testing.Api.asIntegration;

/**
 * PRODUCT.md, "Protection of people who speak up": the sender's name, phone and email reach admin
 * and nobody else, through no endpoint that returns feedback, and never a log line.
 */
@QuarkusTest
class SenderProtectionTest {

    @Inject
    TestUnits units;

    private final List<String> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            synchronized (logged) {
                logged.add(record.getMessage() + " " + java.util.Arrays.toString(record.getParameters())
                        + (record.getThrown() == null ? "" : " " + record.getThrown()));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLogs() {
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("").removeHandler(capture);
    }

    /** Everything an officer of the unit concerned can read about one feedback, as one string per endpoint. */
    private List<String> everythingAbout(String user, long id, String code) {
        List<String> bodies = new ArrayList<>();
        bodies.add(as(user).queryParam("size", 200).get("/api/v1/feedback").then().statusCode(200).extract().asString());
        bodies.add(as(user).get("/api/v1/feedback/" + id).then().statusCode(200).extract().asString());
        bodies.add(as(user).get("/api/v1/feedback/" + id + "/history").then().statusCode(200).extract().asString());
        bodies.add(as(user).get("/api/v1/feedback-tracking/" + code).then().statusCode(200).extract().asString());
        return bodies;
    }

    @Test
    void onlyAdminEverSeesTheSender() {
        String m = marker();
        String name = "Hoàng Thị Tố Nga " + m;
        String phone = "0905 " + m.substring(1, 4).replaceAll("[^0-9]", "1") + " 777";
        String email = m + "@example.vn";
        long unitId = units.bachDang().id;

        String receipt = PublicClient.fresh().request()
                .body(withSender(publicBody(unitId, "Người lao động phản ánh " + m), name, phone, email))
                .post("/api/v1/public/feedback").then().statusCode(201).extract().asString();
        String code = io.restassured.path.json.JsonPath.from(receipt).getString("trackingCode");
        long id = ((Number) as("admin").queryParam("q", m).get("/api/v1/feedback").then()
                .body("items[0].sender.name", is(name))
                .body("items[0].sender.phone", is(phone))
                .body("items[0].sender.email", is(email))
                .extract().path("items[0].id")).longValue();
        as("admin").get("/api/v1/feedback/" + id).then().body("sender.name", is(name)).body("anonymous", is(false));

        List<String> seen = new ArrayList<>();
        seen.add(receipt);
        seen.add(anonymous().get("/api/v1/public/feedback/" + code).then().statusCode(200).extract().asString());
        for (String user : List.of("officer.halong", "officer.bachdang", "viewer", "inspector")) {
            seen.addAll(everythingAbout(user, id, code));
            seen.add(as(user).queryParam("q", m).get("/api/v1/feedback").then().statusCode(200)
                    .body("items[0].sender", is((Object) null)).extract().asString());
        }
        seen.add(asIntegration().get("/api/v1/feedback-tracking/" + code).then().statusCode(200).extract().asString());
        // Every operation's answer, as the officer who handles it.
        seen.add(FeedbackFixtures.operate("officer.halong", id, "assign", Map.of("unitId", unitId)).statusCode(200)
                .extract().asString());
        seen.add(FeedbackFixtures.operate("officer.halong", id, "priority", Map.of("priority", "URGENT")).statusCode(200)
                .extract().asString());
        seen.add(FeedbackFixtures.operate("officer.bachdang", id, "start").statusCode(200).extract().asString());
        seen.add(FeedbackFixtures.operate("officer.bachdang", id, "answer", Map.of("answer", "Đã đối thoại."))
                .statusCode(200).extract().asString());
        seen.add(anonymous().body(Map.of("score", 2)).post("/api/v1/public/feedback/" + code + "/rating").then()
                .statusCode(200).extract().asString());
        seen.add(FeedbackFixtures.operate("officer.bachdang", id, "reopen").statusCode(200).extract().asString());
        seen.add(FeedbackFixtures.operate("officer.bachdang", id, "reject", Map.of("reason", "DUPLICATE"))
                .statusCode(200).extract().asString());
        seen.addAll(everythingAbout("officer.halong", id, code));

        for (String body : seen) {
            assertTrue(!body.contains(name) && !body.contains("Tố Nga") && !body.contains(phone) && !body.contains(email),
                    "the sender leaked into: " + body);
        }
        org.jboss.logging.Logger.getLogger("vn.coso.feedback").info("probe " + id);
        synchronized (logged) {
            assertTrue(logged.stream().anyMatch(line -> line.contains("probe " + id)), "the log is captured");
            for (String line : logged) {
                assertTrue(!line.contains(m), "the sender leaked into the log: " + line);
            }
        }
    }

    @Test
    void staffRecordingAFeedbackWithTheSenderDoNotGetItBack() {
        String m = marker();
        var body = withSender(FeedbackFixtures.staffBody(units.bachDang().id, "Qua điện thoại " + m),
                "Đỗ Văn Ánh " + m, "0912000111", null);
        String created = as("officer.halong").body(body).post("/api/v1/feedback").then().statusCode(201)
                .body("sender", is((Object) null)).body("anonymous", is(false)).extract().asString();
        assertTrue(!created.contains("Đỗ Văn Ánh") && !created.contains("0912000111"), created);
        as("admin").queryParam("q", m).get("/api/v1/feedback").then().body("items[0].sender.phone", is("0912000111"));
    }
}
