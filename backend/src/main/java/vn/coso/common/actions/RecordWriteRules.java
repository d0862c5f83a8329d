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
 *
 * <p>Every action is judged alike. A plain record's actions are {@link Action} ({@link #of}); a
 * feature whose writes have more names than PUT and DELETE (a board's {@code add-member}…) gives its
 * own enum, so that its records' {@code allowedActions} list exactly its operations.
 *
 * @param <A> the feature's actions
 */
public class RecordWriteRules<A extends Enum<A> & RecordAction> implements ActionRules<String, A> {

    /** PUT and DELETE on the record. */
    @Schema(name = "RecordWriteAction", description = "An operation on a plain record: `update` (PUT), `delete` (DELETE).")
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

    private final Class<A> actions;
    private final CurrentUser user;
    private final ScopeGuard guard;
    private final Set<String> writers;
    private final String readOnlyReason;

    /**
     * @param writers        the roles that may write these records
     * @param readOnlyReason the bundle key of what a refusal says of a record the caller only reads (e.g. a directive from above)
     */
    public RecordWriteRules(Class<A> actions, CurrentUser user, ScopeGuard guard, Set<String> writers, String readOnlyReason) {
        this.actions = actions;
        this.user = user;
        this.guard = guard;
        this.writers = Set.copyOf(writers);
        this.readOnlyReason = readOnlyReason;
    }

    /** The rules of a plain record: {@code update} and {@code delete}. */
    public static RecordWriteRules<Action> of(CurrentUser user, ScopeGuard guard, Set<String> writers, String readOnlyReason) {
        return new RecordWriteRules<>(Action.class, user, guard, writers, readOnlyReason);
    }

    @Override
    public Class<A> actions() {
        return actions;
    }

    @Override
    public Optional<ProblemException> refusal(String owningUnitPath, A action) {
        if (writers.stream().noneMatch(user::hasRole)) {
            return Optional.of(ProblemException.forbidden("forbidden.role"));
        }
        if (!guard.canSee(owningUnitPath)) {
            return Optional.of(ProblemException.forbidden(readOnlyReason));
        }
        return Optional.empty();
    }
}
