package vn.coso.units;

import java.util.EnumSet;
import java.util.Set;

/** Kinds of unit (PRODUCT.md, "Words") and which kinds each may hang under. */
public enum UnitType {
    /** tỉnh */
    PROVINCE,
    /** huyện, thị xã, thành phố thuộc tỉnh (dissolved by the 2025 reform) */
    DISTRICT,
    /** xã, phường, thị trấn, đặc khu */
    COMMUNE,
    /** thôn, tổ dân phố */
    VILLAGE,
    /** cơ quan nhà nước */
    AGENCY,
    /** đơn vị sự nghiệp công lập */
    PUBLIC_SERVICE_UNIT,
    /** doanh nghiệp */
    ENTERPRISE,
    /** Mặt trận Tổ quốc và các đoàn thể */
    MASS_ORGANIZATION;

    private static final Set<UnitType> MANAGING_BODIES =
            EnumSet.of(PROVINCE, DISTRICT, COMMUNE, AGENCY, PUBLIC_SERVICE_UNIT, ENTERPRISE, MASS_ORGANIZATION);

    /** The kinds of unit this kind may be placed under; empty for the province, which is a root. */
    public Set<UnitType> allowedParents() {
        return switch (this) {
            case PROVINCE -> EnumSet.noneOf(UnitType.class);
            case DISTRICT -> EnumSet.of(PROVINCE);
            // After the 2025 reform communes hang directly under the province.
            case COMMUNE -> EnumSet.of(PROVINCE, DISTRICT);
            case VILLAGE -> EnumSet.of(COMMUNE);
            case AGENCY, PUBLIC_SERVICE_UNIT, ENTERPRISE, MASS_ORGANIZATION -> MANAGING_BODIES;
        };
    }

    public boolean isRoot() {
        return this == PROVINCE;
    }
}
