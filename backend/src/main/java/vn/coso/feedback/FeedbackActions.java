package vn.coso.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.coso.common.actions.ActionRules;
import vn.coso.common.actions.RecordAction;
import vn.coso.common.errors.ProblemException;
import vn.coso.common.i18n.Msg;
import vn.coso.common.security.CurrentUser;
import vn.coso.common.security.Roles;
import vn.coso.feedback.FeedbackEnums.Status;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who may do what with a feedback now: the inbox's workflow (see {@link FeedbackWorkflow}) as rules
 * that both enforce each operation and fill {@code allowedActions}.
 */
@ApplicationScoped
public class FeedbackActions implements ActionRules<Feedback, FeedbackActions.Action> {

    /** The inbox's operations, named as their paths ({@code POST /feedback/{id}/assign}). */
    // A name of its own (ArchitectureTest); on the wire its wire names (RecordAction).
    @Schema(name = "FeedbackAction", description = "An operation on a feedback: POST /feedback/{id}/<action>.")
    public enum Action implements RecordAction {
        ASSIGN("assign"), START("start"), ANSWER("answer"), CLOSE("close"), REJECT("reject"), REOPEN("reopen"),
        PRIORITY("priority");

        private final String wireName;

        Action(String wireName) {
            this.wireName = wireName;
        }

        @Override
        public String wireName() {
            return wireName;
        }

        /** What the refusal says the operation does ("Cannot assign a feedback that is …"). */
        String verb() {
            return this == PRIORITY ? "change the priority of" : wireName;
        }
    }

    private final CurrentUser user;

    public FeedbackActions(CurrentUser user) {
        this.user = user;
    }

    @Override
    public Class<Action> actions() {
        return Action.class;
    }

    @Override
    public Optional<ProblemException> refusal(Feedback f, Action action) {
        if (!user.hasRole(Roles.ADMIN) && !user.hasRole(Roles.OFFICER)) {
            return Optional.of(ProblemException.forbidden("forbidden.role"));
        }
        Set<Status> from = from(action);
        if (!from.contains(f.status)) {
            return Optional.of(ProblemException.of(409, "feedback.illegal-transition", Msg.of("feedback.illegal-transition",
                    Msg.of("feedback.action." + action.verb().replace(' ', '-')), f.status, describe(from))));
        }
        if (action == Action.REOPEN && !user.isAdmin() && (f.rating == null || f.rating > FeedbackWorkflow.LOW_RATING)) {
            return Optional.of(ProblemException.of(409, "feedback.illegal-transition",
                    Msg.of("feedback.reopen.not-allowed", FeedbackWorkflow.LOW_RATING)));
        }
        return Optional.empty();
    }

    /** The statuses an action starts from. */
    private Set<Status> from(Action action) {
        return switch (action) {
            case ASSIGN, REJECT, PRIORITY -> Status.OPEN;
            case START -> EnumSet.of(Status.RECEIVED, Status.ASSIGNED);
            case ANSWER -> EnumSet.of(Status.IN_PROGRESS);
            case CLOSE -> EnumSet.of(Status.ANSWERED);
            case REOPEN -> user.isAdmin() ? EnumSet.of(Status.ANSWERED, Status.CLOSED, Status.REJECTED)
                    : EnumSet.of(Status.ANSWERED, Status.CLOSED);
        };
    }

    private static String describe(Set<Status> statuses) {
        return String.join(" or ", statuses.stream().map(Enum::name).sorted().toList());
    }
}
