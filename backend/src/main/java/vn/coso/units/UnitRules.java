package vn.coso.units;

import vn.coso.common.i18n.Msg;

import java.util.Collection;
import java.util.Optional;

/**
 * The rules of the unit tree that do not need the database, shared by {@link UnitService} and the
 * spreadsheet import so that both refuse exactly the same things with the same words. Each check
 * answers what is wrong, or empty.
 */
public final class UnitRules {

    public static final Msg PROVINCE_FOR_ADMINS_ONLY = Msg.of("unit.province.admins-only");
    public static final Msg CANNOT_MOVE_OWN_UNIT = Msg.of("unit.move-own");
    public static final Msg CYCLE = Msg.of("unit.parent.cycle");

    private UnitRules() {
    }

    /** A province has no parent; every other unit has one. */
    public static Optional<Msg> parentPresenceProblem(UnitType type, boolean hasParent) {
        if (type.isRoot()) {
            return hasParent ? Optional.of(Msg.of("unit.parent.province")) : Optional.empty();
        }
        return hasParent ? Optional.empty() : Optional.of(Msg.of("unit.parent.required", type));
    }

    /** Whether a unit of {@code type} may stand under a unit of {@code parentType}. */
    public static Optional<Msg> placementProblem(UnitType type, UnitType parentType) {
        return type.allowedParents().contains(parentType) ? Optional.empty()
                : Optional.of(Msg.of("unit.parent.placement", type, parentType));
    }

    /** Only enterprises and other non-localities have a tax code. */
    public static Optional<Msg> taxCodeProblem(UnitType type, String taxCode) {
        boolean locality = type == UnitType.PROVINCE || type == UnitType.DISTRICT
                || type == UnitType.COMMUNE || type == UnitType.VILLAGE;
        return taxCode != null && locality ? Optional.of(Msg.of("unit.tax-code.locality")) : Optional.empty();
    }

    /** A unit whose type changes must still fit the units under it. */
    public static Optional<Msg> childrenProblem(String unitCode, UnitType newType, Collection<UnitType> childTypes) {
        for (UnitType childType : childTypes) {
            if (!childType.allowedParents().contains(newType)) {
                return Optional.of(Msg.of("unit.type.children-incompatible", unitCode, childType, newType));
            }
        }
        return Optional.empty();
    }
}
