package vn.coso.attachments;

import vn.coso.common.security.CurrentUser;

import java.util.Set;

/**
 * An {@link AttachmentOwner} for a record whose files follow the record: those who see it see its files (but the
 * HANDLING ones), those whose role writes the record add and delete them. The feature supplies the kind, its
 * table, the roles, and its own {@code findVisible}. Subclasses are {@code @Singleton} beans (no client proxy).
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
