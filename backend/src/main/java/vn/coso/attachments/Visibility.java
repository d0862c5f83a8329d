package vn.coso.attachments;

/** Who sees a file, within those who see its record. */
public enum Visibility {
    /** Everyone who sees the record (the default). */
    STAFF,
    /** Only admin and the officers handling the record (a citizen's "chỉ cán bộ xử lý được xem"). */
    HANDLING,
    /** Also the public: the tracking page, once the record shows its answer. */
    PUBLIC
}
