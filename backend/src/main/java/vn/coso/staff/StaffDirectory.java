package vn.coso.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import vn.coso.common.errors.ProblemException;
import vn.coso.common.i18n.Msg;
import vn.coso.common.security.Roles;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The realm's users as Keycloak's admin API shows them, through the confidential client
 * coso-staff-admin. Every failure of Keycloak becomes a problem: unreachable → 503, an unknown
 * user → 404, a taken username or email → 409, a password the policy refuses → 400.
 */
@ApplicationScoped
public class StaffDirectory {

    private static final Logger LOG = Logger.getLogger(StaffDirectory.class);
    /** Users are read from Keycloak in pages of this size. */
    private static final int BATCH = 500;

    private final Keycloak keycloak;
    private final String realm;

    public StaffDirectory(Keycloak keycloak,
                          @ConfigProperty(name = "quarkus.keycloak.admin-client.realm") String realm) {
        this.keycloak = keycloak;
        this.realm = realm;
    }

    /** Every user of the realm, service accounts left out. */
    public List<UserRepresentation> allUsers() {
        return call(() -> {
            List<UserRepresentation> users = new ArrayList<>();
            for (int first = 0; ; first += BATCH) {
                List<UserRepresentation> batch = realm().users().search(null, first, BATCH, false);
                batch.stream().filter(u -> u.getServiceAccountClientId() == null
                        && !u.getUsername().startsWith("service-account-")).forEach(users::add);
                if (batch.size() < BATCH) {
                    return users;
                }
            }
        });
    }

    public UserRepresentation user(String id) {
        return call(() -> user(id, realm()).toRepresentation());
    }

    /** The Coso realm roles the user holds directly. */
    public Set<String> rolesOf(String id) {
        return call(() -> {
            Set<String> roles = new HashSet<>();
            user(id, realm()).roles().realmLevel().listAll().stream()
                    .map(RoleRepresentation::getName)
                    .filter(Roles.ALL::contains)
                    .forEach(roles::add);
            return roles;
        });
    }

    /** Users whose unit_code attribute is exactly this code. */
    public List<UserRepresentation> usersOfUnit(String unitCode) {
        return call(() -> realm().users().searchByAttributes(0, BATCH, null, true, true,
                        "unit_code:" + unitCode).stream()
                .filter(u -> u.getServiceAccountClientId() == null)
                .toList());
    }

    /** Creates the user and answers its id. */
    public String create(UserRepresentation user) {
        return call(() -> {
            try (Response response = realm().users().create(user)) {
                if (response.getStatus() == 409) {
                    throw ProblemException.of(409, "staff.duplicate", Msg.of("staff.duplicate.create", user.getUsername()));
                }
                if (response.getStatus() == 400) {
                    throw ProblemException.of(400, "staff.rejected", Msg.of("staff.rejected.create",
                            keycloakMessage(response)));
                }
                return CreatedResponseUtil.getCreatedId(response);
            }
        });
    }

    /** Deletes a user: only to undo a creation whose later steps failed. */
    public void delete(String id) {
        call(() -> {
            try (Response ignored = realm().users().delete(id)) {
                return null;
            }
        });
    }

    public void update(String id, UserRepresentation user) {
        call(() -> {
            user(id, realm()).update(user);
            return null;
        });
    }

    /** Makes the user's Coso realm roles exactly {@code roles}, leaving other roles alone. */
    public void setRoles(String id, Set<String> roles) {
        call(() -> {
            UserResource resource = user(id, realm());
            List<RoleRepresentation> current = resource.roles().realmLevel().listAll();
            List<RoleRepresentation> toRemove = current.stream()
                    .filter(r -> Roles.ALL.contains(r.getName()) && !roles.contains(r.getName()))
                    .toList();
            Set<String> held = new HashSet<>();
            current.forEach(r -> held.add(r.getName()));
            List<RoleRepresentation> toAdd = resource.roles().realmLevel().listAvailable().stream()
                    .filter(r -> roles.contains(r.getName()) && !held.contains(r.getName()))
                    .toList();
            if (!toAdd.isEmpty()) {
                resource.roles().realmLevel().add(toAdd);
            }
            if (!toRemove.isEmpty()) {
                resource.roles().realmLevel().remove(toRemove);
            }
            return null;
        });
    }

    /** Sets a password the user must change at the next sign-in. */
    public void setTemporaryPassword(String id, String password) {
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(true);
        call(() -> {
            user(id, realm()).resetPassword(credential);
            return null;
        });
    }

    private RealmResource realm() {
        return keycloak.realm(realm);
    }

    private static UserResource user(String id, RealmResource realm) {
        return realm.users().get(id);
    }

    private static <T> T call(Supplier<T> action) {
        try {
            return action.get();
        } catch (ProblemException e) {
            throw e;
        } catch (ProcessingException e) {
            LOG.warnf("Keycloak's admin API is unreachable: %s", e.getMessage());
            throw unavailable();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404) {
                throw ProblemException.notFound("record.staff", "");
            }
            if (status == 409) {
                throw ProblemException.of(409, "staff.duplicate");
            }
            if (status == 400) {
                throw ProblemException.of(400, "staff.rejected", keycloakMessage(e.getResponse()));
            }
            // 401/403 mean the client's secret or roles are wrong, 5xx that Keycloak is failing:
            // neither is the caller's fault, and neither should look like a bug in Coso.
            LOG.errorf("Keycloak's admin API answered %d: check the coso-staff-admin client and its secret", status);
            throw unavailable();
        }
    }

    private static ProblemException unavailable() {
        return ProblemException.of(503, "keycloak.unavailable");
    }

    /** Keycloak explains a refusal in {"errorMessage": ...} or {"error_description": ...}. */
    private static String keycloakMessage(Response response) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> body = response.readEntity(Map.class);
            Object message = body.getOrDefault("errorMessage", body.get("error_description"));
            return message == null ? "invalid value" : message.toString();
        } catch (RuntimeException e) {
            return "invalid value";
        }
    }
}
