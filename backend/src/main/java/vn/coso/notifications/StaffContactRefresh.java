package vn.coso.notifications;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.keycloak.representations.idm.UserRepresentation;
import vn.coso.common.security.Roles;
import vn.coso.staff.StaffDirectory;
import vn.coso.units.Unit;
import vn.coso.units.UnitService;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Copies the officers and admins of the realm, with their unit and e-mail, into {@code staff_contact}
 * every few minutes (one instance at a time), so that an event finds "the officers of a unit" with one
 * query instead of a call to Keycloak. Someone given the role a minute ago is told from the next refresh.
 * Reads through {@link StaffDirectory} (the staff admin client's view-users rights): the users in pages,
 * then each one's realm roles.
 */
@ApplicationScoped
public class StaffContactRefresh {

    private static final Logger LOG = Logger.getLogger(StaffContactRefresh.class);

    private final StaffDirectory staff;
    private final StaffContacts contacts;
    private final UnitService units;
    private final Clock clock;

    StaffContactRefresh(StaffDirectory staff, StaffContacts contacts, UnitService units, Clock clock) {
        this.staff = staff;
        this.contacts = contacts;
        this.units = units;
        this.clock = clock;
    }

    @Scheduled(identity = "staff-directory", every = "${coso.jobs.staff-directory.every}",
            delayed = "${coso.jobs.first-delay}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.warn("Could not refresh the staff directory from Keycloak; will try again", e);
        }
    }

    /** The number of contacts kept. */
    public int refresh() {
        Map<String, String> roleOf = new LinkedHashMap<>();
        Map<String, UserRepresentation> users = new LinkedHashMap<>();
        for (UserRepresentation u : staff.allUsers()) {
            if (!Boolean.TRUE.equals(u.isEnabled()) || attribute(u, "unit_code") == null) {
                continue;
            }
            Set<String> roles = staff.rolesOf(u.getId());
            String role = roles.contains(Roles.ADMIN) ? Roles.ADMIN : roles.contains(Roles.OFFICER) ? Roles.OFFICER : null;
            if (role != null) {
                users.put(u.getUsername(), u);
                roleOf.put(u.getUsername(), role);
            }
        }
        List<String> codes = users.values().stream().map(u -> attribute(u, "unit_code")).filter(c -> c != null).distinct().toList();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Unit> byCode = units.byCodes(codes);
            List<StaffContacts.Contact> kept = new ArrayList<>();
            for (UserRepresentation u : users.values()) {
                Unit unit = byCode.get(attribute(u, "unit_code"));
                if (unit == null || !Boolean.TRUE.equals(u.isEnabled())) {
                    continue;
                }
                String name = String.join(" ", List.of(nonNull(u.getLastName()), nonNull(u.getFirstName()))).trim();
                String locale = attribute(u, "locale");
                kept.add(new StaffContacts.Contact(u.getUsername(), u.getEmail(), name.isEmpty() ? u.getUsername() : name,
                        roleOf.get(u.getUsername()), unit.id, locale == null ? "vi" : locale));
            }
            kept.forEach(c -> contacts.upsert(c, now));
            contacts.deleteNotRefreshedSince(now);
            return kept.size();
        });
    }

    private static String attribute(UserRepresentation u, String name) {
        if (u.getAttributes() == null || u.getAttributes().get(name) == null || u.getAttributes().get(name).isEmpty()) {
            return null;
        }
        String value = u.getAttributes().get(name).get(0);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
