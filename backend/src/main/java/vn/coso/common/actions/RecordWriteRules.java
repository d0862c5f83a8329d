package vn.coso.common.actions;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.coso.common.errors.ProblemException;
import vn.coso.common.security.CurrentUser;
import vn.coso.common.security.ScopeGuard;

import java.util.Optional;
import java.util.Set;

/**
 * The rules of the plain records (trainings, conferences, documents, model practices): the
 * roles that write them may change and delete those of their scope; a record seen from below (a
 * directive issued above the caller's unit) is read-only. The record is given by its owning unit's
 * materialised path.
 */
public class RecordWriteRules implements ActionRules<String, RecordWriteRules.Action> {

    /** PUT and DELETE on the record. */
    // A name of its own (ArchitectureTest); hidden: allowedActions carries the wire names, not these constants.
    @Schema(name = "RecordWriteAction", hidden = true)
    public enum Action implements RecordAction {
        UPDATE("update"), DELETE("delete");

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
    private final ScopeGuard guard;
    private final Set<String> writers;
    private final String readOnlyReason;

    /**
     * @param writers        the roles that may write these records
     * @param readOnlyReason the bundle key of what a refusal says of a record the caller only reads (e.g. a directive from above)
     */
    public RecordWriteRules(CurrentUser user, ScopeGuard guard, Set<String> writers, String readOnlyReason) {
        this.user = user;
        this.guard = guard;
        this.writers = Set.copyOf(writers);
        this.readOnlyReason = readOnlyReason;
    }

    @Override
    public Class<Action> actions() {
        return Action.class;
    }

    @Override
    public Optional<ProblemException> refusal(String owningUnitPath, Action action) {
        if (writers.stream().noneMatch(user::hasRole)) {
            return Optional.of(ProblemException.forbidden("forbidden.role"));
        }
        if (!guard.canSee(owningUnitPath)) {
            return Optional.of(ProblemException.forbidden(readOnlyReason));
        }
        return Optional.empty();
    }
}
