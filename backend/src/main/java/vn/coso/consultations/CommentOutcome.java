package vn.coso.consultations;

/** The unit's answer to a comment (tiếp thu, giải trình). */
public enum CommentOutcome {
    ACCEPTED,
    PARTLY_ACCEPTED,
    NOT_ACCEPTED
}
