package vn.coso.units;

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
import vn.coso.units.UnitDtos.UnitRequest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static vn.coso.imports.ImportColumn.ColumnType.BOOLEAN;
import static vn.coso.imports.ImportColumn.ColumnType.CHOICE;
import static vn.coso.imports.ImportColumn.ColumnType.CODE;
import static vn.coso.imports.ImportColumn.ColumnType.INTEGER;
import static vn.coso.imports.ImportColumn.ColumnType.TEXT;

/**
 * Units from a spreadsheet, parents by code: the file may describe a whole subtree, parents after
 * children or before. The rules are {@link UnitService}'s, through {@link UnitRules} and the
 * constraints of {@link UnitRequest}.
 */
@ApplicationScoped
public class UnitImport implements ImportKind {

    static final Definition DEFINITION = ImportKind.define("units", "Đơn vị", Set.of(Roles.ADMIN, Roles.OFFICER),
            ImportColumn.of("code", "Mã đơn vị", CODE, true, "VD-0001",
                    "Mã duy nhất, ổn định (mã hành chính chính thức nếu có, giữ số 0 ở đầu); mã đã có thì dòng cập nhật "
                            + "đơn vị đó. — Unique, stable code (the official administrative code where there is one, "
                            + "leading zeros kept); an existing code updates that unit.",
                    "Mã", "Mã ĐV", "Mã số đơn vị"),
            ImportColumn.of("name", "Tên đơn vị", TEXT, true, "Phường Ví Dụ", "Tên đầy đủ. — Full name.",
                    "Tên", "Tên gọi"),
            ImportColumn.of("type", "Loại đơn vị", CHOICE, true, "COMMUNE",
                    "PROVINCE (tỉnh), DISTRICT (huyện, thị xã, thành phố thuộc tỉnh), COMMUNE (xã, phường, thị trấn, "
                            + "đặc khu), VILLAGE (thôn, tổ dân phố), AGENCY (cơ quan nhà nước), PUBLIC_SERVICE_UNIT (đơn "
                            + "vị sự nghiệp công lập), ENTERPRISE (doanh nghiệp), MASS_ORGANIZATION (MTTQ và đoàn thể); "
                            + "the name in brackets is accepted too.",
                    "Loại", "Loại hình"),
            ImportColumn.of("parentCode", "Mã đơn vị cấp trên", CODE, false, "193",
                    "Mã đơn vị quản lý trực tiếp, đã có hoặc trong cùng tệp; để trống với tỉnh. — The managing unit's "
                            + "code, existing or in the same file; empty for the province.",
                    "Mã cấp trên", "Đơn vị cấp trên", "Mã đơn vị quản lý"),
            ImportColumn.of("taxCode", "Mã số thuế", CODE, false, null,
                    "Doanh nghiệp: 10 chữ số, chi nhánh 10-3 chữ số; địa phương không có. — Enterprises: 10 digits, "
                            + "a branch 10-3; localities have none.",
                    "MST"),
            ImportColumn.of("address", "Địa chỉ", TEXT, false, null, "Địa chỉ trụ sở. — Address."),
            ImportColumn.of("headCount", "Số người", INTEGER, false, "12000",
                    "Số cán bộ, người lao động hoặc nhân khẩu (số nguyên ≥ 0). — Staff, workers or residents (a whole "
                            + "number ≥ 0).",
                    "Quy mô", "Số lượng"),
            ImportColumn.of("active", "Đang hoạt động", BOOLEAN, false, "có",
                    "có / không; để trống là có. Đơn vị đã giải thể: không. — yes / no, empty means yes; a dissolved "
                            + "unit: no.",
                    "Hoạt động"));

    static final Map<UnitType, List<String>> TYPE_NAMES = Map.of(
            UnitType.PROVINCE, List.of("Tỉnh", "Cấp tỉnh"),
            UnitType.DISTRICT, List.of("Huyện", "Quận", "Thị xã", "Thành phố thuộc tỉnh", "Cấp huyện"),
            UnitType.COMMUNE, List.of("Xã", "Phường", "Thị trấn", "Đặc khu", "Cấp xã"),
            UnitType.VILLAGE, List.of("Thôn", "Tổ dân phố", "Khu phố", "Bản", "Ấp"),
            UnitType.AGENCY, List.of("Cơ quan nhà nước", "Cơ quan"),
            UnitType.PUBLIC_SERVICE_UNIT, List.of("Đơn vị sự nghiệp công lập", "Đơn vị sự nghiệp"),
            UnitType.ENTERPRISE, List.of("Doanh nghiệp"),
            UnitType.MASS_ORGANIZATION, List.of("MTTQ và đoàn thể", "Mặt trận Tổ quốc và các đoàn thể", "Đoàn thể"));

    @Override
    public Definition definition() {
        return DEFINITION;
    }

    @Override
    public ImportSession<?> open(ImportCaller caller) {
        return new Session(caller);
    }

    record Row(String code, String name, UnitType type, String parentCode, String taxCode, String address,
               Integer headCount, Boolean active) implements TreeImportSession.TreeRow {

        boolean activeOrDefault() {
            return active == null || active;
        }
    }

    /** A unit of the database that the file names. */
    record Existing(long id, String code, String name, UnitType type, String parentKey, String path, String taxCode,
                    String address, Integer headCount, boolean active) implements TreeImportSession.TreeNode {
    }

    private record TaxCodeOwner(String key, String name) {
    }

    /** The tree's session; what the file says of a unit that the rows below it need is its type. */
    static final class Session extends TreeImportSession<Row, Existing, UnitType> {

        private final Map<String, Integer> taxCodeRows = new HashMap<>();
        private final Map<String, TaxCodeOwner> taxCodeOwners = new HashMap<>();

        Session(ImportCaller caller) {
            super(caller, "unit", "type");
        }

        @Override
        protected Row parse(ImportRow row) {
            ImportRow.Checked cells = row.against(UnitRequest.class);
            String code = cells.text("code");
            String name = cells.text("name");
            UnitType type = cells.choice("type", UnitType.class, TYPE_NAMES);
            String parentCode = cells.optionalText("parentCode", "code");
            String taxCode = cells.text("taxCode");
            String address = cells.text("address");
            Integer headCount = cells.integer("headCount");
            Boolean active = row.bool("active");
            return new Row(code, name, type, parentCode, taxCode, address, headCount, active);
        }

        @Override
        protected UnitType fileFacts(Row record) {
            return record.type();
        }

        @Override
        protected UnitType factsOf(Existing unit) {
            return unit.type();
        }

        @Override
        protected boolean whole(UnitType type) {
            return type != null;
        }

        @Override
        protected boolean reshapes(Existing unit, UnitType type) {
            return type != null && type != unit.type();
        }

        @Override
        protected String scopePath(Existing unit) {
            return unit.path();
        }

        @Override
        protected void checkPlacement(Row record, UnitType parentType, ImportRow row) {
            if (record.type() != null) {
                UnitRules.placementProblem(record.type(), parentType).ifPresent(p -> row.error("parentCode", p));
            }
        }

        @Override
        protected void reportParentNotFound(Row record, ImportRow row) {
            row.error("parentCode", Msg.of("record.unit-in-scope", record.parentCode()));
        }

        @Override
        protected void reportCycle(ImportRow row) {
            row.error("parentCode", UnitRules.CYCLE);
        }

        @Override
        protected void rememberAlso(Row record, ImportRow row) {
            if (record.taxCode() != null) {
                Integer first = taxCodeRows.putIfAbsent(record.taxCode(), row.number());
                if (first != null) {
                    row.error("taxCode", Msg.of("unit.import.tax-code.repeated", String.valueOf(first)));
                }
            }
        }

        @Override
        protected void prepareAlso(Connection connection) throws SQLException {
            taxCodeOwners.clear();
            Jdbc.inChunks(taxCodeRows.keySet(), (chunk, in) -> {
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT tax_code, code, name FROM unit WHERE tax_code IN (" + in + ")")) {
                    Jdbc.setAll(select, chunk);
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            taxCodeOwners.put(rs.getString("tax_code"),
                                    new TaxCodeOwner(Cells.key(rs.getString("code")), rs.getString("name")));
                        }
                    }
                }
            });
        }

        @Override
        protected void loadRecords(Connection connection, Set<String> codes, boolean lock) throws SQLException {
            Jdbc.inChunks(codes, (chunk, in) -> {
                try (PreparedStatement select = connection.prepareStatement("SELECT u.id, u.code, u.name, u.type,"
                        + " p.code AS parent_code, u.path, u.tax_code, u.address, u.head_count, u.active"
                        + " FROM unit u LEFT JOIN unit p ON p.id = u.parent_id WHERE u.code IN (" + in + ")"
                        // A code held by a closed unit and by its successor names the successor: the open one comes last.
                        + " ORDER BY (u.valid_to IS NULL), u.valid_to"
                        + (lock ? " FOR UPDATE" : ""))) {
                    Jdbc.setAll(select, chunk);
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            String parentCode = rs.getString("parent_code");
                            known(new Existing(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                                    UnitType.valueOf(rs.getString("type")), parentCode == null ? null : Cells.key(parentCode),
                                    rs.getString("path"), rs.getString("tax_code"), rs.getString("address"),
                                    Jdbc.integer(rs, "head_count"), rs.getBoolean("active")), rs.getString("path"));
                        }
                    }
                }
            });
        }

        /** An update keeps the values of the columns the file does not have. */
        @Override
        protected Row complete(Row record) {
            Existing unit = existing(record);
            if (unit == null) {
                return record;
            }
            return new Row(record.code(), record.name(), record.type(),
                    fileHas("parentCode") ? record.parentCode() : unit.parentKey(),
                    fileHas("taxCode") ? record.taxCode() : unit.taxCode(),
                    fileHas("address") ? record.address() : unit.address(),
                    fileHas("headCount") ? record.headCount() : unit.headCount(),
                    fileHas("active") ? record.active() : Boolean.valueOf(unit.active()));
        }

        @Override
        protected ImportAction check(Row record, Existing unit, ImportRow row) {
            String key = key(record);
            UnitType type = record.type();
            String parentKey = record.parentKey();
            if (type != null) {
                UnitRules.parentPresenceProblem(type, parentKey != null).ifPresent(p -> row.error("parentCode", p));
                if (type.isRoot() && !caller.admin()) {
                    row.error("type", UnitRules.PROVINCE_FOR_ADMINS_ONLY);
                }
                UnitRules.taxCodeProblem(type, record.taxCode()).ifPresent(p -> row.error("taxCode", p));
            }
            if (parentKey != null && (type == null || !type.isRoot())) {
                checkParent(record, row);
            }
            if (record.taxCode() != null) {
                TaxCodeOwner owner = taxCodeOwners.get(record.taxCode());
                if (owner != null && !owner.key().equals(key)) {
                    row.error("taxCode", Msg.of("unit.tax-code.duplicate", record.taxCode(), owner.name()));
                }
            }
            if (unit == null) {
                return ImportAction.CREATE;
            }
            boolean moving = moving(unit, record);
            if (moving && caller.isScopeRoot(unit.id())) {
                row.error("parentCode", UnitRules.CANNOT_MOVE_OWN_UNIT);
            }
            if (type != null && type != unit.type()) {
                List<UnitType> staying = stayingChildTypes(record).stream().map(UnitType::valueOf).toList();
                UnitRules.childrenProblem(unit.code(), type, staying).ifPresent(p -> row.error("type", p));
            }
            if (moving && !row.hasErrors()) {
                move(record);
            }
            boolean same = !moving && Objects.equals(unit.name(), record.name()) && unit.type() == type
                    && Objects.equals(unit.taxCode(), record.taxCode()) && Objects.equals(unit.address(), record.address())
                    && Objects.equals(unit.headCount(), record.headCount()) && unit.active() == record.activeOrDefault();
            return same ? ImportAction.UNCHANGED : ImportAction.UPDATE;
        }

        @Override
        protected void write(List<Row> records, List<ImportAction> actions, Connection connection) throws SQLException {
            Instant now = Instant.now();
            writeBatches(records, actions, connection, "INSERT INTO unit (code, name, type, parent_id,"
                    + " path, tax_code, address, head_count, active, version, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)", (insert, row) -> {
                insert.setString(1, row.code());
                insert.setString(2, row.name());
                insert.setString(3, row.type().name());
                // A parent that this file creates has no id yet: see TreeImportSession.finish.
                Jdbc.setLong(insert, 4, existingParentId(row));
                insert.setString(5, pendingPath());
                Jdbc.setText(insert, 6, row.taxCode());
                Jdbc.setText(insert, 7, row.address());
                Jdbc.setInt(insert, 8, row.headCount());
                insert.setBoolean(9, row.activeOrDefault());
                Jdbc.setInstant(insert, 10, now);
                Jdbc.setInstant(insert, 11, now);
            }, "UPDATE unit SET name = ?, type = ?,"
                    + " tax_code = ?, address = ?, head_count = ?, active = ?, version = version + 1,"
                    + " updated_at = ? WHERE id = ?", (update, row) -> {
                update.setString(1, row.name());
                update.setString(2, row.type().name());
                Jdbc.setText(update, 3, row.taxCode());
                Jdbc.setText(update, 4, row.address());
                Jdbc.setInt(update, 5, row.headCount());
                update.setBoolean(6, row.activeOrDefault());
                Jdbc.setInstant(update, 7, now);
                update.setLong(8, existing(row).id());
            });
        }
    }
}
