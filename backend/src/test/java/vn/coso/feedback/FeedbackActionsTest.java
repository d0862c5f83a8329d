package vn.coso.feedback;

import vn.coso.testing.WireNames;
import org.junit.jupiter.api.Test;
import vn.coso.common.errors.ProblemException;
import vn.coso.common.security.CurrentUser;
import vn.coso.common.security.Roles;
import vn.coso.feedback.FeedbackActions.Action;
import vn.coso.feedback.FeedbackEnums.Status;
import vn.coso.testing.Callers;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The feedback workflow's rules without Quarkus: each status's operations, and the reopening by rating. */
class FeedbackActionsTest {

    private static final CurrentUser OFFICER = Callers.as("officer.halong", Roles.OFFICER);
    private static final CurrentUser ADMIN = Callers.as("admin", Roles.ADMIN);

    private static Feedback feedback(Status status, Integer rating) {
        Feedback f = new Feedback();
        f.id = 3L;
        f.status = status;
        f.rating = rating;
        return f;
    }

    @Test
    void eachStatusAllowsItsTransitions() {
        Map<Status, List<String>> expected = Map.of(
                Status.RECEIVED, List.of("assign", "start", "reject", "priority"),
                Status.ASSIGNED, List.of("assign", "start", "reject", "priority"),
                Status.IN_PROGRESS, List.of("assign", "answer", "reject", "priority"),
                Status.ANSWERED, List.of("close"),
                Status.CLOSED, List.of(),
                Status.REJECTED, List.of());
        expected.forEach((status, actions) ->
                assertEquals(actions, WireNames.of(new FeedbackActions(OFFICER).allowed(feedback(status, null))), status.name()));
    }

    @Test
    void anOfficerReopensOnlyWhatTheSenderRatedLow() {
        FeedbackActions rules = new FeedbackActions(OFFICER);
        assertEquals(List.of("close", "reopen"), WireNames.of(rules.allowed(feedback(Status.ANSWERED, FeedbackWorkflow.LOW_RATING))));
        assertEquals(List.of("reopen"), WireNames.of(rules.allowed(feedback(Status.CLOSED, 1))));
        assertEquals(List.of(), WireNames.of(rules.allowed(feedback(Status.CLOSED, FeedbackWorkflow.LOW_RATING + 1))));
        ProblemException refused = rules.refusal(feedback(Status.CLOSED, 5), Action.REOPEN).orElseThrow();
        assertEquals(409, refused.status());
        assertEquals("feedback.illegal-transition", refused.code());
    }

    @Test
    void adminReopensWhateverIsFinishedRejectedToo() {
        FeedbackActions rules = new FeedbackActions(ADMIN);
        assertEquals(List.of("reopen"), WireNames.of(rules.allowed(feedback(Status.CLOSED, 5))));
        assertEquals(List.of("reopen"), WireNames.of(rules.allowed(feedback(Status.REJECTED, null))));
        assertEquals(List.of("close", "reopen"), WireNames.of(rules.allowed(feedback(Status.ANSWERED, null))));
    }

    @Test
    void aStepFromTheWrongStatusIsAConflictAndReadersMayDoNothing() {
        ProblemException refused = new FeedbackActions(OFFICER).refusal(feedback(Status.ANSWERED, null), Action.ASSIGN)
                .orElseThrow();
        assertEquals(409, refused.status());
        for (String role : List.of(Roles.VIEWER, Roles.INSPECTOR)) {
            FeedbackActions rules = new FeedbackActions(Callers.as("reader", role));
            assertEquals(List.of(), WireNames.of(rules.allowed(feedback(Status.RECEIVED, null))), role);
            assertEquals(403, rules.refusal(feedback(Status.RECEIVED, null), Action.ASSIGN).orElseThrow().status());
        }
    }
}
