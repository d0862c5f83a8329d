package vn.coso.party;

import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.i18n.Msg;
import vn.coso.common.security.Roles;
import vn.coso.imports.Cells;
import vn.coso.imports.ImportAction;
import vn.coso.imports.ImportCaller;
import vn.coso.imports.ImportColumn;
import vn.coso.imports.ImportKind;
import vn.coso.imports.ImportKind.Definition;
import vn.coso.imports.ImportRow;
import vn.coso.imports.ImportSession;
import vn.coso.imports.TreeImportSession;
import vn.coso.imports.Jdbc;
import vn.coso.party.PartyDtos.PartyOrganizationRequest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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

    static final Definition DEFINITION = ImportKind.define("party-organizations", "Tổ chức đảng", Set.of(Roles.ADMIN, Roles.OFFICER),
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
    public Definition definition() {
        return DEFINITION;
    }

    @Override
    public ImportSession<?> open(ImportCaller caller) {
        return new Session(caller);
    }

    record Row(String code, String name, PartyOrganizationLevel level, PartyOrganizationForm form, String unitCode,
               String parentCode, String secretaryName, Boolean active) implements TreeImportSession.TreeRow {

        boolean activeOrDefault() {
            return active == null || active;
        }
    }

    /** What decides what may stand under an organisation: its level and form. */
    private record Shape(PartyOrganizationLevel level, PartyOrganizationForm form) {
    }

    private record Existing(long id, String code, String name, PartyOrganizationLevel level,
                            PartyOrganizationForm form, String parentKey, String secretaryName, boolean active,
                            long unitId, String unitKey, String unitPath) implements TreeImportSession.TreeNode {
    }

    private record UnitFacts(long id, String path) {
    }

    static final class Session extends TreeImportSession<Row, Existing, Shape> {

        private final Set<String> referencedUnits = new HashSet<>();
        private final Map<String, UnitFacts> units = new HashMap<>();

        Session(ImportCaller caller) {
            super(caller, "party_organization", "level");
        }

        @Override
        protected Row parse(ImportRow row) {
            ImportRow.Checked cells = row.against(PartyOrganizationRequest.class);
            String code = cells.text("code");
            String name = cells.text("name");
            PartyOrganizationLevel level = cells.choice("level", PartyOrganizationLevel.class, LEVEL_NAMES);
            PartyOrganizationForm form = cells.choice("form", PartyOrganizationForm.class, FORM_NAMES);
            String unitCode = cells.text("unitCode", "code");
            String parentCode = cells.optionalText("parentCode", "code");
            String secretaryName = cells.text("secretaryName");
            Boolean active = row.bool("active");
            return new Row(code, name, level, form, unitCode, parentCode, secretaryName, active);
        }

        @Override
        protected Shape fileFacts(Row record) {
            return new Shape(record.level(), record.form());
        }

        @Override
        protected Shape factsOf(Existing organization) {
            return new Shape(organization.level(), organization.form());
        }

        @Override
        protected boolean whole(Shape shape) {
            return shape.level() != null && shape.form() != null;
        }

        @Override
        protected boolean reshapes(Existing organization, Shape shape) {
            return shape.level() != organization.level() || shape.form() != organization.form();
        }

        @Override
        protected String scopePath(Existing organization) {
            return organization.unitPath();
        }

        @Override
        protected void checkPlacement(Row record, Shape parent, ImportRow row) {
            if (record.level() != null) {
                PartyOrganizationRules.placementProblem(record.level(), parent.level(), parent.form())
                        .ifPresent(p -> row.error("parentCode", p));
            }
        }

        @Override
        protected void reportParentNotFound(Row record, ImportRow row) {
            row.error("parentCode", Msg.of("record.party-organization-in-scope", record.parentCode()));
        }

        @Override
        protected void reportCycle(ImportRow row) {
            row.error("parentCode", Msg.of(PartyOrganizationRules.CYCLE));
        }

        @Override
        protected void rememberAlso(Row record, ImportRow row) {
            if (record.unitCode() != null) {
                referencedUnits.add(Cells.key(record.unitCode()));
            }
        }

        @Override
        protected void prepareAlso(Connection connection) throws SQLException {
            units.clear();
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
        }

        @Override
        protected void loadRecords(Connection connection, Set<String> codes, boolean lock) throws SQLException {
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
                            // The units of updated organisations, for rows that keep them (no unitCode column).
                            referencedUnits.add(organization.unitKey());
                            known(organization, rs.getString("path"));
                        }
                    }
                }
            });
        }

        /** An update keeps the values of the columns the file does not have. */
        @Override
        protected Row complete(Row record) {
            Existing organization = existing(record);
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
        protected ImportAction check(Row record, Existing organization, ImportRow row) {
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
                    row.error("level", Msg.of(PartyOrganizationRules.PROVINCIAL_FOR_ADMINS_ONLY));
                }
            }
            if (parentKey != null && level != PartyOrganizationLevel.PROVINCIAL) {
                checkParent(record, row);
            }
            if (organization == null) {
                return ImportAction.CREATE;
            }
            if (level != null && record.form() != null
                    && (level != organization.level() || record.form() != organization.form())) {
                List<PartyOrganizationLevel> staying = stayingChildTypes(record).stream()
                        .map(PartyOrganizationLevel::valueOf).toList();
                PartyOrganizationRules.childrenProblem(organization.name(), level, record.form(), staying)
                        .ifPresent(p -> row.error(record.form() != organization.form() ? "form" : "level", p));
            }
            boolean moving = moving(organization, record);
            if (moving && !row.hasErrors()) {
                move(record);
            }
            boolean same = !moving && Objects.equals(organization.name(), record.name()) && organization.level() == level
                    && organization.form() == record.form() && unit != null && organization.unitId() == unit.id()
                    && Objects.equals(organization.secretaryName(), record.secretaryName())
                    && organization.active() == record.activeOrDefault();
            return same ? ImportAction.UNCHANGED : ImportAction.UPDATE;
        }

        private long unitId(Row row) {
            return units.get(Cells.key(row.unitCode())).id();
        }

        @Override
        protected void write(List<Row> records, List<ImportAction> actions, Connection connection) throws SQLException {
            Instant now = Instant.now();
            writeBatches(records, actions, connection, "INSERT INTO party_organization (code, name,"
                    + " level, form, unit_id, parent_id, path, secretary_name, active, version, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)", (insert, row) -> {
                insert.setString(1, row.code());
                insert.setString(2, row.name());
                insert.setString(3, row.level().name());
                insert.setString(4, row.form().name());
                insert.setLong(5, unitId(row));
                // A superior that this file creates has no id yet: see TreeImportSession.finish.
                Jdbc.setLong(insert, 6, existingParentId(row));
                insert.setString(7, pendingPath());
                Jdbc.setText(insert, 8, row.secretaryName());
                insert.setBoolean(9, row.activeOrDefault());
                Jdbc.setInstant(insert, 10, now);
                Jdbc.setInstant(insert, 11, now);
            }, "UPDATE party_organization SET name = ?,"
                    + " level = ?, form = ?, unit_id = ?, secretary_name = ?, active = ?, version = version + 1,"
                    + " updated_at = ? WHERE id = ?", (update, row) -> {
                update.setString(1, row.name());
                update.setString(2, row.level().name());
                update.setString(3, row.form().name());
                update.setLong(4, unitId(row));
                Jdbc.setText(update, 5, row.secretaryName());
                update.setBoolean(6, row.activeOrDefault());
                Jdbc.setInstant(update, 7, now);
                update.setLong(8, existing(row).id());
            });
        }
    }
}
