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
import java.util.Optional;

/**
 * Who may answer a consultation's comments now: the unit answers (or corrects an answer) once the
 * consultation is closed and until it is concluded. The rules enforce
 * {@link ConsultationCommentService#answer} and fill each comment's {@code allowedActions}.
 */
@ApplicationScoped
public class ConsultationCommentActions
        implements ActionRules<ConsultationCommentActions.Subject, ConsultationCommentActions.Action> {

    /** POST /consultations/{id}/comments/{commentId}/answer. */
    @Schema(name = "ConsultationCommentAction", description = "An operation on a consultation's comment: `answer` "
            + "(POST /consultations/{id}/comments/{commentId}/answer).")
    public enum Action implements RecordAction {
        ANSWER("answer");

        private final String wireName;

        Action(String wireName) {
            this.wireName = wireName;
        }

        @Override
        public String wireName() {
            return wireName;
        }
    }

    /** The consultation a comment belongs to, on the province's date: all the answer's rules need. */
    public record Subject(Consultation consultation, LocalDate today) {
    }

    private final CurrentUser user;

    public ConsultationCommentActions(CurrentUser user) {
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
        if (c.status != ConsultationStatus.PUBLISHED) {
            return Optional.of(ProblemException.of(409, "consultation.not-answerable",
                    Msg.of(c.status == ConsultationStatus.CONCLUDED ? "consultation.not-answerable.concluded"
                            : "consultation.not-answerable", id, c.status)));
        }
        if (c.window(subject.today()) != ConsultationWindow.CLOSED) {
            return Optional.of(ProblemException.of(409, "consultation.not-closed",
                    Msg.of("consultation.not-closed.answer", id, c.closesOn)));
        }
        return Optional.empty();
    }
}
