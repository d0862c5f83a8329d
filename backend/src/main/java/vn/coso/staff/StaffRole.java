package vn.coso.staff;

import vn.coso.common.security.Roles;

/** The Coso realm roles as the staff API names them. */
public enum StaffRole {
    ADMIN(Roles.ADMIN),
    OFFICER(Roles.OFFICER),
    INSPECTOR(Roles.INSPECTOR),
    VIEWER(Roles.VIEWER),
    /** Held by other systems' service accounts; shown when a person holds it, never given to one. */
    INTEGRATION(Roles.INTEGRATION);

    private final String realmRole;

    StaffRole(String realmRole) {
        this.realmRole = realmRole;
    }

    public String realmRole() {
        return realmRole;
    }

    public boolean assignableToPeople() {
        return this != INTEGRATION;
    }

    public static StaffRole ofRealmRole(String realmRole) {
        for (StaffRole role : values()) {
            if (role.realmRole.equals(realmRole)) {
                return role;
            }
        }
        throw new IllegalArgumentException("Not a Coso role: " + realmRole);
    }
}
