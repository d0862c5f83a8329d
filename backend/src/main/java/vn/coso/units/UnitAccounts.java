package vn.coso.units;

import java.util.List;
import java.util.Map;

/**
 * Implemented by the staff feature: which staff accounts work on which unit code, so that a
 * reorganisation can say whose scope it changes (a code taken by a larger unit, a code no longer held).
 */
public interface UnitAccounts {

    /** Usernames by the unit code their account names. */
    Map<String, List<String>> usernamesByUnitCode();
}
