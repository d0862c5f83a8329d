package vn.coso.regulations;

public enum RegulationStatus {
    DRAFTING,
    IN_CONSULTATION,
    /** In force. */
    ISSUED,
    /** Replaced by a newer issued version. */
    REVISED,
    REPEALED
}
