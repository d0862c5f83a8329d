package vn.coso.units;

import java.util.Collection;
import java.util.Set;

/** Answers which units have a democracy regulation in force; implemented by the regulations feature. */
public interface UnitRegulationStatus {

    Set<Long> unitsWithRegulationInForce(Collection<Long> unitIds);
}
