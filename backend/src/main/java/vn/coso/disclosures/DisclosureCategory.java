package vn.coso.disclosures;

import vn.coso.units.UnitType;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the law says a unit makes public (Luật Thực hiện dân chủ ở cơ sở 2022, điều 11 for communes,
 * điều 44 for agencies and public service units, điều 63 for enterprises).
 */
public enum DisclosureCategory {
    /** dự toán ngân sách */
    BUDGET_ESTIMATE,
    /** quyết toán ngân sách */
    BUDGET_SETTLEMENT,
    /** quy hoạch, kế hoạch sử dụng đất */
    LAND_USE_PLAN,
    /** dự án, công trình đầu tư */
    INVESTMENT_PROJECT,
    /** bồi thường, hỗ trợ, tái định cư */
    COMPENSATION_RESETTLEMENT,
    /** chính sách cho đối tượng thụ hưởng (an sinh xã hội, hỗ trợ) */
    BENEFICIARY_POLICY,
    /** các khoản huy động Nhân dân đóng góp */
    CONTRIBUTIONS,
    /** tuyển dụng, sử dụng, quản lý cán bộ, công chức, viên chức, người lao động */
    RECRUITMENT,
    /** thủ tục hành chính */
    ADMINISTRATIVE_PROCEDURES,
    /** kết luận thanh tra, kiểm tra */
    INSPECTION_CONCLUSIONS,
    /** nội dung khác */
    OTHER;

    /** The categories a commune must disclose every year: its budget, and the policies its people benefit from. */
    public static Set<DisclosureCategory> requiredOf(UnitType type) {
        return type == UnitType.COMMUNE ? EnumSet.of(BUDGET_ESTIMATE, BUDGET_SETTLEMENT, BENEFICIARY_POLICY)
                : EnumSet.noneOf(DisclosureCategory.class);
    }
}
