package vn.coso.units;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/** Answers which units have a democracy regulation in force; implemented by the regulations feature. */
public interface UnitRegulationStatus {

    Set<Long> unitsWithRegulationInForce(Collection<Long> unitIds);

    /**
     * The same answer as a JPQL condition on the unit id {@code unitId} (e.g. {@code u.id}), so that
     * a read by id asks it in the statement that loads the unit; empty when it cannot be written so.
     */
    default Optional<String> inForceCondition(String unitId) {
        return Optional.empty();
    }
}
