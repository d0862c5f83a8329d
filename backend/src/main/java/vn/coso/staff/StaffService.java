package vn.coso.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import vn.coso.common.errors.ProblemException;
import vn.coso.common.history.HistoryService;
import vn.coso.common.i18n.Msg;
import vn.coso.common.paging.PageRequest;
import vn.coso.common.paging.PageResult;
import vn.coso.common.paging.SortField;
import vn.coso.common.paging.SortableFields;
import vn.coso.common.security.CurrentUser;
import vn.coso.common.security.Scope;
import vn.coso.common.security.ScopeGuard;
import vn.coso.common.security.TokenRevocations;
import vn.coso.common.web.Texts;
import vn.coso.common.web.Versions;
import vn.coso.staff.StaffDtos.PasswordResetRequest;
import vn.coso.staff.StaffDtos.StaffAuditEntry;
import vn.coso.staff.StaffDtos.StaffCreateRequest;
import vn.coso.staff.StaffDtos.StaffResponse;
import vn.coso.staff.StaffDtos.StaffUpdateRequest;
import vn.coso.units.Unit;
import vn.coso.units.UnitService;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Staff accounts: people's users in Keycloak, with their Coso role and unit. Keycloak holds them;
 * this service holds the rules (the unit must exist, nobody disables or demotes themselves or the
 * last enabled admin) and the audit of every change.
 */
@ApplicationScoped
public class StaffService {

    static final SortableFields SORTABLE = SortableFields.of("username",
            "username", "username", "name", "name", "email", "email", "createdAt", "createdAt", "unit", "unit");
    private static final Pattern KEYCLOAK_ID = Pattern.compile("^[0-9a-fA-F-]{1,36}$");
    /** The history store's type for staff accounts (keyed by their Keycloak id). */
    public static final String HISTORY_TYPE = "staff";
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final StaffDirectory directory;
    private final UnitService units;
    private final ScopeGuard guard;
    private final CurrentUser user;
    private final EntityManager em;
    private final HistoryService history;
    private final TokenRevocations revocations;

    public StaffService(StaffDirectory directory, UnitService units, ScopeGuard guard, CurrentUser user,
                        EntityManager em, HistoryService history, TokenRevocations revocations) {
        this.directory = directory;
        this.units = units;
        this.guard = guard;
        this.user = user;
        this.em = em;
        this.history = history;
        this.revocations = revocations;
    }

    /**
     * The accounts in the caller's scope. Keycloak cannot filter by a unit subtree or sort by
     * name, so the realm's users are read (in pages of 500) and filtered here, for each request.
     * Roles cost one call per account (the client may not list a role's members), so they are
     * read only for the page shown, or for every candidate when the list is filtered by role.
     */
    public PageResult<StaffResponse> list(StaffFilter filter, PageRequest page) {
        List<SortField> sort = page.sort(SORTABLE);
        Scope scope = guard.current();
        String subtree = guard.subtreeOf(filter.unitId());
        List<UserRepresentation> users = directory.allUsers();
        Map<String, Unit> unitsByCode = units.byCodes(users.stream().map(StaffMapper::unitCodeOf)
                .filter(Objects::nonNull).distinct().toList());
        String q = filter.q() == null || filter.q().isBlank() ? null : fold(filter.q());

        Map<String, UserRepresentation> byId = new HashMap<>();
        List<StaffResponse> matching = users.stream()
                .map(u -> {
                    byId.put(u.getId(), u);
                    return response(u, Set.of(), unitOf(u, unitsByCode));
                })
                .filter(s -> inScope(scope, unitOf(byId.get(s.id()), unitsByCode)))
                .filter(s -> subtree == null || underPath(unitOf(byId.get(s.id()), unitsByCode), subtree))
                .filter(s -> filter.enabled() == null || s.enabled() == filter.enabled())
                .filter(s -> filter.needsAttention() == null || (s.attention() != null) == filter.needsAttention())
                .filter(s -> q == null || matches(s, q))
                .sorted(comparator(sort))
                .toList();
        Function<StaffResponse, StaffResponse> withRoles = s -> response(byId.get(s.id()),
                rolesOf(s.id()), unitOf(byId.get(s.id()), unitsByCode));
        if (filter.role() != null) {
            matching = matching.stream().map(withRoles).filter(s -> s.roles().contains(filter.role())).toList();
        }
        int from = Math.min(page.offset(), matching.size());
        int to = Math.min(from + page.size(), matching.size());
        List<StaffResponse> shown = matching.subList(from, to);
        if (filter.role() == null) {
            shown = shown.stream().map(withRoles).toList();
        }
        return new PageResult<>(shown, page.page(), page.size(), matching.size());
    }

    public StaffResponse get(String id) {
        StaffResponse staff = load(id);
        boolean visible = guard.current().everything()
                || (staff.unit() != null && units.visible(staff.unit().id()).isPresent());
        if (!visible) {
            throw notFound(id);
        }
        return staff;
    }

    @Transactional
    public StaffResponse create(StaffCreateRequest request) {
        lockStaffChanges();
        checkAssignable(request.role());
        Unit unit = requireUnit(request.unitId());

        UserRepresentation account = new UserRepresentation();
        account.setUsername(request.username());
        account.setFirstName(Texts.clean(request.firstName()));
        account.setLastName(Texts.clean(request.lastName()));
        account.setEmail(request.email().trim());
        account.setEnabled(true);
        account.setAttributes(Map.of(CurrentUser.UNIT_CODE_CLAIM, List.of(unit.code)));
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(request.temporaryPassword());
        password.setTemporary(true);
        account.setCredentials(List.of(password));

        String id = directory.create(account);
        try {
            directory.setRoles(id, Set.of(request.role().realmRole()));
        } catch (RuntimeException e) {
            // Keycloak has no transaction across calls: an account without its role must not stay behind.
            directory.delete(id);
            throw e;
        }
        StaffResponse created = load(id);
        audit(created, "CREATED", Map.of(), StaffMapper.snapshot(created));
        return created;
    }

    @Transactional
    public StaffResponse update(String id, StaffUpdateRequest request, Long ifMatchVersion) {
        lockStaffChanges();
        StaffResponse before = load(id);
        Versions.check(ProblemException.record("record.staff", before.username()), before.version(), request.version(), ifMatchVersion);
        checkAssignable(request.role());
        Unit unit = requireUnit(request.unitId());
        boolean roleChanges = !before.roles().equals(List.of(request.role()));
        if (roleChanges && isCaller(before)) {
            throw ProblemException.of(409, "staff.self", Msg.of("staff.self.role"));
        }
        if (roleChanges && request.role() != StaffRole.ADMIN) {
            checkNotLastAdmin(before, "change the role of");
        }

        UserRepresentation account = directory.user(id);
        account.setFirstName(Texts.clean(request.firstName()));
        account.setLastName(Texts.clean(request.lastName()));
        account.setEmail(request.email().trim());
        Map<String, List<String>> attributes = new HashMap<>(
                account.getAttributes() == null ? Map.of() : account.getAttributes());
        attributes.put(CurrentUser.UNIT_CODE_CLAIM, List.of(unit.code));
        account.setAttributes(attributes);
        directory.update(id, account);
        if (roleChanges) {
            directory.setRoles(id, Set.of(request.role().realmRole()));
        }
        StaffResponse after = load(id);
        audit(after, "UPDATED", StaffMapper.snapshot(before), StaffMapper.snapshot(after));
        return after;
    }

    @Transactional
    public StaffResponse disable(String id) {
        lockStaffChanges();
        StaffResponse before = load(id);
        if (!before.enabled()) {
            throw ProblemException.of(409, "staff.already-disabled", before.username());
        }
        if (isCaller(before)) {
            throw ProblemException.of(409, "staff.self", Msg.of("staff.self.disable"));
        }
        checkNotLastAdmin(before, "disable");
        // Keycloak stops new sign-ins and refreshes; the tokens already issued stop here.
        revocations.revoke(id);
        return setEnabled(before, false, "DISABLED");
    }

    @Transactional
    public StaffResponse enable(String id) {
        lockStaffChanges();
        StaffResponse before = load(id);
        if (before.enabled()) {
            throw ProblemException.of(409, "staff.already-enabled", before.username());
        }
        return setEnabled(before, true, "ENABLED");
    }

    @Transactional
    public StaffResponse resetPassword(String id, PasswordResetRequest request) {
        StaffResponse before = load(id);
        directory.setTemporaryPassword(id, request.temporaryPassword());
        StaffResponse after = load(id);
        // The password itself is never recorded; the entry says that it was reset, and by whom.
        audit(after, "PASSWORD_RESET", Map.of("passwordChangeRequired", before.passwordChangeRequired()),
                Map.of("passwordChangeRequired", after.passwordChangeRequired()));
        return after;
    }

    public PageResult<StaffAuditEntry> history(String staffId, PageRequest page) {
        if (staffId != null && !KEYCLOAK_ID.matcher(staffId).matches()) {
            // Compared with an ASCII column: any other text could only be a collation error.
            throw ProblemException.invalidField("staffId", "identifier.keycloak.invalid");
        }
        return history.listKeyed(HISTORY_TYPE, staffId, page)
                .map(c -> new StaffAuditEntry(c.id(), c.key(), c.label(), c.at(), c.by(), c.action(), c.changes()));
    }

    private StaffResponse setEnabled(StaffResponse before, boolean enabled, String action) {
        UserRepresentation account = directory.user(before.id());
        account.setEnabled(enabled);
        directory.update(before.id(), account);
        StaffResponse after = load(before.id());
        audit(after, action, StaffMapper.snapshot(before), StaffMapper.snapshot(after));
        return after;
    }

    /** A person's account as it is now in Keycloak; 404 for an unknown id or a service account. */
    private StaffResponse load(String id) {
        if (id == null || !KEYCLOAK_ID.matcher(id).matches()) {
            throw notFound(id);
        }
        UserRepresentation account;
        try {
            account = directory.user(id);
        } catch (ProblemException e) {
            throw e.status() == 404 ? notFound(id) : e;
        }
        if (account.getServiceAccountClientId() != null) {
            throw notFound(id);
        }
        String code = StaffMapper.unitCodeOf(account);
        Unit unit = code == null ? null : units.byCodes(List.of(code)).get(code);
        return response(account, rolesOf(id), unit);
    }

    /**
     * The account as the API shows it; an account on a closed unit (merged, divided or dissolved) is
     * flagged and offered the unit's primary successor, which the secretariat may move it to.
     */
    private StaffResponse response(UserRepresentation account, java.util.Collection<StaffRole> roles, Unit unit) {
        boolean closed = unit != null && units.isClosed(unit);
        Unit successor = closed ? units.primarySuccessor(unit).orElse(null) : null;
        return StaffMapper.toResponse(account, roles, unit, closed, successor);
    }

    private void audit(StaffResponse staff, String action, Map<String, ?> before, Map<String, ?> after) {
        history.recordKeyed(HISTORY_TYPE, staff.id(), staff.username(), action, before, after);
    }

    private void lockStaffChanges() {
        em.createNativeQuery("SELECT id FROM staff_change_lock WHERE id = 1 FOR UPDATE").getResultList();
    }

    private void checkNotLastAdmin(StaffResponse target, String what) {
        if (!target.enabled() || !target.roles().contains(StaffRole.ADMIN)) {
            return;
        }
        boolean anotherAdmin = directory.allUsers().stream()
                .filter(u -> Boolean.TRUE.equals(u.isEnabled()) && !u.getId().equals(target.id()))
                .anyMatch(u -> rolesOf(u.getId()).contains(StaffRole.ADMIN));
        if (!anotherAdmin) {
            throw ProblemException.of(409, "staff.last-admin", Msg.of("staff.action." + what.replace(' ', '-')),
                    target.username());
        }
    }

    private boolean isCaller(StaffResponse staff) {
        return staff.username().equals(user.username());
    }

    private static void checkAssignable(StaffRole role) {
        if (!role.assignableToPeople()) {
            throw ProblemException.invalidField("role", "staff.role.integration");
        }
    }

    private Unit requireUnit(long unitId) {
        Unit unit = units.visible(unitId)
                .orElseThrow(() -> ProblemException.invalidField("unitId", "record.unit-missing", String.valueOf(unitId)));
        if (!unit.active) {
            throw ProblemException.invalidField("unitId", "staff.unit.dissolved", unit.code);
        }
        return unit;
    }

    private Set<StaffRole> rolesOf(String userId) {
        Set<StaffRole> roles = new HashSet<>();
        directory.rolesOf(userId).forEach(r -> roles.add(StaffRole.ofRealmRole(r)));
        return roles;
    }

    private static Unit unitOf(UserRepresentation account, Map<String, Unit> unitsByCode) {
        String code = StaffMapper.unitCodeOf(account);
        return code == null ? null : unitsByCode.get(code);
    }

    /** Admins and the province's users see every account; others those of their subtree. */
    private static boolean inScope(Scope scope, Unit unit) {
        return scope.everything() || (unit != null && scope.contains(unit.path));
    }

    private static boolean underPath(Unit unit, String pathPrefix) {
        return unit != null && unit.path.startsWith(pathPrefix);
    }

    private static boolean matches(StaffResponse staff, String foldedQuery) {
        return Stream.of(staff.username(), staff.name(), staff.email(), staff.unitCode())
                .filter(Objects::nonNull)
                .anyMatch(value -> fold(value).contains(foldedQuery));
    }

    /** Lower case without Vietnamese diacritics ("Đằng" → "dang"), as the database's collation compares. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd');
    }

    private static Comparator<StaffResponse> comparator(List<SortField> sort) {
        Comparator<StaffResponse> order = null;
        for (SortField field : sort) {
            Comparator<StaffResponse> next = switch (field.name()) {
                case "name" -> by(s -> fold(s.name()));
                case "email" -> by(s -> s.email() == null ? null : s.email().toLowerCase(Locale.ROOT));
                case "createdAt" -> by(StaffResponse::createdAt);
                case "unit" -> by(StaffResponse::unitCode);
                default -> by(StaffResponse::username);
            };
            if (field.descending()) {
                next = next.reversed();
            }
            order = order == null ? next : order.thenComparing(next);
        }
        Comparator<StaffResponse> stable = Comparator.comparing(StaffResponse::id);
        return order == null ? stable : order.thenComparing(stable);
    }

    private static <T extends Comparable<? super T>> Comparator<StaffResponse> by(Function<StaffResponse, T> key) {
        return Comparator.comparing(key, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    private static ProblemException notFound(String id) {
        return ProblemException.notFound("record.staff", id);
    }
}
