package vn.coso.boards;

import vn.coso.common.rights.DemocracyRight;

/** A board's work, and the right it realises. */
public enum ActivityKind {
    /** kiểm tra: dân kiểm tra */
    INSPECTION(DemocracyRight.INSPECT),
    /** giám sát: dân giám sát */
    SUPERVISION(DemocracyRight.SUPERVISE),
    /** giám sát đầu tư của cộng đồng: a project, its investor, budget source and stage */
    INVESTMENT_SUPERVISION(DemocracyRight.SUPERVISE),
    /** phản biện xã hội: of a draft, often the one under consultation */
    SOCIAL_CRITIQUE(DemocracyRight.SUPERVISE);

    private final DemocracyRight right;

    ActivityKind(DemocracyRight right) {
        this.right = right;
    }

    public DemocracyRight right() {
        return right;
    }
}
