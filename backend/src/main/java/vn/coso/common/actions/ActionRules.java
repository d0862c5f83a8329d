package vn.coso.common.actions;

import vn.coso.common.errors.ProblemException;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The rules of one feature's operations on its records: whether the caller may perform an action
 * on a record now, and if not, the problem the operation answers. The same rules both enforce an
 * operation ({@link #require}) and fill the record's {@code allowedActions} ({@link #allowed}), so
 * that what the API offers and what it accepts cannot drift apart (PRODUCT.md: the server says
 * what is allowed; the SPA draws its buttons from that).
 *
 * <p>Scope is not a rule here: a record the caller cannot see is never answered at all (404).
 *
 * @param <R> the record (an entity)
 * @param <A> the feature's actions
 */
public interface ActionRules<R, A extends Enum<A> & RecordAction> {

    /** The feature's actions, in the order {@code allowedActions} lists them. */
    Class<A> actions();

    /** Empty when the caller may perform the action on the record now; otherwise why not. */
    Optional<ProblemException> refusal(R record, A action);

    default boolean allows(R record, A action) {
        return refusal(record, action).isEmpty();
    }

    /** Throws the refusal, if any: what the operation answers. */
    default void require(R record, A action) {
        Optional<ProblemException> refusal = refusal(record, action);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
    }

    /** The actions the caller may perform on the record now (on the wire: their {@link RecordAction#wireName}s). */
    default List<A> allowed(R record) {
        return EnumSet.allOf(actions()).stream().filter(a -> allows(record, a)).toList();
    }
}
