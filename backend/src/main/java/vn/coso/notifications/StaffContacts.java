package vn.coso.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.List;

/** The directory of staff to notify (officers and admins by unit), a copy of Keycloak's refreshed by a job. */
@ApplicationScoped
public class StaffContacts {

    public record Contact(String username, String email, String name, String role, long unitId, String locale) {
    }

    /** The staff member's chosen language wins over their account's. */
    private static final String SELECT = "SELECT c.username, c.email, c.display_name, c.role, c.unit_id,"
            + " COALESCE(l.language, c.locale) FROM staff_contact c LEFT JOIN staff_language l ON l.username = c.username";

    private final EntityManager em;

    StaffContacts(EntityManager em) {
        this.em = em;
    }

    /** Officers and admins whose unit is this one. */
    public List<Contact> ofUnit(long unitId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT + " WHERE c.unit_id = ?1 ORDER BY c.username").setParameter(1, unitId).getResultList();
        return rows.stream().map(r -> new Contact((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                ((Number) r[4]).longValue(), (String) r[5])).toList();
    }

    public java.util.Optional<Contact> byUsername(String username) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT + " WHERE c.username = ?1").setParameter(1, username).getResultList();
        return rows.stream().map(r -> new Contact((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                ((Number) r[4]).longValue(), (String) r[5])).findFirst();
    }

    public List<Contact> admins() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT + " WHERE c.role = 'admin' ORDER BY c.username").getResultList();
        return rows.stream().map(r -> new Contact((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                ((Number) r[4]).longValue(), (String) r[5])).toList();
    }

    public void upsert(Contact c, Instant now) {
        em.createNativeQuery("INSERT INTO staff_contact (username, email, display_name, role, unit_id, locale, refreshed_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON DUPLICATE KEY UPDATE email = VALUES(email),"
                        + " display_name = VALUES(display_name), role = VALUES(role), unit_id = VALUES(unit_id),"
                        + " locale = VALUES(locale), refreshed_at = VALUES(refreshed_at)")
                .setParameter(1, c.username()).setParameter(2, c.email()).setParameter(3, c.name()).setParameter(4, c.role())
                .setParameter(5, c.unitId()).setParameter(6, c.locale()).setParameter(7, now).executeUpdate();
    }

    /** The language a person chose, else their account's as last copied from Keycloak. */
    public java.util.Optional<String> languageOf(String username) {
        @SuppressWarnings("unchecked")
        List<String> found = em.createNativeQuery("SELECT COALESCE((SELECT language FROM staff_language WHERE username = ?1),"
                + " (SELECT locale FROM staff_contact WHERE username = ?1))").setParameter(1, username).getResultList();
        return found.stream().filter(l -> l != null).findFirst();
    }

    public void setLanguage(String username, String language, Instant now) {
        em.createNativeQuery("INSERT INTO staff_language (username, language, updated_at) VALUES (?1, ?2, ?3)"
                        + " ON DUPLICATE KEY UPDATE language = VALUES(language), updated_at = VALUES(updated_at)")
                .setParameter(1, username).setParameter(2, language).setParameter(3, now).executeUpdate();
    }

    /** Removes the people a refresh no longer saw (left, lost their role or unit). */
    public int deleteNotRefreshedSince(Instant refresh) {
        return em.createNativeQuery("DELETE FROM staff_contact WHERE refreshed_at < ?1").setParameter(1, refresh)
                .executeUpdate();
    }
}
