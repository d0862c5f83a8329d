package vn.coso.consultations;

/**
 * What the unit did with a consultation. Whether comments are taken follows from the dates (see
 * {@link ConsultationWindow}); the status says whether it is public and whether its result is final.
 */
public enum ConsultationStatus {
    /** Being prepared; only staff see it. */
    DRAFT,
    /** Public; takes comments between its opening and closing dates, then its comments are answered. */
    PUBLISHED,
    /** Every comment answered and the result final. */
    CONCLUDED,
    /** Withdrawn; no longer public. */
    CANCELLED
}
