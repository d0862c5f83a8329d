package vn.coso.feedback;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.coso.testing.TestUnits;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.coso.feedback.FeedbackFixtures.marker;
import static vn.coso.feedback.FeedbackFixtures.operate;
import static vn.coso.feedback.FeedbackFixtures.record;
import static vn.coso.feedback.FeedbackFixtures.staffBody;
import static vn.coso.feedback.FeedbackFixtures.withSender;
import static vn.coso.testing.Api.as;

/** The sender's data is deleted a retention period (365 days) after the feedback was settled. */
@QuarkusTest
class SenderRetentionTest {

    @Inject
    TestUnits units;

    @Inject
    SenderRetention retention;

    @Inject
    FeedbackRepository feedback;

    private void settledAt(long id, Instant when) {
        QuarkusTransaction.requiringNew().run(() -> feedback.getEntityManager()
                .createNativeQuery("UPDATE feedback SET closed_at = ?1 WHERE id = ?2")
                .setParameter(1, when).setParameter(2, id).executeUpdate());
    }

    @Test
    void theSenderOfLongSettledFeedbackIsForgotten() {
        long unitId = units.bachDang().id;
        long old = record("admin", withSender(staffBody(unitId, "Cũ " + marker()), "Người Cũ", "0911000001", null));
        long recent = record("admin", withSender(staffBody(unitId, "Mới " + marker()), "Người Mới", "0911000002", null));
        long open = record("admin", withSender(staffBody(unitId, "Mở " + marker()), "Người Chờ", "0911000003", null));
        for (long id : new long[]{old, recent}) {
            operate("admin", id, "reject", Map.of("reason", "DUPLICATE")).statusCode(200);
        }
        settledAt(old, Instant.now().minus(400, ChronoUnit.DAYS));

        assertTrue(retention.purge() >= 1);

        as("admin").get("/api/v1/feedback/" + old).then().statusCode(200).body("sender", nullValue())
                .body("status", is("REJECTED"));
        as("admin").get("/api/v1/feedback/" + recent).then().body("sender.name", is("Người Mới"));
        as("admin").get("/api/v1/feedback/" + open).then().body("sender.name", notNullValue());
    }
}
