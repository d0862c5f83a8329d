package vn.coso.common.security;

import java.util.List;

/** The realm roles of PRODUCT.md ("Who uses it"). */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String OFFICER = "officer";
    public static final String INSPECTOR = "inspector";
    public static final String VIEWER = "viewer";
    public static final String INTEGRATION = "integration";

    public static final List<String> ALL = List.of(ADMIN, OFFICER, INSPECTOR, VIEWER, INTEGRATION);
    /** The roles of people; {@link #INTEGRATION} is another system's. */
    public static final List<String> STAFF = List.of(ADMIN, OFFICER, INSPECTOR, VIEWER);

    private Roles() {
    }
}
