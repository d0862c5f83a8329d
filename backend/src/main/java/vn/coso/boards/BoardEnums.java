package vn.coso.boards;

/** The small vocabularies of boards. */
public final class BoardEnums {

    private BoardEnums() {
    }

    /** trưởng ban, phó trưởng ban, thành viên */
    public enum MemberRole { HEAD, DEPUTY, MEMBER }

    /** Where the money of a supervised project comes from. */
    public enum BudgetSource { STATE_BUDGET, COMMUNE_BUDGET, COMMUNITY_CONTRIBUTION, ODA, ENTERPRISE, OTHER }

    /** The stage of a supervised project when supervised. */
    public enum ProjectStage { PREPARATION, CONSTRUCTION, ACCEPTANCE, OPERATION }
}
