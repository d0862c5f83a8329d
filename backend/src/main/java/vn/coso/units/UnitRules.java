package vn.coso.units;

import java.util.Collection;
import java.util.Optional;

/**
 * The rules of the unit tree that do not need the database, shared by {@link UnitService} and the
 * spreadsheet import so that both refuse exactly the same things with the same words. Each check
 * answers what is wrong, or empty.
 */
public final class UnitRules {

    public static final String PROVINCE_FOR_ADMINS_ONLY = "Only the secretariat can create or change a province.";
    public static final String CANNOT_MOVE_OWN_UNIT = "You cannot move your own unit; ask the secretariat.";
    public static final String CYCLE = "A unit cannot be placed under itself or under one of its own units.";

    private UnitRules() {
    }

    /** A province has no parent; every other unit has one. */
    public static Optional<String> parentPresenceProblem(UnitType type, boolean hasParent) {
        if (type.isRoot()) {
            return hasParent ? Optional.of("a province has no parent unit") : Optional.empty();
        }
        return hasParent ? Optional.empty() : Optional.of("is required for a " + type);
    }

    /** Whether a unit of {@code type} may stand under a unit of {@code parentType}. */
    public static Optional<String> placementProblem(UnitType type, UnitType parentType) {
        return type.allowedParents().contains(parentType) ? Optional.empty()
                : Optional.of("a " + type + " cannot be placed under a " + parentType);
    }

    /** Only enterprises and other non-localities have a tax code. */
    public static Optional<String> taxCodeProblem(UnitType type, String taxCode) {
        boolean locality = type == UnitType.PROVINCE || type == UnitType.DISTRICT
                || type == UnitType.COMMUNE || type == UnitType.VILLAGE;
        return taxCode != null && locality ? Optional.of("a locality has no tax code") : Optional.empty();
    }

    /** A unit whose type changes must still fit the units under it. */
    public static Optional<String> childrenProblem(String unitCode, UnitType newType, Collection<UnitType> childTypes) {
        for (UnitType childType : childTypes) {
            if (!childType.allowedParents().contains(newType)) {
                return Optional.of("Unit " + unitCode + " has a " + childType + " under it, which cannot stand under a "
                        + newType + ".");
            }
        }
        return Optional.empty();
    }
}
