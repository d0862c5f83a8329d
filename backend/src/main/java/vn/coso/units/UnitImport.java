package vn.coso.units;

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
import vn.coso.units.UnitDtos.UnitRequest;

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
import static vn.coso.imports.ImportColumn.ColumnType.INTEGER;
import static vn.coso.imports.ImportColumn.ColumnType.TEXT;

/**
 * Units from a spreadsheet, parents by code: the file may describe a whole subtree, parents after
 * children or before. The rules are {@link UnitService}'s, through {@link UnitRules} and the
 * constraints of {@link UnitRequest}.
 */
@ApplicationScoped
public class UnitImport implements ImportKind {

    static final List<ImportColumn> COLUMNS = List.of(
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
    public String name() {
        return "units";
    }

    @Override
    public String title() {
        return "Đơn vị";
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

    record Row(String code, String name, UnitType type, String parentCode, String taxCode, String address,
               Integer headCount, Boolean active) {

        String parentKey() {
            return parentCode == null ? null : Cells.key(parentCode);
        }

        boolean activeOrDefault() {
            return active == null || active;
        }
    }

    /** A unit of the database that the file names. */
    record Existing(long id, String code, String name, UnitType type, String parentKey, String path, String taxCode,
                    String address, Integer headCount, boolean active) {
    }

    private record TaxCodeOwner(String key, String name) {
    }

    private record Child(String key, UnitType type) {
    }

    static final class Session extends ImportSession<Row> {

        /** Marks the rows this session inserts until their paths are known. */
        private final String pendingPath = "#" + UUID.randomUUID();
        /** What the file says of each unit it names: its type, as the rows below it need it. */
        private final Map<String, UnitType> fileTypes = new HashMap<>();
        private final Set<String> invalidInFile = new HashSet<>();
        private final Set<String> referencedParents = new HashSet<>();
        private final Map<String, Integer> taxCodeRows = new HashMap<>();
        private final ImportedTree tree = new ImportedTree();

        private final Map<String, Existing> existing = new HashMap<>();
        private final Map<String, TaxCodeOwner> taxCodeOwners = new HashMap<>();
        private final Map<String, List<Child>> children = new HashMap<>();
        /** Existing units that the file moves under another parent, written after the new units. */
        private final List<String> moves = new ArrayList<>();

        Session(ImportCaller caller) {
            super(caller);
        }

        @Override
        protected Row parse(ImportRow row) {
            String code = row.text("code");
            row.validate(UnitRequest.class, "code", "code", code);
            String name = row.text("name");
            row.validate(UnitRequest.class, "name", "name", name);
            UnitType type = row.choice("type", UnitType.class, TYPE_NAMES);
            row.validate(UnitRequest.class, "type", "type", type);
            String parentCode = row.text("parentCode");
            if (parentCode != null) {
                row.validate(UnitRequest.class, "code", "parentCode", parentCode);
            }
            String taxCode = row.text("taxCode");
            row.validate(UnitRequest.class, "taxCode", "taxCode", taxCode);
            String address = row.text("address");
            row.validate(UnitRequest.class, "address", "address", address);
            Integer headCount = row.integer("headCount");
            row.validate(UnitRequest.class, "headCount", "headCount", headCount);
            Boolean active = row.bool("active");
            return new Row(code, name, type, parentCode, taxCode, address, headCount, active);
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
            if (record.taxCode() != null) {
                Integer first = taxCodeRows.putIfAbsent(record.taxCode(), row.number());
                if (first != null) {
                    row.error("taxCode", Msg.of("unit.import.tax-code.repeated", String.valueOf(first)));
                }
            }
            if (record.parentKey() != null) {
                referencedParents.add(record.parentKey());
            }
            String key = key(record);
            if (key == null || fileTypes.containsKey(key)) {
                return;
            }
            fileTypes.put(key, record.type());
            if (fileHas("parentCode")) {
                tree.place(key, record.parentKey());
            }
            if (row.hasErrors()) {
                invalidInFile.add(key);
            }
        }

        @Override
        protected void prepare(Connection connection, boolean forWrite) throws SQLException {
            existing.clear();
            taxCodeOwners.clear();
            children.clear();
            moves.clear();
            tree.forgetDatabase();
            Set<String> codes = new HashSet<>(fileTypes.keySet());
            codes.addAll(referencedParents);
            loadUnits(connection, codes, forWrite);
            // The parents of updated units, for rows that keep them (a file without the parentCode column).
            Set<String> parents = new HashSet<>();
            existing.values().stream().map(Existing::parentKey)
                    .filter(k -> k != null && !existing.containsKey(k)).forEach(parents::add);
            loadUnits(connection, parents, false);
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
            List<Long> retyped = new ArrayList<>();
            for (var entry : fileTypes.entrySet()) {
                Existing unit = existing.get(entry.getKey());
                if (unit != null && entry.getValue() != null && entry.getValue() != unit.type()) {
                    retyped.add(unit.id());
                }
            }
            Jdbc.inChunks(retyped, (chunk, in) -> {
                try (PreparedStatement select = connection.prepareStatement("SELECT p.code AS parent_code, c.code, c.type"
                        + " FROM unit c JOIN unit p ON p.id = c.parent_id WHERE p.id IN (" + in + ")")) {
                    Jdbc.setAll(select, chunk);
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            children.computeIfAbsent(Cells.key(rs.getString("parent_code")), k -> new ArrayList<>())
                                    .add(new Child(Cells.key(rs.getString("code")), UnitType.valueOf(rs.getString("type"))));
                        }
                    }
                }
            });
        }

        private void loadUnits(Connection connection, Set<String> codes, boolean lock) throws SQLException {
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
                            Existing unit = new Existing(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                                    UnitType.valueOf(rs.getString("type")), parentCode == null ? null : Cells.key(parentCode),
                                    rs.getString("path"), rs.getString("tax_code"), rs.getString("address"),
                                    Jdbc.integer(rs, "head_count"), rs.getBoolean("active"));
                            String key = Cells.key(unit.code());
                            existing.put(key, unit);
                            tree.known(key, unit.id(), unit.path());
                        }
                    }
                }
            });
        }

        /** An update keeps the values of the columns the file does not have. */
        @Override
        protected Row complete(Row record) {
            Existing unit = record.code() == null ? null : existing.get(key(record));
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
        protected ImportAction check(Row record, ImportRow row) {
            String key = key(record);
            Existing unit = key == null ? null : existing.get(key);
            if (unit != null && !caller.scope().contains(unit.path())) {
                row.error("code", Msg.of("import.value-taken"));
                return ImportAction.INVALID;
            }
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
                checkParent(record, row, key, parentKey);
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
            boolean moving = !Objects.equals(unit.parentKey(), parentKey);
            if (moving && caller.isScopeRoot(unit.id())) {
                row.error("parentCode", UnitRules.CANNOT_MOVE_OWN_UNIT);
            }
            if (type != null && type != unit.type()) {
                List<UnitType> staying = children.getOrDefault(key, List.of()).stream()
                        // A child in the file answers for its own placement.
                        .filter(child -> !fileTypes.containsKey(child.key()))
                        .map(Child::type)
                        .toList();
                UnitRules.childrenProblem(unit.code(), type, staying).ifPresent(p -> row.error("type", p));
            }
            if (moving && !row.hasErrors()) {
                moves.add(key);
            }
            boolean same = !moving && Objects.equals(unit.name(), record.name()) && unit.type() == type
                    && Objects.equals(unit.taxCode(), record.taxCode()) && Objects.equals(unit.address(), record.address())
                    && Objects.equals(unit.headCount(), record.headCount()) && unit.active() == record.activeOrDefault();
            return same ? ImportAction.UNCHANGED : ImportAction.UPDATE;
        }

        private void checkParent(Row record, ImportRow row, String key, String parentKey) {
            if (parentKey.equals(key)) {
                row.error("parentCode", UnitRules.CYCLE);
                return;
            }
            Existing parent = existing.get(parentKey);
            boolean inFile = fileTypes.containsKey(parentKey);
            if ((parent == null && !inFile) || (parent != null && !caller.scope().contains(parent.path()))) {
                row.error("parentCode", Msg.of("record.unit-in-scope", record.parentCode()));
                return;
            }
            UnitType parentType;
            if (inFile) {
                // Its own row answers for its problems; its type is the one it will have.
                if (invalidInFile.contains(parentKey) || fileTypes.get(parentKey) == null) {
                    return;
                }
                parentType = fileTypes.get(parentKey);
            } else {
                parentType = parent.type();
            }
            if (record.type() != null) {
                UnitRules.placementProblem(record.type(), parentType).ifPresent(p -> row.error("parentCode", p));
            }
            if (key != null && tree.loops(key, parentKey)) {
                row.error("parentCode", UnitRules.CYCLE);
            }
        }

        @Override
        protected void write(List<Row> records, List<ImportAction> actions, Connection connection) throws SQLException {
            Instant now = Instant.now();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO unit (code, name, type, parent_id,"
                    + " path, tax_code, address, head_count, active, version, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)");
                 PreparedStatement update = connection.prepareStatement("UPDATE unit SET name = ?, type = ?,"
                         + " tax_code = ?, address = ?, head_count = ?, active = ?, version = version + 1,"
                         + " updated_at = ? WHERE id = ?")) {
                boolean inserts = false;
                boolean updates = false;
                for (int i = 0; i < records.size(); i++) {
                    Row row = records.get(i);
                    if (actions.get(i) == ImportAction.CREATE) {
                        insert.setString(1, row.code());
                        insert.setString(2, row.name());
                        insert.setString(3, row.type().name());
                        // A parent that this file creates has no id yet: see finish().
                        Existing parent = row.parentKey() == null ? null : existing.get(row.parentKey());
                        Jdbc.setLong(insert, 4, parent == null ? null : parent.id());
                        insert.setString(5, pendingPath);
                        Jdbc.setText(insert, 6, row.taxCode());
                        Jdbc.setText(insert, 7, row.address());
                        Jdbc.setInt(insert, 8, row.headCount());
                        insert.setBoolean(9, row.activeOrDefault());
                        Jdbc.setInstant(insert, 10, now);
                        Jdbc.setInstant(insert, 11, now);
                        insert.addBatch();
                        inserts = true;
                    } else if (actions.get(i) == ImportAction.UPDATE) {
                        update.setString(1, row.name());
                        update.setString(2, row.type().name());
                        Jdbc.setText(update, 3, row.taxCode());
                        Jdbc.setText(update, 4, row.address());
                        Jdbc.setInt(update, 5, row.headCount());
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

        /** New units get their parents and paths, then existing units move. */
        @Override
        protected void finish(Connection connection) throws SQLException {
            Map<String, Long> ids = new HashMap<>();
            existing.forEach((key, unit) -> ids.put(key, unit.id()));
            tree.finishWrites(connection, "unit", pendingPath, ids, moves);
        }
    }
}
