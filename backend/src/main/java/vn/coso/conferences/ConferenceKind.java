package vn.coso.conferences;

import vn.coso.units.UnitType;

import java.util.EnumSet;
import java.util.Set;

/** Kinds of conference and dialogue (PRODUCT.md, "Words"), and which kinds of unit hold each. */
public enum ConferenceKind {
    /** hội nghị cán bộ, công chức, viên chức */
    STAFF_CONFERENCE(EnumSet.of(UnitType.AGENCY, UnitType.PUBLIC_SERVICE_UNIT)),
    /** hội nghị người lao động */
    WORKERS_CONFERENCE(EnumSet.of(UnitType.ENTERPRISE)),
    /** đối thoại tại nơi làm việc */
    WORKPLACE_DIALOGUE(EnumSet.of(UnitType.ENTERPRISE));

    private final Set<UnitType> heldBy;

    ConferenceKind(Set<UnitType> heldBy) {
        this.heldBy = heldBy;
    }

    /** The kinds of unit that hold this kind of conference. */
    public Set<UnitType> heldBy() {
        return heldBy;
    }

    /** The kinds of unit that must hold a conference of some kind every year. */
    public static Set<UnitType> holders() {
        Set<UnitType> types = EnumSet.noneOf(UnitType.class);
        for (ConferenceKind kind : values()) {
            types.addAll(kind.heldBy);
        }
        return types;
    }
}
