package vn.coso.regulations;

import vn.coso.common.time.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.history.HistoryService;
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
import vn.coso.imports.Jdbc;
import vn.coso.regulations.RegulationDtos.RegulationRequest;
import vn.coso.units.UnitType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static vn.coso.imports.ImportColumn.ColumnType.CHOICE;
import static vn.coso.imports.ImportColumn.ColumnType.CODE;
import static vn.coso.imports.ImportColumn.ColumnType.DATE;
import static vn.coso.imports.ImportColumn.ColumnType.TEXT;

/**
 * Democracy regulations (and villages' conventions) from a spreadsheet, their unit by code. A row
 * whose unit already has a regulation with the row's number updates it; other rows create one. The
 * rules are {@link RegulationService}'s: the kind fits the unit, one regulation in force per unit
 * (a new one says which it replaces), status only moves forward (DRAFTING → IN_CONSULTATION →
 * ISSUED), and every change goes into the regulation's history.
 */
@ApplicationScoped
public class RegulationImport implements ImportKind {

    static final Definition DEFINITION = ImportKind.define("regulations", "Quy chế dân chủ", Set.of(Roles.ADMIN, Roles.OFFICER),
            ImportColumn.of("unitCode", "Mã đơn vị", CODE, true, "06694",
                    "Mã đơn vị ban hành quy chế. — Code of the unit whose regulation it is.", "Đơn vị"),
            ImportColumn.of("kind", "Loại văn bản", CHOICE, false, "REGULATION",
                    "REGULATION (quy chế dân chủ ở cơ sở) hoặc CONVENTION (hương ước, quy ước — chỉ thôn, tổ dân phố); để "
                            + "trống thì theo loại đơn vị. — Empty: what fits the unit.",
                    "Loại", "Loại quy chế"),
            ImportColumn.of("number", "Số hiệu", TEXT, false, "01/QĐ-VD",
                    "Số hiệu văn bản; đơn vị đã có quy chế số này thì dòng cập nhật quy chế đó. — The document number; "
                            + "if the unit has a regulation with this number, the row updates it.",
                    "Số", "Số văn bản", "Số quyết định"),
            ImportColumn.of("title", "Tên văn bản", TEXT, true, "Quy chế thực hiện dân chủ ở cơ sở (ví dụ)",
                    "Tên, trích yếu. — Title.", "Tiêu đề", "Trích yếu", "Tên quy chế"),
            ImportColumn.of("issueDate", "Ngày ban hành", DATE, false, "2024-03-15",
                    "DD/MM/YYYY hoặc YYYY-MM-DD, từ 01/01/1998. — The issue date, from 1998.", "Ngày ký"),
            ImportColumn.of("status", "Trạng thái", CHOICE, false, "ISSUED",
                    "DRAFTING (dự thảo, mặc định), IN_CONSULTATION (đang lấy ý kiến), ISSUED (đã ban hành: cần số hiệu và "
                            + "ngày ban hành); trạng thái chỉ tiến lên. — Status only moves forward; repeal is an operation.",
                    "Tình trạng"),
            ImportColumn.of("replacesNumber", "Thay thế văn bản số", TEXT, false, null,
                    "Số hiệu quy chế cũ của cùng đơn vị mà văn bản này thay thế (quy chế cũ chuyển sang REVISED khi văn "
                            + "bản này ban hành). — Number of the same unit's regulation that this one replaces.",
                    "Văn bản được thay thế", "Thay thế số"));

    static final Map<RegulationKind, List<String>> KIND_NAMES = Map.of(
            RegulationKind.REGULATION, List.of("Quy chế", "Quy chế dân chủ", "Quy chế dân chủ ở cơ sở", "QCDC"),
            RegulationKind.CONVENTION, List.of("Hương ước", "Quy ước", "Hương ước, quy ước"));
    static final Map<RegulationStatus, List<String>> STATUS_NAMES = Map.of(
            RegulationStatus.DRAFTING, List.of("Dự thảo", "Đang xây dựng"),
            RegulationStatus.IN_CONSULTATION, List.of("Lấy ý kiến", "Đang lấy ý kiến"),
            RegulationStatus.ISSUED, List.of("Đã ban hành", "Ban hành", "Có hiệu lực"),
            RegulationStatus.REVISED, List.of("Đã sửa đổi", "Được thay thế"),
            RegulationStatus.REPEALED, List.of("Bãi bỏ", "Đã bãi bỏ"));

    private final HistoryService history;

    public RegulationImport(HistoryService history) {
        this.history = history;
    }

    @Override
    public Definition definition() {
        return DEFINITION;
    }

    @Override
    public ImportSession<?> open(ImportCaller caller) {
        return new Session(caller, history);
    }

    record Row(String unitCode, RegulationKind kind, String number, String title, LocalDate issueDate,
               RegulationStatus status, String replacesNumber) {

        String unitKey() {
            return unitCode == null ? null : Cells.key(unitCode);
        }
    }

    private record Unit(long id, String name, UnitType type, String path) {
    }

    /** A regulation of a unit the file names, as it stands in the database. */
    private record Existing(long id, long unitId, RegulationKind kind, String number, String title,
                            LocalDate issueDate, RegulationStatus status, Long replacesId) {

        Map<String, Object> snapshot() {
            return Regulation.snapshot(kind, number, title, issueDate, status, replacesId);
        }
    }

    /** What a checked row will write, kept for the writing of its chunk. */
    private record Decision(Unit unit, RegulationKind kind, RegulationStatus status, Existing target, Existing replaced) {
    }

    static final class Session extends ImportSession<Row> {

        private static final String HISTORY_TYPE = RegulationService.HISTORY_TYPE;

        private final HistoryService history;
        private final Set<String> unitCodes = new HashSet<>();
        private final Map<String, Unit> units = new HashMap<>();
        private final Map<Long, List<Existing>> regulationsByUnit = new HashMap<>();
        /** Units that a row of this pass already puts a regulation in force for → that row. */
        private final Map<Long, Integer> putInForce = new HashMap<>();
        /** The decisions of the chunk being checked, for its writing; by the identity of its parsed rows. */
        private final Map<Row, Decision> decisionsByRecord = new IdentityHashMap<>();
        private LocalDate today;

        Session(ImportCaller caller, HistoryService history) {
            super(caller);
            this.history = history;
        }

        @Override
        protected Row parse(ImportRow row) {
            ImportRow.Checked cells = row.against(RegulationRequest.class);
            String unitCode = row.text("unitCode");
            if (unitCode == null) {
                row.error("unitCode", Msg.of("field.required"));
            }
            RegulationKind kind = row.choice("kind", RegulationKind.class, KIND_NAMES);
            String number = cells.text("number");
            String title = cells.text("title");
            LocalDate issueDate = row.date("issueDate");
            RegulationStatus status = row.choice("status", RegulationStatus.class, STATUS_NAMES);
            String replacesNumber = cells.text("replacesNumber", "number");
            return new Row(unitCode, kind, number, title, issueDate, status, replacesNumber);
        }

        /** A unit and a number name one regulation; a row without a number always creates one. */
        @Override
        protected String key(Row row) {
            return row.unitCode() == null || row.number() == null ? null
                    : row.unitKey() + "|" + Cells.fold(row.number());
        }

        @Override
        protected String keyField() {
            return "number";
        }

        @Override
        protected String label(Row row) {
            return row.unitCode() + (row.number() == null ? "" : " " + row.number());
        }

        @Override
        protected void remember(Row record, ImportRow row) {
            if (record.unitKey() != null) {
                unitCodes.add(record.unitKey());
            }
        }

        @Override
        protected void prepare(Connection connection, boolean forWrite) throws SQLException {
            today = LocalDate.now(AppClock.VIETNAM);
            units.clear();
            regulationsByUnit.clear();
            putInForce.clear();
            Jdbc.inChunks(unitCodes, (chunk, in) -> {
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT id, code, name, type, path FROM unit WHERE code IN (" + in + ")")) {
                    Jdbc.setAll(select, chunk);
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            units.put(Cells.key(rs.getString("code")), new Unit(rs.getLong("id"), rs.getString("name"),
                                    UnitType.valueOf(rs.getString("type")), rs.getString("path")));
                        }
                    }
                }
            });
            List<Long> unitIds = units.values().stream().map(Unit::id).toList();
            Jdbc.inChunks(unitIds, (chunk, in) -> {
                try (PreparedStatement select = connection.prepareStatement("SELECT id, unit_id, kind, number, title,"
                        + " issue_date, status, replaces_id FROM regulation WHERE unit_id IN (" + in + ")"
                        + (forWrite ? " FOR UPDATE" : ""))) {
                    Jdbc.setAll(select, chunk);
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            Existing regulation = new Existing(rs.getLong("id"), rs.getLong("unit_id"),
                                    RegulationKind.valueOf(rs.getString("kind")), rs.getString("number"),
                                    rs.getString("title"), Jdbc.date(rs, "issue_date"),
                                    RegulationStatus.valueOf(rs.getString("status")), Jdbc.longValue(rs, "replaces_id"));
                            regulationsByUnit.computeIfAbsent(regulation.unitId(), k -> new ArrayList<>()).add(regulation);
                        }
                    }
                }
            });
        }

        @Override
        protected void load(List<Row> chunk, Connection connection, boolean forWrite) {
            decisionsByRecord.clear();
        }

        @Override
        protected ImportAction check(Row record, ImportRow row) {
            Unit unit = record.unitKey() == null ? null : units.get(record.unitKey());
            if (unit == null || !caller.scope().contains(unit.path())) {
                if (record.unitCode() != null) {
                    row.error("unitCode", Msg.of("record.unit-in-scope", record.unitCode()));
                }
                return ImportAction.INVALID;
            }
            RegulationRules.kindProblem(unit.type(), record.kind()).ifPresent(p -> row.error("kind", p));
            RegulationKind kind = RegulationRules.fittingKind(unit.type());
            RegulationRules.issueDateProblem(record.issueDate(), today).ifPresent(p -> row.error("issueDate", p));
            Existing target = null;
            if (record.number() != null) {
                List<Existing> same = withNumber(unit, record.number());
                if (same.size() > 1) {
                    row.error("number", Msg.of("regulation.import.number.ambiguous", unit.name()));
                } else if (same.size() == 1) {
                    target = same.get(0);
                }
            }
            Existing replaced = null;
            if (record.replacesNumber() != null) {
                List<Existing> candidates = withNumber(unit, record.replacesNumber());
                if (candidates.size() != 1 || (target != null && candidates.get(0).id() == target.id())) {
                    row.error("replacesNumber", Msg.of("regulation.replaces.other-unit"));
                } else {
                    replaced = candidates.get(0);
                    if (target != null && target.replacesId() != null && target.replacesId() != replaced.id()) {
                        row.error("replacesNumber", Msg.of("regulation.import.replaces.already"));
                    }
                }
            }
            RegulationStatus status;
            if (target == null) {
                status = record.status() == null ? RegulationStatus.DRAFTING : record.status();
                RegulationRules.creationStatusProblem(status).ifPresent(p -> row.error("status", p));
            } else {
                status = record.status() == null ? target.status() : record.status();
                if (!movesForward(target.status(), status)) {
                    row.error("status", Msg.of("regulation.import.status.transition", target.status(), status));
                }
            }
            boolean entersForce = status == RegulationStatus.ISSUED
                    && (target == null || target.status() != RegulationStatus.ISSUED);
            if (status == RegulationStatus.ISSUED) {
                Msg message = target == null ? null : Msg.of("regulation.issued.keeps-number");
                RegulationRules.issuedProblem(record.number(), record.issueDate())
                        .ifPresent(p -> row.error(p.field(), message == null ? p.message() : message));
            }
            if (entersForce) {
                checkNoOtherInForce(unit, target, replaced, row);
            }
            decisionsByRecord.put(record, new Decision(unit, kind, status, target, replaced));
            if (target == null) {
                return ImportAction.CREATE;
            }
            Long replacesId = replaced != null ? Long.valueOf(replaced.id()) : target.replacesId();
            boolean same = Objects.equals(target.title(), record.title())
                    && Objects.equals(target.issueDate(), record.issueDate()) && target.status() == status
                    && target.kind() == kind && Objects.equals(target.replacesId(), replacesId);
            return same ? ImportAction.UNCHANGED : ImportAction.UPDATE;
        }

        /** One regulation in force per unit: the one entering force must replace the one in force. */
        private void checkNoOtherInForce(Unit unit, Existing target, Existing replaced, ImportRow row) {
            for (Existing inForce : regulationsByUnit.getOrDefault(unit.id(), List.of())) {
                boolean itself = target != null && inForce.id() == target.id();
                boolean isReplaced = replaced != null && inForce.id() == replaced.id();
                if (inForce.status() == RegulationStatus.ISSUED && !itself && !isReplaced) {
                    row.error("status", RegulationRules.alreadyInForce(unit.name(), inForce.number(), inForce.id()));
                }
            }
            Integer other = putInForce.putIfAbsent(unit.id(), row.number());
            if (other != null && other != row.number()) {
                row.error("status", Msg.of("regulation.import.in-force.repeated", String.valueOf(other), unit.name()));
            }
        }

        private List<Existing> withNumber(Unit unit, String number) {
            String folded = Cells.fold(number);
            return regulationsByUnit.getOrDefault(unit.id(), List.of()).stream()
                    .filter(r -> r.number() != null && Cells.fold(r.number()).equals(folded))
                    .toList();
        }

        private static boolean movesForward(RegulationStatus from, RegulationStatus to) {
            return from == to
                    || (from == RegulationStatus.DRAFTING && to == RegulationStatus.IN_CONSULTATION)
                    || ((from == RegulationStatus.DRAFTING || from == RegulationStatus.IN_CONSULTATION)
                    && to == RegulationStatus.ISSUED);
        }

        /** One statement per row: a province has a few thousand regulations at most, each with its history. */
        @Override
        protected void write(List<Row> records, List<ImportAction> actions, Connection connection) throws SQLException {
            Instant now = Instant.now();
            for (int i = 0; i < records.size(); i++) {
                Row row = records.get(i);
                Decision decision = decisionsByRecord.get(row);
                if (actions.get(i) == ImportAction.CREATE) {
                    create(connection, row, decision, now);
                } else if (actions.get(i) == ImportAction.UPDATE) {
                    update(connection, row, decision, now);
                }
            }
        }

        private void create(Connection connection, Row row, Decision decision, Instant now) throws SQLException {
            Long replacesId = decision.replaced() == null ? null : decision.replaced().id();
            long id;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO regulation (unit_id, kind, number,"
                    + " title, issue_date, status, replaces_id, version, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                insert.setLong(1, decision.unit().id());
                insert.setString(2, decision.kind().name());
                Jdbc.setText(insert, 3, row.number());
                insert.setString(4, row.title());
                Jdbc.setDate(insert, 5, row.issueDate());
                insert.setString(6, decision.status().name());
                Jdbc.setLong(insert, 7, replacesId);
                Jdbc.setInstant(insert, 8, now);
                Jdbc.setInstant(insert, 9, now);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            if (decision.status() == RegulationStatus.ISSUED && decision.replaced() != null) {
                revise(connection, decision.replaced(), now);
            }
            record(connection, id, "CREATED", Map.of(), Regulation.snapshot(decision.kind(), row.number(), row.title(),
                    row.issueDate(), decision.status(), replacesId), now);
        }

        private void update(Connection connection, Row row, Decision decision, Instant now) throws SQLException {
            Existing target = decision.target();
            Long replacesId = decision.replaced() != null ? Long.valueOf(decision.replaced().id()) : target.replacesId();
            try (PreparedStatement update = connection.prepareStatement("UPDATE regulation SET title = ?,"
                    + " issue_date = ?, status = ?, replaces_id = ?, version = version + 1, updated_at = ? WHERE id = ?")) {
                update.setString(1, row.title());
                Jdbc.setDate(update, 2, row.issueDate());
                update.setString(3, decision.status().name());
                Jdbc.setLong(update, 4, replacesId);
                Jdbc.setInstant(update, 5, now);
                update.setLong(6, target.id());
                update.executeUpdate();
            }
            boolean entersForce = decision.status() == RegulationStatus.ISSUED && target.status() != RegulationStatus.ISSUED;
            if (entersForce && decision.replaced() != null) {
                revise(connection, decision.replaced(), now);
            }
            String action = target.status() == decision.status() ? "UPDATED"
                    : decision.status() == RegulationStatus.ISSUED ? "ISSUED" : "SUBMITTED_FOR_CONSULTATION";
            record(connection, target.id(), action, target.snapshot(), Regulation.snapshot(target.kind(), row.number(),
                    row.title(), row.issueDate(), decision.status(), replacesId), now);
        }

        /** The regulation replaced by one entering force, as RegulationService.putInForce does. */
        private void revise(Connection connection, Existing replaced, Instant now) throws SQLException {
            if (replaced.status() != RegulationStatus.ISSUED) {
                return;
            }
            try (PreparedStatement update = connection.prepareStatement("UPDATE regulation SET status = ?,"
                    + " version = version + 1, updated_at = ? WHERE id = ?")) {
                update.setString(1, RegulationStatus.REVISED.name());
                Jdbc.setInstant(update, 2, now);
                update.setLong(3, replaced.id());
                update.executeUpdate();
            }
            record(connection, replaced.id(), "REVISED", replaced.snapshot(), Regulation.snapshot(replaced.kind(),
                    replaced.number(), replaced.title(), replaced.issueDate(), RegulationStatus.REVISED,
                    replaced.replacesId()), now);
        }

        private void record(Connection connection, long id, String action, Map<String, Object> before,
                            Map<String, Object> after, Instant now) throws SQLException {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO change_history (entity_type,"
                    + " entity_id, action, changed_by, changed_at, changes) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, HISTORY_TYPE);
                insert.setLong(2, id);
                insert.setString(3, action);
                insert.setString(4, caller.username());
                Jdbc.setInstant(insert, 5, now);
                insert.setString(6, history.changesJson(before, after));
                insert.executeUpdate();
            }
        }
    }
}
