package vn.coso.trainings;

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
import vn.coso.imports.Jdbc;
import vn.coso.trainings.TrainingDtos.TrainingRequest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static vn.coso.imports.ImportColumn.ColumnType.CODE;
import static vn.coso.imports.ImportColumn.ColumnType.DATE;
import static vn.coso.imports.ImportColumn.ColumnType.INTEGER;
import static vn.coso.imports.ImportColumn.ColumnType.TEXT;

/**
 * Training classes from a spreadsheet, their organiser by unit code or party organisation code. A
 * training has no natural key, so every row creates one. The rules are {@link TrainingService}'s:
 * the organiser in the caller's scope (when both codes are given, the unit is the organisation's own)
 * and the constraints of {@link TrainingRequest}.
 */
@ApplicationScoped
public class TrainingImport implements ImportKind {

    static final Definition DEFINITION = ImportKind.define("trainings", "Tập huấn", Set.of(Roles.ADMIN, Roles.OFFICER),
            ImportColumn.of("organizerUnitCode", "Mã đơn vị tổ chức", CODE, false, "193",
                    "Mã đơn vị tổ chức lớp; lớp thuộc phạm vi của đơn vị này. Điền cột này hoặc cột mã tổ chức đảng."
                            + " — Code of the organising unit; this or the party organisation's code.",
                    "Mã đơn vị", "Đơn vị tổ chức"),
            ImportColumn.of("organizerPartyOrganizationCode", "Mã tổ chức đảng tổ chức", CODE, false, null,
                    "Mã tổ chức đảng tổ chức lớp (ví dụ đảng bộ cấp huyện); lớp thuộc phạm vi đơn vị của tổ chức đảng."
                            + " — Code of the organising party organisation; the class belongs to its unit's scope.",
                    "Mã tổ chức đảng", "Tổ chức đảng tổ chức"),
            ImportColumn.of("date", "Ngày tổ chức", DATE, true, "2024-05-14",
                    "Ngày (đầu tiên) của lớp, DD/MM/YYYY hoặc YYYY-MM-DD. — The day the class was held (its first day).",
                    "Ngày", "Ngày tập huấn"),
            ImportColumn.of("topic", "Chủ đề", TEXT, true, "Quán triệt Luật Thực hiện dân chủ ở cơ sở (ví dụ)",
                    "Chủ đề, nội dung tập huấn. — Topic.", "Nội dung", "Tên lớp"),
            ImportColumn.of("audience", "Đối tượng", TEXT, false, "Cán bộ chủ chốt cấp xã",
                    "Đối tượng tham dự. — Who the class was for.", "Đối tượng tham dự"),
            ImportColumn.of("location", "Địa điểm", TEXT, false, null, "Nơi tổ chức. — Where it was held."),
            ImportColumn.of("attendances", "Số lượt người", INTEGER, true, "120",
                    "Lượt người tham dự (một người dự hai buổi tính hai lượt), 0–100.000. — Attendances, 0 to 100,000.",
                    "Lượt người", "Số người tham dự", "Số lượt"));

    @Override
    public Definition definition() {
        return DEFINITION;
    }

    @Override
    public ImportSession<?> open(ImportCaller caller) {
        return new Session(caller);
    }

    record Row(String organizerUnitCode, String organizerPartyOrganizationCode, LocalDate date, String topic, String audience, String location,
               Integer attendances) {
    }

    private record Organizer(long id, String path) {
    }

    private record OrganizingPartyOrganization(long id, String name, String unitCode, String unitPath) {
    }

    static final class Session extends ImportSession<Row> {

        private final Set<String> unitCodes = new HashSet<>();
        private final Map<String, Organizer> organizers = new HashMap<>();
        private final Set<String> organizationCodes = new HashSet<>();
        private final Map<String, OrganizingPartyOrganization> organizations = new HashMap<>();

        Session(ImportCaller caller) {
            super(caller);
        }

        @Override
        protected Row parse(ImportRow row) {
            ImportRow.Checked cells = row.against(TrainingRequest.class);
            String unitCode = row.text("organizerUnitCode");
            String organizationCode = row.text("organizerPartyOrganizationCode");
            if (unitCode == null && organizationCode == null) {
                row.error("organizerUnitCode", Msg.of("training.import.organizer.required"));
            }
            LocalDate date = cells.date("date");
            String topic = cells.text("topic");
            String audience = cells.text("audience");
            String location = cells.text("location");
            Integer attendances = cells.integer("attendances");
            return new Row(unitCode, organizationCode, date, topic, audience, location, attendances);
        }

        @Override
        protected String key(Row row) {
            return null;
        }

        @Override
        protected String keyField() {
            return "topic";
        }

        @Override
        protected String label(Row row) {
            String organizer = row.organizerPartyOrganizationCode() != null ? row.organizerPartyOrganizationCode()
                    : row.organizerUnitCode();
            return organizer + " " + row.date();
        }

        @Override
        protected void remember(Row record, ImportRow row) {
            if (record.organizerUnitCode() != null) {
                unitCodes.add(Cells.key(record.organizerUnitCode()));
            }
            if (record.organizerPartyOrganizationCode() != null) {
                organizationCodes.add(Cells.key(record.organizerPartyOrganizationCode()));
            }
        }

        @Override
        protected void prepare(Connection connection, boolean forWrite) throws SQLException {
            organizers.clear();
            Jdbc.inChunks(unitCodes, (chunk, in) -> {
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT id, code, path FROM unit WHERE code IN (" + in + ")")) {
                    Jdbc.setAll(select, chunk);
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            organizers.put(Cells.key(rs.getString("code")),
                                    new Organizer(rs.getLong("id"), rs.getString("path")));
                        }
                    }
                }
            });
            organizations.clear();
            Jdbc.inChunks(organizationCodes, (chunk, in) -> {
                try (PreparedStatement select = connection.prepareStatement("SELECT o.id, o.code, o.name,"
                        + " u.code AS unit_code, u.path FROM party_organization o JOIN unit u ON u.id = o.unit_id"
                        + " WHERE o.code IN (" + in + ")")) {
                    Jdbc.setAll(select, chunk);
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            organizations.put(Cells.key(rs.getString("code")), new OrganizingPartyOrganization(
                                    rs.getLong("id"), rs.getString("name"), rs.getString("unit_code"), rs.getString("path")));
                        }
                    }
                }
            });
        }

        @Override
        protected ImportAction check(Row record, ImportRow row) {
            if (record.organizerPartyOrganizationCode() != null) {
                checkOrganization(record, row);
            } else if (record.organizerUnitCode() != null) {
                Organizer organizer = organizers.get(Cells.key(record.organizerUnitCode()));
                if (organizer == null || !caller.scope().contains(organizer.path())) {
                    row.error("organizerUnitCode", Msg.of("record.unit-in-scope", record.organizerUnitCode()));
                }
            }
            return ImportAction.CREATE;
        }

        private void checkOrganization(Row record, ImportRow row) {
            OrganizingPartyOrganization organization = organizations.get(Cells.key(record.organizerPartyOrganizationCode()));
            if (organization == null || !caller.scope().contains(organization.unitPath())) {
                row.error("organizerPartyOrganizationCode",
                        "no party organisation " + record.organizerPartyOrganizationCode() + " in your scope");
            } else if (record.organizerUnitCode() != null
                    && !Cells.key(record.organizerUnitCode()).equals(Cells.key(organization.unitCode()))) {
                row.error("organizerUnitCode", Msg.of("training.import.organizer.own-unit", organization.name(),
                        organization.unitCode()));
            }
        }

        @Override
        protected void write(List<Row> records, List<ImportAction> actions, Connection connection) throws SQLException {
            Instant now = Instant.now();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO training (organizer_unit_id,"
                    + " organizer_party_organization_id, held_on, topic, audience, location, attendances, version,"
                    + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)")) {
                for (int i = 0; i < records.size(); i++) {
                    Row row = records.get(i);
                    if (row.organizerPartyOrganizationCode() != null) {
                        insert.setNull(1, Types.BIGINT);
                        insert.setLong(2, organizations.get(Cells.key(row.organizerPartyOrganizationCode())).id());
                    } else {
                        insert.setLong(1, organizers.get(Cells.key(row.organizerUnitCode())).id());
                        insert.setNull(2, Types.BIGINT);
                    }
                    Jdbc.setDate(insert, 3, row.date());
                    insert.setString(4, row.topic());
                    Jdbc.setText(insert, 5, row.audience());
                    Jdbc.setText(insert, 6, row.location());
                    insert.setInt(7, row.attendances());
                    Jdbc.setInstant(insert, 8, now);
                    Jdbc.setInstant(insert, 9, now);
                    insert.addBatch();
                }
                if (!records.isEmpty()) {
                    insert.executeBatch();
                }
            }
        }
    }
}
