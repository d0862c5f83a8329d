package vn.coso.consultations;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.coso.common.actions.ActionRules;
import vn.coso.common.actions.RecordAction;
import vn.coso.common.errors.ProblemException;
import vn.coso.common.i18n.Msg;
import vn.coso.common.security.CurrentUser;
import vn.coso.common.security.Roles;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who may do what with a consultation now: DRAFT → PUBLISHED → CONCLUDED, or CANCELLED; drafts are
 * changed and deleted; a draft is published only before its closing date; a published one is
 * concluded once closed and every comment answered. The rules enforce the operations of
 * {@link ConsultationService} and fill {@code allowedActions}.
 */
@ApplicationScoped
public class ConsultationActions implements ActionRules<ConsultationActions.Subject, ConsultationActions.Action> {

    /** The operations, named as their paths; {@code update} and {@code delete} are PUT and DELETE. */
    @Schema(name = "ConsultationAction", description = "An operation on a consultation: `update` (PUT), `delete` (DELETE), "
            + "or POST /consultations/{id}/<action>.")
    public enum Action implements RecordAction {
        UPDATE("update"), DELETE("delete"), PUBLISH("publish"), CONCLUDE("conclude"), CANCEL("cancel");

        private final String wireName;

        Action(String wireName) {
            this.wireName = wireName;
        }

        @Override
        public String wireName() {
            return wireName;
        }
    }

    /**
     * A consultation with what its rules need besides itself.
     *
     * @param today      the province's date
     * @param unanswered how many of its comments have no answer yet
     */
    public record Subject(Consultation consultation, LocalDate today, long unanswered) {
    }

    private final CurrentUser user;

    public ConsultationActions(CurrentUser user) {
        this.user = user;
    }

    @Override
    public Class<Action> actions() {
        return Action.class;
    }

    @Override
    public Optional<ProblemException> refusal(Subject subject, Action action) {
        if (!user.hasRole(Roles.ADMIN) && !user.hasRole(Roles.OFFICER)) {
            return Optional.of(ProblemException.forbidden("forbidden.role"));
        }
        Consultation c = subject.consultation();
        String id = String.valueOf(c.id);
        if (!from(action).contains(c.status)) {
            return Optional.of(switch (action) {
                case UPDATE -> ProblemException.of(409, "consultation.not-a-draft",
                        Msg.of("consultation.not-a-draft.change", id, c.status));
                case DELETE -> ProblemException.of(409, "consultation.not-a-draft", Msg.of("consultation.not-a-draft.delete"));
                default -> ProblemException.of(409, "consultation.illegal-transition", id, c.status,
                        Msg.of("consultation.action." + action.wireName() + "-it"));
            });
        }
        if (action == Action.PUBLISH && c.closesOn.isBefore(subject.today())) {
            return Optional.of(ProblemException.of(409, "consultation.window-passed", id, c.closesOn));
        }
        if (action == Action.CONCLUDE) {
            if (c.window(subject.today()) != ConsultationWindow.CLOSED) {
                return Optional.of(ProblemException.of(409, "consultation.not-closed",
                        Msg.of("consultation.not-closed.conclude", id, c.closesOn)));
            }
            if (subject.unanswered() > 0) {
                return Optional.of(ProblemException.of(409, "consultation.comments-unanswered", subject.unanswered(), id));
            }
        }
        return Optional.empty();
    }

    /** The statuses an action starts from. */
    private static Set<ConsultationStatus> from(Action action) {
        return switch (action) {
            case UPDATE, DELETE, PUBLISH -> EnumSet.of(ConsultationStatus.DRAFT);
            case CONCLUDE -> EnumSet.of(ConsultationStatus.PUBLISHED);
            case CANCEL -> EnumSet.of(ConsultationStatus.DRAFT, ConsultationStatus.PUBLISHED);
        };
    }
}
