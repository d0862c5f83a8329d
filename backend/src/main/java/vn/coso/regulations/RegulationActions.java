package vn.coso.regulations;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.coso.common.actions.ActionRules;
import vn.coso.common.actions.RecordAction;
import vn.coso.common.errors.ProblemException;
import vn.coso.common.i18n.Msg;
import vn.coso.common.security.CurrentUser;
import vn.coso.common.security.Roles;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who may do what with a regulation now: DRAFTING → IN_CONSULTATION → ISSUED → REPEALED (a
 * replaced one becomes REVISED); drafts are deleted, issued ones revised (a new draft replacing
 * them) or repealed. The rules enforce the
 * operations of {@link RegulationService} and fill {@code allowedActions}. A draft that another
 * regulation names as the one it replaces is not deleted either (409 regulation.referenced).
 */
@ApplicationScoped
public class RegulationActions implements ActionRules<Regulation, RegulationActions.Action> {

    /** The operations, named as their paths; {@code update} and {@code delete} are PUT and DELETE. */
    // A name of its own (ArchitectureTest); on the wire its wire names (RecordAction).
    @Schema(name = "RegulationAction", description = "An operation on a regulation: `update` (PUT), `delete` (DELETE), "
            + "or POST /regulations/{id}/<action>.")
    public enum Action implements RecordAction {
        UPDATE("update"), DELETE("delete"), SUBMIT_FOR_CONSULTATION("submit-for-consultation"), ISSUE("issue"),
        REVISE("revise"), REPEAL("repeal");

        private final String wireName;

        Action(String wireName) {
            this.wireName = wireName;
        }

        @Override
        public String wireName() {
            return wireName;
        }

        String verb() {
            return switch (this) {
                case SUBMIT_FOR_CONSULTATION -> "submit it for consultation";
                case ISSUE -> "issue it";
                case REVISE -> "revise it";
                case REPEAL -> "repeal it";
                default -> wireName + " it";
            };
        }
    }

    private final CurrentUser user;
    private final RegulationRepository regulations;

    public RegulationActions(CurrentUser user, RegulationRepository regulations) {
        this.user = user;
        this.regulations = regulations;
    }

    @Override
    public Class<Action> actions() {
        return Action.class;
    }

    @Override
    public Optional<ProblemException> refusal(Regulation regulation, Action action) {
        if (!user.hasRole(Roles.ADMIN) && !user.hasRole(Roles.OFFICER)) {
            return Optional.of(ProblemException.forbidden("forbidden.role"));
        }
        Set<RegulationStatus> from = from(action);
        if (from.contains(regulation.status)) {
            if (action == Action.DELETE && regulation.id != null && regulations.countReplacing(regulation) > 0) {
                return Optional.of(ProblemException.of(409, "regulation.referenced"));
            }
            return Optional.empty();
        }
        if (action == Action.DELETE) {
            return Optional.of(ProblemException.of(409, "regulation.not-a-draft"));
        }
        return Optional.of(ProblemException.of(409, "regulation.illegal-transition",
                Msg.of("regulation.action." + action.verb().replace(' ', '-')), regulation.status, String.valueOf(from)));
    }

    private static Set<RegulationStatus> from(Action action) {
        return switch (action) {
            case UPDATE -> EnumSet.allOf(RegulationStatus.class);
            case DELETE, ISSUE -> EnumSet.of(RegulationStatus.DRAFTING, RegulationStatus.IN_CONSULTATION);
            case SUBMIT_FOR_CONSULTATION -> EnumSet.of(RegulationStatus.DRAFTING);
            case REVISE, REPEAL -> EnumSet.of(RegulationStatus.ISSUED);
        };
    }
}
