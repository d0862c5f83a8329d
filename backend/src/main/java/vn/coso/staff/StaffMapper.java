package vn.coso.staff;

import org.keycloak.representations.idm.UserRepresentation;
import vn.coso.common.security.CurrentUser;
import vn.coso.staff.StaffDtos.Attention;
import vn.coso.staff.StaffDtos.StaffResponse;
import vn.coso.units.Unit;
import vn.coso.units.UnitDtos.UnitRef;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Keycloak's user representation, with roles and unit, as the API shows it; and its audit snapshot. */
final class StaffMapper {

    private static final String UPDATE_PASSWORD = "UPDATE_PASSWORD";
    /** Versions stay below 2^53 so that JavaScript reads them exactly. */
    private static final long JS_SAFE = (1L << 53) - 1;

    private StaffMapper() {
    }

    static String unitCodeOf(UserRepresentation user) {
        Map<String, List<String>> attributes = user.getAttributes();
        List<String> values = attributes == null ? null : attributes.get(CurrentUser.UNIT_CODE_CLAIM);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0);
    }

    /**
     * @param closed    whether the unit has closed (merged, divided or dissolved)
     * @param successor the closed unit's primary successor, offered to the secretariat; null when none
     */
    static StaffResponse toResponse(UserRepresentation user, Collection<StaffRole> roles, Unit unit, boolean closed,
                                    Unit successor) {
        String unitCode = unitCodeOf(user);
        List<StaffRole> sortedRoles = roles.stream().sorted().toList();
        boolean passwordChangeRequired = user.getRequiredActions() != null
                && user.getRequiredActions().contains(UPDATE_PASSWORD);
        UnitRef unitRef = unit == null ? null : new UnitRef(unit.id, unit.code, unit.name, unit.type);
        return new StaffResponse(user.getId(), user.getUsername(), user.getFirstName(), user.getLastName(),
                displayName(user), user.getEmail(), Boolean.TRUE.equals(user.isEnabled()), sortedRoles,
                unitRef, unitCode, attention(unitCode, unit, closed),
                successor == null ? null : new UnitRef(successor.id, successor.code, successor.name, successor.type),
                passwordChangeRequired,
                user.getCreatedTimestamp() == null ? null : Instant.ofEpochMilli(user.getCreatedTimestamp()),
                version(user, sortedRoles, unitCode));
    }

    /** The fields an audit entry compares, in API terms. */
    static Map<String, Object> snapshot(StaffResponse staff) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("username", staff.username());
        fields.put("firstName", staff.firstName());
        fields.put("lastName", staff.lastName());
        fields.put("email", staff.email());
        fields.put("enabled", staff.enabled());
        fields.put("roles", String.join(",", staff.roles().stream().map(Enum::name).toList()));
        fields.put("unitCode", staff.unitCode());
        return fields;
    }

    private static Attention attention(String unitCode, Unit unit, boolean closed) {
        if (unitCode == null) {
            return Attention.NO_UNIT;
        }
        if (unit == null) {
            return Attention.UNKNOWN_UNIT;
        }
        if (closed) {
            return Attention.CLOSED_UNIT;
        }
        return unit.active ? null : Attention.INACTIVE_UNIT;
    }

    /** Family name first ("Lê Thị Lan"), as people here write it. */
    private static String displayName(UserRepresentation user) {
        String name = String.join(" ", java.util.stream.Stream.of(user.getLastName(), user.getFirstName())
                .filter(Objects::nonNull).filter(s -> !s.isBlank()).toList());
        return name.isEmpty() ? user.getUsername() : name;
    }

    /**
     * Keycloak keeps no version of a user, so the version is a digest of the fields this API
     * changes: it moves whenever one of them does, whoever changed it (Coso or Keycloak's console).
     */
    private static long version(UserRepresentation user, List<StaffRole> roles, String unitCode) {
        String state = String.join("\u0000", Objects.toString(user.getFirstName(), ""),
                Objects.toString(user.getLastName(), ""), Objects.toString(user.getEmail(), ""),
                String.valueOf(user.isEnabled()), roles.toString(), Objects.toString(unitCode, ""));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(state.getBytes(StandardCharsets.UTF_8));
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value = (value << 8) | (digest[i] & 0xff);
            }
            return value & JS_SAFE;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
