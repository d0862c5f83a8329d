package vn.coso.feedback;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.coso.testing.TestUnits;
import vn.coso.units.Unit;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongConsumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.coso.feedback.FeedbackFixtures.marker;
import static vn.coso.feedback.FeedbackFixtures.operate;
import static vn.coso.feedback.FeedbackFixtures.record;
import static vn.coso.feedback.FeedbackFixtures.staffBody;
import static vn.coso.testing.Api.as;

/**
 * A feedback's {@code allowedActions} are exactly the operations that succeed: for a few states
 * and roles, every operation is tried on a fresh feedback in that state.
 */
@QuarkusTest
class FeedbackAllowedActionsTest {

    private static final Map<String, Map<String, Object>> BODIES = Map.of(
            "assign", Map.of(), "start", Map.of(), "answer", Map.of("answer", "Đã trả lời."), "close", Map.of(),
            "reject", Map.of("reason", "DUPLICATE"), "reopen", Map.of(), "priority", Map.of("priority", "URGENT"));

    @Inject
    TestUnits units;

    @Test
    void aReceivedFeedbackAllowsWhatSucceeds() {
        checkEveryAction("RECEIVED", id -> { });
    }

    @Test
    void anAnsweredFeedbackAllowsWhatSucceeds() {
        checkEveryAction("ANSWERED", id -> {
            operate("admin", id, "start").statusCode(200);
            operate("admin", id, "answer", Map.of("answer", "Trả lời.")).statusCode(200);
        });
    }

    @Test
    void aRejectedFeedbackAllowsWhatSucceeds() {
        checkEveryAction("REJECTED", id -> operate("admin", id, "reject", Map.of("reason", "DUPLICATE")).statusCode(200));
    }

    private void checkEveryAction(String state, LongConsumer bringToState) {
        Unit bachDang = units.bachDang();
        for (String user : List.of("admin", "officer.halong", "viewer")) {
            Set<String> succeeded = new TreeSet<>();
            Set<String> allowed = null;
            for (String action : BODIES.keySet()) {
                long id = record("admin", staffBody(bachDang.id, state + " " + marker()));
                bringToState.accept(id);
                Map<String, Object> body = action.equals("assign") ? Map.of("unitId", bachDang.id) : BODIES.get(action);
                if (allowed == null) {
                    List<String> listed = as(user).get("/api/v1/feedback/" + id).then().statusCode(200)
                            .extract().path("allowedActions");
                    allowed = new TreeSet<>(listed);
                }
                int status = operate(user, id, action, body).extract().statusCode();
                if (status == 200) {
                    succeeded.add(action);
                }
            }
            assertEquals(succeeded, allowed, user + " on a " + state + " feedback");
        }
    }
}
