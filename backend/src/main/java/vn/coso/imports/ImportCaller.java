package vn.coso.imports;

import vn.coso.common.security.Scope;

import java.util.Locale;

/**
 * Who submitted an import, as the request showed it: the job runs in the background after the
 * request is gone, and must allow exactly what that caller may do through the API, and write its
 * report in the caller's language.
 */
public record ImportCaller(String username, boolean admin, Scope scope, Locale locale) {

    /** The caller's own unit, which an officer may change but not move (UnitRules.CANNOT_MOVE_OWN_UNIT). */
    public boolean isScopeRoot(long unitId) {
        return !scope.everything() && scope.rootUnitId() != null && scope.rootUnitId() == unitId;
    }
}
