package vn.coso.inspections;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.coso.common.actions.ActionRules;
import vn.coso.common.actions.RecordAction;
import vn.coso.common.errors.ProblemException;
import vn.coso.common.i18n.Msg;
import vn.coso.common.security.CurrentUser;
import vn.coso.common.security.Roles;
import vn.coso.inspections.InspectionEnums.Status;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who may do what with an inspection now: PLANNED → IN_PROGRESS → CONCLUDED → CLOSED, or
 * CANCELLED while PLANNED or IN_PROGRESS; the conclusion is written while IN_PROGRESS or
 * CONCLUDED and must exist before concluding. The rules enforce each operation of
 * {@link InspectionService} and fill {@code allowedActions}.
 */
@ApplicationScoped
public class InspectionActions implements ActionRules<InspectionActions.Subject, InspectionActions.Action> {

    /** An inspection and whether its conclusion is recorded (which {@code conclude} needs). */
    public record Subject(Inspection inspection, boolean hasConclusion) {
    }

    /** The operations, named as their paths; {@code update} is PUT on the inspection. */
    // A name of its own (ArchitectureTest); on the wire its wire names (RecordAction).
    @Schema(name = "InspectionAction", description = "An operation on an inspection: `update` (PUT), or POST "
            + "/inspections/{id}/<action> (`conclusion` is PUT /inspections/{id}/conclusion).")
    public enum Action implements RecordAction {
        UPDATE("update"), START("start"), CONCLUSION("conclusion"), CONCLUDE("conclude"), CLOSE("close"),
        CANCEL("cancel");

        private final String wireName;

        Action(String wireName) {
            this.wireName = wireName;
        }

        @Override
        public String wireName() {
            return wireName;
        }
    }

    private final CurrentUser user;

    public InspectionActions(CurrentUser user) {
        this.user = user;
    }

    @Override
    public Class<Action> actions() {
        return Action.class;
    }

    @Override
    public Optional<ProblemException> refusal(Subject subject, Action action) {
        if (!user.hasRole(Roles.ADMIN) && !user.hasRole(Roles.INSPECTOR)) {
            return Optional.of(ProblemException.forbidden("forbidden.role"));
        }
        Status status = subject.inspection().status;
        Set<Status> from = from(action);
        if (!from.contains(status)) {
            return Optional.of(switch (action) {
                case UPDATE -> ProblemException.of(409, "inspection.not-editable", status);
                case CANCEL -> ProblemException.of(409, "inspection.illegal-transition",
                        Msg.of("inspection.cancel.not-allowed", status));
                case CONCLUSION -> ProblemException.of(409, "inspection.illegal-transition",
                        Msg.of("inspection.conclusion.not-allowed", status));
                default -> ProblemException.of(409, "inspection.illegal-transition",
                        Msg.of("inspection.illegal-transition", Msg.of("inspection.action." + action.wireName()),
                                status, from.iterator().next()));
            });
        }
        if (action == Action.CONCLUDE && !subject.hasConclusion()) {
            return Optional.of(ProblemException.of(409, "inspection.conclusion-missing",
                    String.valueOf(subject.inspection().id)));
        }
        return Optional.empty();
    }

    private static Set<Status> from(Action action) {
        return switch (action) {
            case UPDATE, CANCEL -> EnumSet.of(Status.PLANNED, Status.IN_PROGRESS);
            case START -> EnumSet.of(Status.PLANNED);
            case CONCLUSION -> EnumSet.of(Status.IN_PROGRESS, Status.CONCLUDED);
            case CONCLUDE -> EnumSet.of(Status.IN_PROGRESS);
            case CLOSE -> EnumSet.of(Status.CONCLUDED);
        };
    }
}
