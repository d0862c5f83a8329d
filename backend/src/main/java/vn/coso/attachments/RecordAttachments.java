package vn.coso.attachments;

import vn.coso.common.security.CurrentUser;

import java.util.Set;
import java.util.function.LongConsumer;
import java.util.function.LongPredicate;

/**
 * An {@link AttachmentOwner} for a record whose files follow the record: those who see it see its files (but the
 * HANDLING ones), those whose role writes the record add and delete them. The feature supplies the kind, its
 * table, the roles, and its own {@code findVisible}: a feature produces one with {@link #of} from a
 * {@code @Produces @Singleton} method (no client proxy).
 */
public abstract class RecordAttachments implements AttachmentOwner {

    private final String kind;
    private final String table;
    private final Set<String> writerRoles;
    private final CurrentUser user;

    protected RecordAttachments(String kind, String table, Set<String> writerRoles, CurrentUser user) {
        this.kind = kind;
        this.table = table;
        this.writerRoles = writerRoles;
        this.user = user;
    }

    /**
     * The owner of a feature's records of one kind.
     *
     * @param findVisible the feature's own lookup in the caller's scope: throws its 404 outside it
     */
    public static RecordAttachments of(String kind, String table, Set<String> writerRoles, CurrentUser user,
                                       LongConsumer findVisible) {
        return of(kind, table, writerRoles, user, findVisible, id -> true);
    }

    /**
     * As {@link #of(String, String, Set, CurrentUser, LongConsumer)}, for records whose state (or
     * issuer) decides whether those who may write them change their files now.
     */
    public static RecordAttachments of(String kind, String table, Set<String> writerRoles, CurrentUser user,
                                       LongConsumer findVisible, LongPredicate writable) {
        return new RecordAttachments(kind, table, writerRoles, user) {
            @Override
            protected void findVisible(long id) {
                findVisible.accept(id);
            }

            @Override
            protected boolean writable(long id) {
                return writable.test(id);
            }
        };
    }

    /** The feature's own lookup in the caller's scope: throws its 404 outside it. */
    protected abstract void findVisible(long id);

    /** Whether the record's state lets those who may write it change its files; by default always. */
    protected boolean writable(long id) {
        return true;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public String table() {
        return table;
    }

    @Override
    public OwnerRecord find(long id) {
        findVisible(id);
        boolean writer = writerRoles.stream().anyMatch(user::hasRole);
        return new OwnerRecord(id, writer && writable(id), writer);
    }
}
