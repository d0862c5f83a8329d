package vn.coso.conferences;

import vn.coso.units.UnitType;

import java.util.EnumSet;
import java.util.Set;

/**
 * Kinds of conference and dialogue (PRODUCT.md, "Words"), and which kinds of unit hold each: the
 * unit's type on the day of the conference, so a unit that changed type holds what the law gives
 * it that day.
 */
public enum ConferenceKind {
    /** hội nghị cán bộ, công chức, viên chức — of agencies, public service units and, since the law of 2022, communes */
    STAFF_CONFERENCE(EnumSet.of(UnitType.AGENCY, UnitType.PUBLIC_SERVICE_UNIT, UnitType.COMMUNE)),
    /** hội nghị người lao động */
    WORKERS_CONFERENCE(EnumSet.of(UnitType.ENTERPRISE)),
    /** đối thoại tại nơi làm việc */
    WORKPLACE_DIALOGUE(EnumSet.of(UnitType.ENTERPRISE)),
    /** đối thoại giữa người đứng đầu chính quyền cấp xã với Nhân dân */
    LEADERS_DIALOGUE(EnumSet.of(UnitType.COMMUNE)),
    /** hội nghị thôn, tổ dân phố: households discuss and decide (dân bàn, dân quyết) */
    VILLAGE_MEETING(EnumSet.of(UnitType.VILLAGE));

    private final Set<UnitType> heldBy;

    ConferenceKind(Set<UnitType> heldBy) {
        this.heldBy = heldBy;
    }

    /** The kinds of unit that hold this kind of conference. */
    public Set<UnitType> heldBy() {
        return heldBy;
    }

    /** Whether households are counted and items decided by vote at it. */
    public boolean decidesByHouseholds() {
        return this == VILLAGE_MEETING;
    }

    /**
     * The kinds of unit that must hold a staff or workers' conference every year (a village lags
     * on its own account, {@code conference.village.none}).
     */
    public static Set<UnitType> holders() {
        return EnumSet.of(UnitType.AGENCY, UnitType.PUBLIC_SERVICE_UNIT, UnitType.ENTERPRISE);
    }

    /** The kinds held at staff or workers' conferences: what {@link #holders()} must hold. */
    public static Set<ConferenceKind> staffAndWorkers() {
        return EnumSet.of(STAFF_CONFERENCE, WORKERS_CONFERENCE, WORKPLACE_DIALOGUE);
    }
}
