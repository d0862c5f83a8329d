package vn.coso.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.List;
import java.util.Optional;

/** Who is calling: username, display name, Coso roles and the unit_code claim of the token. */
@RequestScoped
public class CurrentUser {

    public static final String UNIT_CODE_CLAIM = "unit_code";

    private final SecurityIdentity identity;

    public CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String username() {
        return token().map(t -> (String) t.getClaim("preferred_username"))
                .orElseGet(() -> identity.isAnonymous() ? null : identity.getPrincipal().getName());
    }

    /** The token's subject (Keycloak's stable user id); empty for a signed-out caller. */
    public Optional<String> subject() {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        return token().map(JsonWebToken::getSubject).filter(s -> !s.isBlank())
                .or(() -> Optional.of(identity.getPrincipal().getName()));
    }

    /** The name in Vietnamese order, family name first ("Lê Thị Lan"), as people here write it. */
    public String displayName() {
        Optional<String> family = token().map(t -> (String) t.getClaim("family_name")).filter(n -> !n.isBlank());
        Optional<String> given = token().map(t -> (String) t.getClaim("given_name")).filter(n -> !n.isBlank());
        if (family.isPresent() && given.isPresent()) {
            return family.get() + " " + given.get();
        }
        return token().map(t -> (String) t.getClaim("name")).filter(n -> !n.isBlank()).orElse(username());
    }

    public List<String> roles() {
        return Roles.ALL.stream().filter(identity::hasRole).toList();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /**
     * Whether the caller is a person of the committee (any staff role) and may read people's names in
     * records; another system (role integration only) reads reference data and public figures, and
     * personal fields never (PRODUCT.md, "Who uses it").
     */
    public boolean mayReadPersonalFields() {
        return Roles.STAFF.stream().anyMatch(identity::hasRole);
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    public Optional<String> unitCode() {
        return token().map(t -> t.<Object>getClaim(UNIT_CODE_CLAIM))
                .map(CurrentUser::firstValue)
                .filter(code -> !code.isBlank());
    }

    private Optional<JsonWebToken> token() {
        return identity.getPrincipal() instanceof JsonWebToken jwt ? Optional.of(jwt) : Optional.empty();
    }

    /** Keycloak sends a user attribute as a string, or as an array when it is multivalued. */
    private static String firstValue(Object claim) {
        if (claim instanceof jakarta.json.JsonArray array) {
            return array.isEmpty() ? "" : array.getString(0, "");
        }
        if (claim instanceof jakarta.json.JsonString string) {
            return string.getString();
        }
        return claim == null ? "" : claim.toString();
    }
}
