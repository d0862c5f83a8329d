package vn.coso.inspections;

/** The words of inspections and discipline (PRODUCT.md). */
public final class InspectionEnums {

    private InspectionEnums() {
    }

    public enum Kind {
        /** kiểm tra */
        INSPECTION,
        /** giám sát */
        SUPERVISION
    }

    public enum Form {
        /** thường xuyên — supervision only */
        REGULAR,
        /** chuyên đề */
        THEMATIC,
        /** khi có dấu hiệu vi phạm — inspection only */
        ON_SIGNS_OF_VIOLATION;

        boolean fits(Kind kind) {
            return switch (this) {
                case REGULAR -> kind == Kind.SUPERVISION;
                case THEMATIC -> true;
                case ON_SIGNS_OF_VIOLATION -> kind == Kind.INSPECTION;
            };
        }
    }

    public enum Status {
        PLANNED, IN_PROGRESS, CONCLUDED, CLOSED, CANCELLED
    }

    /** Who conducts it for the conducting organisation. */
    public enum ConductingBody {
        /** cấp ủy */
        EXECUTIVE_COMMITTEE,
        /** ủy ban kiểm tra */
        INSPECTION_COMMISSION
    }

    public enum RecommendationStatus {
        OPEN, DONE, OVERDUE
    }

    public enum DisciplinaryForm {
        /** khiển trách */
        REPRIMAND,
        /** cảnh cáo */
        WARNING,
        /** cách chức — a member who holds a post */
        REMOVAL_FROM_POST,
        /** khai trừ — a member */
        EXPULSION,
        /** giải tán — an organisation */
        DISSOLUTION;

        boolean appliesToMember() {
            return this != DISSOLUTION;
        }

        boolean appliesToOrganization() {
            return this == REPRIMAND || this == WARNING || this == DISSOLUTION;
        }
    }

    public enum DisciplinarySource {
        INSPECTION, DENUNCIATION, SELF_CRITICISM, OTHER
    }

    public enum SubjectType {
        ORGANIZATION, MEMBER
    }
}
