package vn.coso.units;

import vn.coso.common.i18n.Msg;

import java.util.Optional;

/**
 * Implemented by each feature whose records point at units, so that a unit still referenced
 * cannot be deleted. Answers a short description of what refers to the unit, if anything does.
 */
public interface UnitReferences {

    Optional<Msg> describeReferencesTo(long unitId);
}
