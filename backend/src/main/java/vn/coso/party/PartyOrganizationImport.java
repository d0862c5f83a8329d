package vn.coso.party;

import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.i18n.Msg;
import vn.coso.common.security.Roles;
import vn.coso.imports.Cells;
import vn.coso.imports.ImportAction;
import vn.coso.imports.ImportCaller;
import vn.coso.imports.ImportColumn;
import vn.coso.imports.ImportKind;
import vn.coso.imports.ImportRow;
import vn.coso.imports.ImportSession;
import vn.coso.imports.ImportedTree;
import vn.coso.imports.Jdbc;
import vn.coso.party.PartyDtos.PartyOrganizationRequest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import static vn.coso.imports.ImportColumn.ColumnType.BOOLEAN;
import static vn.coso.imports.ImportColumn.ColumnType.CHOICE;
import static vn.coso.imports.ImportColumn.ColumnType.CODE;
import static vn.coso.imports.ImportColumn.ColumnType.TEXT;

/**
 * Party organisations from a spreadsheet, their unit and their superior by code; the file may
 * describe a whole subtree. The rules are {@link PartyOrganizationService}'s, through
 * {@link PartyOrganizationRules} and the constraints of {@link PartyOrganizationRequest}.
 */
@ApplicationScoped
public class PartyOrganizationImport implements ImportKind {

    static final List<ImportColumn> COLUMNS = List.of(
            ImportColumn.of("code", "Mã tổ chức đảng", CODE, true, "VD-CB-01",
                    "Mã duy nhất; mã đã có thì dòng cập nhật tổ chức đó. — Unique code; an existing code updates that "
                            + "organisation.",
                    "Mã", "Mã tổ chức", "Mã TCĐ"),
            ImportColumn.of("name", "Tên tổ chức đảng", TEXT, true, "Chi bộ Khu Ví Dụ", "Tên đầy đủ. — Full name.",
                    "Tên", "Tên tổ chức"),
            ImportColumn.of("level", "Cấp", CHOICE, true, "BELOW_GRASSROOTS",
                    "PROVINCIAL (Đảng bộ tỉnh), DIRECTLY_SUBORDINATE (trực thuộc Tỉnh ủy), GRASSROOTS (cơ sở), "
                            + "BELOW_GRASSROOTS (dưới cơ sở: đảng bộ bộ phận, chi bộ trực thuộc); the name in brackets "
                            + "is accepted too.",
                    "Cấp tổ chức", "Cấp tổ chức đảng"),
            ImportColumn.of("form", "Loại hình", CHOICE, true, "CELL",
                    "COMMITTEE (đảng bộ) hoặc CELL (chi bộ). — A committee, or a cell, which has no organisations "
                            + "under it.",
                    "Hình thức", "Loại"),
            ImportColumn.of("unitCode", "Mã đơn vị", CODE, true, "06694",
                    "Mã đơn vị mà tổ chức thuộc về; phạm vi theo đơn vị này. — Code of the unit it belongs to; scope "
                            + "follows that unit.",
                    "Đơn vị", "Mã đơn vị trực thuộc"),
            ImportColumn.of("parentCode", "Mã tổ chức đảng cấp trên", CODE, false, "VD-DB-01",
                    "Mã tổ chức cấp trên, đã có hoặc trong cùng tệp; để trống với Đảng bộ tỉnh. — The superior "
                            + "organisation's code, existing or in the same file; empty for the provincial one.",
                    "Mã cấp trên", "Tổ chức cấp trên", "Mã tổ chức cấp trên"),
            ImportColumn.of("secretaryName", "Bí thư", TEXT, false, "Nguyễn Văn An",
                    "Họ tên bí thư. — The secretary's full name.", "Họ tên bí thư", "Họ và tên bí thư"),
            ImportColumn.of("active", "Đang hoạt động", BOOLEAN, false, "có",
                    "có / không; để trống là có. — yes / no, empty means yes.", "Hoạt động"));

    static final Map<PartyOrganizationLevel, List<String>> LEVEL_NAMES = Map.of(
            PartyOrganizationLevel.PROVINCIAL, List.of("Đảng bộ tỉnh", "Cấp tỉnh", "Tỉnh"),
            PartyOrganizationLevel.DIRECTLY_SUBORDINATE, List.of("Trực thuộc Tỉnh ủy", "Trực thuộc tỉnh",
                    "Cấp trên cơ sở"),
            PartyOrganizationLevel.GRASSROOTS, List.of("Cơ sở", "Cấp cơ sở", "Đảng bộ cơ sở", "Chi bộ cơ sở"),
            PartyOrganizationLevel.BELOW_GRASSROOTS, List.of("Dưới cơ sở", "Đảng bộ bộ phận", "Chi bộ trực thuộc"));
    static final Map<PartyOrganizationForm, List<String>> FORM_NAMES = Map.of(
            PartyOrganizationForm.COMMITTEE, List.of("Đảng bộ"),
            PartyOrganizationForm.CELL, List.of("Chi bộ"));

    @Override
    public String name() {
        return "party-organizations";
    }

    @Override
    public String title() {
        return "Tổ chức đảng";
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.ADMIN, Roles.OFFICER);
    }

    @Override
    public List<ImportColumn> columns() {
        return COLUMNS;
    }

    @Override
    public ImportSession<?> open(ImportCaller caller) {
        return new Session(caller);
    }

    record Row(String code, String name, PartyOrganizationLevel level, PartyOrganizationForm form, String unitCode,
               String parentCode, String secretaryName, Boolean active) {

        String parentKey() {
            return parentCode == null ? null : Cells.key(parentCode);
        }

        boolean activeOrDefault() {
            return active == null || active;
        }
    }

    /** What the file says of an organisation that the rows below it need. */
    private record InFile(PartyOrganizationLevel level, PartyOrganizationForm form, boolean valid) {
    }

    private record Existing(long id, String code, String name, PartyOrganizationLevel level,
                            PartyOrganizationForm form, String parentKey, String secretaryName, boolean active,
                            long unitId, String unitKey, String unitPath) {
    }

    private record UnitFacts(long id, String path) {
    }

    private record Child(String key, PartyOrganizationLevel level) {
    }

    static final class Session extends ImportSession<Row> {

        private final String pendingPath = "#" + UUID.randomUUID();
        private final Map<String, InFile> inFile = new HashMap<>();
        private final Set<String> referencedParents = new HashSet<>();
        private final Set<String> referencedUnits = new HashSet<>();
        private final ImportedTree tree = new ImportedTree();

        private final Map<String, Existing> existing = new HashMap<>();
        private final Map<String, UnitFacts> units = new HashMap<>();
        private final Map<String, List<Child>> children = new HashMap<>();
        private final List<String> moves = new ArrayList<>();

        Session(ImportCaller caller) {
            super(caller);
        }

        @Override
        protected Row parse(ImportRow row) {
            String code = row.text("code");
            row.validate(PartyOrganizationRequest.class, "code", "code", code);
            String name = row.text("name");
            row.validate(PartyOrganizationRequest.class, "name", "name", name);
            PartyOrganizationLevel level = row.choice("level", PartyOrganizationLevel.class, LEVEL_NAMES);
            row.validate(PartyOrganizationRequest.class, "level", "level", level);
            PartyOrganizationForm form = row.choice("form", PartyOrganizationForm.class, FORM_NAMES);
            row.validate(PartyOrganizationRequest.class, "form", "form", form);
            String unitCode = row.text("unitCode");
            row.validate(PartyOrganizationRequest.class, "code", "unitCode", unitCode);
            String parentCode = row.text("parentCode");
            if (parentCode != null) {
                row.validate(PartyOrganizationRequest.class, "code", "parentCode", parentCode);
            }
            String secretaryName = row.text("secretaryName");
            row.validate(PartyOrganizationRequest.class, "secretaryName", "secretaryName", secretaryName);
            Boolean active = row.bool("active");
            return new Row(code, name, level, form, unitCode, parentCode, secretaryName, active);
        }

        @Override
        protected String key(Row row) {
            return row.code() == null ? null : Cells.key(row.code());
        }

        @Override
        protected String keyField() {
            return "code";
        }

        @Override
        protected String label(Row row) {
            return row.code();
        }

        @Override
        protected void remember(Row record, ImportRow row) {
            if (record.parentKey() != null) {
                referencedParents.add(record.parentKey());
            }
            if (record.unitCode() != null) {
                referencedUnits.add(Cells.key(record.unitCode()));
            }
            String key = key(record);
            if (key != null && !inFile.containsKey(key)) {
                inFile.put(key, new InFile(record.level(), record.form(), !row.hasErrors()));
                if (fileHas("parentCode")) {
                    tree.place(key, record.parentKey());
                }
            }
        }

        @Override
        protected void prepare(Connection connection, boolean forWrite) throws SQLException {
            existing.clear();
            units.clear();
            children.clear();
            moves.clear();
            tree.forgetDatabase();
            Set<String> codes = new HashSet<>(inFile.keySet());
            codes.addAll(referencedParents);
            loadOrganizations(connection, codes, forWrite);
            // The superiors of updated organisations, for rows that keep them (no parentCode column).
            Set<String> parents = new HashSet<>();
            existing.values().stream().map(Existing::parentKey)
                    .filter(k -> k != null && !existing.containsKey(k)).forEach(parents::add);
            loadOrganizations(connection, parents, false);
            // The units of updated organisations, for rows that keep them (no unitCode column).
            existing.values().forEach(o -> referencedUnits.add(o.unitKey()));
            Jdbc.inChunks(referencedUnits, (chunk, in) -> {
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT id, code, path FROM unit WHERE code IN (" + in + ")")) {
                    Jdbc.setAll(select, chunk);
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            units.put(Cells.key(rs.getString("code")), new UnitFacts(rs.getLong("id"), rs.getString("path")));
                        }
                    }
                }
            });
            List<Long> reshaped = new ArrayList<>();
            for (var entry : inFile.entrySet()) {
                Existing organization = existing.get(entry.getKey());
                InFile row = entry.getValue();
                if (organization != null && (row.level() != organization.level() || row.form() != organization.form())) {
                    reshaped.add(organization.id());
                }
            }
            Jdbc.inChunks(reshaped, (chunk, in) -> {
                try (PreparedStatement select = connection.prepareStatement("SELECT p.code AS parent_code, c.code,"
                        + " c.level FROM party_organization c JOIN party_organization p ON p.id = c.parent_id"
                        + " WHERE p.id IN (" + in + ")")) {
                    Jdbc.setAll(select, chunk);
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            children.computeIfAbsent(Cells.key(rs.getString("parent_code")), k -> new ArrayList<>())
                                    .add(new Child(Cells.key(rs.getString("code")),
                                            PartyOrganizationLevel.valueOf(rs.getString("level"))));
                        }
                    }
                }
            });
        }

        private void loadOrganizations(Connection connection, Set<String> codes, boolean lock) throws SQLException {
            Jdbc.inChunks(codes, (chunk, in) -> {
                try (PreparedStatement select = connection.prepareStatement("SELECT o.id, o.code, o.name, o.level,"
                        + " o.form, p.code AS parent_code, o.path, o.secretary_name, o.active, o.unit_id,"
                        + " u.code AS unit_code, u.path AS unit_path FROM party_organization o"
                        + " JOIN unit u ON u.id = o.unit_id LEFT JOIN party_organization p ON p.id = o.parent_id"
                        + " WHERE o.code IN (" + in + ")" + (lock ? " FOR UPDATE" : ""))) {
                    Jdbc.setAll(select, chunk);
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            String parentCode = rs.getString("parent_code");
                            Existing organization = new Existing(rs.getLong("id"), rs.getString("code"),
                                    rs.getString("name"), PartyOrganizationLevel.valueOf(rs.getString("level")),
                                    PartyOrganizationForm.valueOf(rs.getString("form")),
                                    parentCode == null ? null : Cells.key(parentCode), rs.getString("secretary_name"),
                                    rs.getBoolean("active"), rs.getLong("unit_id"), Cells.key(rs.getString("unit_code")),
                                    rs.getString("unit_path"));
                            String key = Cells.key(organization.code());
                            existing.put(key, organization);
                            tree.known(key, organization.id(), rs.getString("path"));
                        }
                    }
                }
            });
        }

        /** An update keeps the values of the columns the file does not have. */
        @Override
        protected Row complete(Row record) {
            Existing organization = record.code() == null ? null : existing.get(key(record));
            if (organization == null) {
                return record;
            }
            return new Row(record.code(), record.name(), record.level(), record.form(),
                    fileHas("unitCode") ? record.unitCode() : organization.unitKey(),
                    fileHas("parentCode") ? record.parentCode() : organization.parentKey(),
                    fileHas("secretaryName") ? record.secretaryName() : organization.secretaryName(),
                    fileHas("active") ? record.active() : Boolean.valueOf(organization.active()));
        }

        @Override
        protected ImportAction check(Row record, ImportRow row) {
            String key = key(record);
            Existing organization = key == null ? null : existing.get(key);
            if (organization != null && !caller.scope().contains(organization.unitPath())) {
                row.error("code", Msg.of("import.value-taken"));
                return ImportAction.INVALID;
            }
            UnitFacts unit = null;
            if (record.unitCode() != null) {
                unit = units.get(Cells.key(record.unitCode()));
                if (unit == null || !caller.scope().contains(unit.path())) {
                    row.error("unitCode", Msg.of("record.unit-in-scope", record.unitCode()));
                }
            }
            PartyOrganizationLevel level = record.level();
            String parentKey = record.parentKey();
            if (level != null) {
                if (record.form() != null) {
                    PartyOrganizationRules.formProblem(level, record.form()).ifPresent(p -> row.error("form", p));
                }
                PartyOrganizationRules.parentPresenceProblem(level, parentKey != null)
                        .ifPresent(p -> row.error("parentCode", p));
                if (level == PartyOrganizationLevel.PROVINCIAL && !caller.admin()) {
                    row.error("level", PartyOrganizationRules.PROVINCIAL_FOR_ADMINS_ONLY);
                }
            }
            if (parentKey != null && level != PartyOrganizationLevel.PROVINCIAL) {
                checkParent(record, row, key, parentKey);
            }
            if (organization == null) {
                return ImportAction.CREATE;
            }
            if (level != null && record.form() != null
                    && (level != organization.level() || record.form() != organization.form())) {
                List<PartyOrganizationLevel> staying = children.getOrDefault(key, List.of()).stream()
                        // A child in the file answers for its own placement.
                        .filter(child -> !inFile.containsKey(child.key()))
                        .map(Child::level)
                        .toList();
                PartyOrganizationRules.childrenProblem(organization.name(), level, record.form(), staying)
                        .ifPresent(p -> row.error(record.form() != organization.form() ? "form" : "level", p));
            }
            boolean moving = !Objects.equals(organization.parentKey(), parentKey);
            if (moving && !row.hasErrors()) {
                moves.add(key);
            }
            boolean same = !moving && Objects.equals(organization.name(), record.name()) && organization.level() == level
                    && organization.form() == record.form() && unit != null && organization.unitId() == unit.id()
                    && Objects.equals(organization.secretaryName(), record.secretaryName())
                    && organization.active() == record.activeOrDefault();
            return same ? ImportAction.UNCHANGED : ImportAction.UPDATE;
        }

        private void checkParent(Row record, ImportRow row, String key, String parentKey) {
            if (parentKey.equals(key)) {
                row.error("parentCode", PartyOrganizationRules.CYCLE);
                return;
            }
            Existing parent = existing.get(parentKey);
            InFile fileParent = inFile.get(parentKey);
            if ((parent == null && fileParent == null) || (parent != null && !caller.scope().contains(parent.unitPath()))) {
                row.error("parentCode", Msg.of("record.party-organization-in-scope", record.parentCode()));
                return;
            }
            PartyOrganizationLevel parentLevel;
            PartyOrganizationForm parentForm;
            if (fileParent != null) {
                // Its own row answers for its problems; its level and form are the ones it will have.
                if (!fileParent.valid() || fileParent.level() == null || fileParent.form() == null) {
                    return;
                }
                parentLevel = fileParent.level();
                parentForm = fileParent.form();
            } else {
                parentLevel = parent.level();
                parentForm = parent.form();
            }
            if (record.level() != null) {
                PartyOrganizationRules.placementProblem(record.level(), parentLevel, parentForm)
                        .ifPresent(p -> row.error("parentCode", p));
            }
            if (key != null && tree.loops(key, parentKey)) {
                row.error("parentCode", PartyOrganizationRules.CYCLE);
            }
        }

        @Override
        protected void write(List<Row> records, List<ImportAction> actions, Connection connection) throws SQLException {
            Instant now = Instant.now();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO party_organization (code, name,"
                    + " level, form, unit_id, parent_id, path, secretary_name, active, version, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)");
                 PreparedStatement update = connection.prepareStatement("UPDATE party_organization SET name = ?,"
                         + " level = ?, form = ?, unit_id = ?, secretary_name = ?, active = ?, version = version + 1,"
                         + " updated_at = ? WHERE id = ?")) {
                boolean inserts = false;
                boolean updates = false;
                for (int i = 0; i < records.size(); i++) {
                    Row row = records.get(i);
                    long unitId = units.get(Cells.key(row.unitCode())).id();
                    if (actions.get(i) == ImportAction.CREATE) {
                        insert.setString(1, row.code());
                        insert.setString(2, row.name());
                        insert.setString(3, row.level().name());
                        insert.setString(4, row.form().name());
                        insert.setLong(5, unitId);
                        // A superior that this file creates has no id yet: see ImportedTree.finishWrites.
                        Existing parent = row.parentKey() == null ? null : existing.get(row.parentKey());
                        Jdbc.setLong(insert, 6, parent == null ? null : parent.id());
                        insert.setString(7, pendingPath);
                        Jdbc.setText(insert, 8, row.secretaryName());
                        insert.setBoolean(9, row.activeOrDefault());
                        Jdbc.setInstant(insert, 10, now);
                        Jdbc.setInstant(insert, 11, now);
                        insert.addBatch();
                        inserts = true;
                    } else if (actions.get(i) == ImportAction.UPDATE) {
                        update.setString(1, row.name());
                        update.setString(2, row.level().name());
                        update.setString(3, row.form().name());
                        update.setLong(4, unitId);
                        Jdbc.setText(update, 5, row.secretaryName());
                        update.setBoolean(6, row.activeOrDefault());
                        Jdbc.setInstant(update, 7, now);
                        update.setLong(8, existing.get(key(row)).id());
                        update.addBatch();
                        updates = true;
                    }
                }
                if (inserts) {
                    insert.executeBatch();
                }
                if (updates) {
                    update.executeBatch();
                }
            }
        }

        @Override
        protected void finish(Connection connection) throws SQLException {
            Map<String, Long> ids = new HashMap<>();
            existing.forEach((key, organization) -> ids.put(key, organization.id()));
            tree.finishWrites(connection, "party_organization", pendingPath, ids, moves);
        }
    }
}
