package vn.coso.imports;

/** What a row does, or would do in a dry run. */
public enum ImportAction {
    /** Its key names no record yet: the row creates one. */
    CREATE,
    /** Its key names a record that the row changes (its version goes up). */
    UPDATE,
    /** Its key names a record that already has every value of the row: nothing is written. */
    UNCHANGED,
    /** The row has problems (see the job's errors); a session's check never answers it. */
    INVALID
}
