package vn.coso.attachments;

/**
 * A kind of record that holds files (plug-in point, like {@code ReportSection} and {@code UnitReferences}):
 * implemented in the feature's own package, so that attachments know no feature. The owner decides
 * scope and roles; every file operation asks it first.
 */
public interface AttachmentOwner {

    /** The owner kind in URLs and in {@code attachment.owner_kind}, kebab-case: {@code feedback}. */
    String kind();

    /**
     * The record as the caller may see it; throws the feature's 404 when it does not exist or lies
     * outside the caller's scope (never reveal that it exists).
     */
    OwnerRecord find(long id);

    /** The owner's table, for the orphan sweep (rows whose owner is gone). */
    String table();

    /**
     * What the caller may do with one record's files.
     *
     * @param writable whether the caller may add and delete files now (role and record state)
     * @param handling whether the caller handles the record: sees files marked for the handling officers only
     */
    record OwnerRecord(long id, boolean writable, boolean handling) {
    }
}
