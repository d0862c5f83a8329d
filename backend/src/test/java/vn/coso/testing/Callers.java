package vn.coso.testing;

import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import vn.coso.common.security.CurrentUser;

/** A caller for rule tests that do not start Quarkus: a signed-in user with these roles. */
public final class Callers {

    private Callers() {
    }

    public static CurrentUser as(String username, String... roles) {
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(username));
        for (String role : roles) {
            identity.addRole(role);
        }
        return new CurrentUser(identity.build());
    }
}
