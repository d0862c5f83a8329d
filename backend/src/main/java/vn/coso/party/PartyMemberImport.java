package vn.coso.party;

import vn.coso.common.time.AppClock;
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
import vn.coso.party.PartyDtos.PartyMemberRequest;
import vn.coso.party.PartyDtos.PartyOrganizationRequest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static vn.coso.imports.ImportColumn.ColumnType.CHOICE;
import static vn.coso.imports.ImportColumn.ColumnType.CODE;
import static vn.coso.imports.ImportColumn.ColumnType.DATE;
import static vn.coso.imports.ImportColumn.ColumnType.TEXT;

/**
 * Party members from a spreadsheet, by party card number, their organisation by code. Personal
 * data: admin and inspector only, in scope, as {@link PartyMemberResource}. The rules are
 * {@link PartyMemberService}'s: a member changes organisation by a transfer, never by an edit.
 */
@ApplicationScoped
public class PartyMemberImport implements ImportKind {

    static final Definition DEFINITION = ImportKind.define("party-members", "Đảng viên", Set.of(Roles.ADMIN, Roles.INSPECTOR),
            ImportColumn.of("partyCardNumber", "Số thẻ đảng viên", CODE, true, "VD-000001",
                    "Số thẻ đảng viên (4–20 chữ, số, '.' hoặc '-'), duy nhất; số đã có thì dòng cập nhật đảng viên đó. "
                            + "— Party card number, unique; an existing one updates that member.",
                    "Số thẻ", "Số thẻ đảng", "Số thẻ Đảng viên"),
            ImportColumn.of("fullName", "Họ và tên", TEXT, true, "Nguyễn Văn Ví Dụ", "Họ và tên. — Full name.",
                    "Họ tên", "Tên"),
            ImportColumn.of("dateOfBirth", "Ngày sinh", DATE, false, "1980-05-17",
                    "DD/MM/YYYY hoặc YYYY-MM-DD. — Date of birth.", "Ngày tháng năm sinh"),
            ImportColumn.of("admissionDate", "Ngày vào Đảng", DATE, true, "2005-03-26",
                    "Ngày kết nạp, từ 18 tuổi. — Date of admission, from 18 years of age.",
                    "Ngày kết nạp", "Ngày vào đảng"),
            ImportColumn.of("officialDate", "Ngày chính thức", DATE, false, "2006-03-26",
                    "Ngày công nhận đảng viên chính thức. — Date made a full member.",
                    "Ngày công nhận chính thức"),
            ImportColumn.of("organizationCode", "Mã tổ chức đảng", CODE, false, "VD-CB-01",
                    "Mã chi bộ / đảng bộ nơi sinh hoạt; bắt buộc với đảng viên mới. Chuyển sinh hoạt là thao tác "
                            + "riêng, không qua nhập. — Code of the member's organisation, required for a new member; a "
                            + "move to another organisation is a transfer, not an import.",
                    "Mã chi bộ", "Tổ chức đảng", "Mã tổ chức"),
            ImportColumn.of("post", "Chức vụ", TEXT, false, "Bí thư chi bộ", "Chức vụ, nếu có. — The post held, if any."),
            ImportColumn.of("status", "Trạng thái", CHOICE, false, "ACTIVE",
                    "ACTIVE (đang sinh hoạt, mặc định), TRANSFERRED_OUT (chuyển sinh hoạt ra ngoài tỉnh), DECEASED (từ "
                            + "trần), EXPELLED (khai trừ), REMOVED (xóa tên); the name in brackets is accepted too.",
                    "Tình trạng"));

    static final Map<PartyMemberStatus, List<String>> STATUS_NAMES = Map.of(
            PartyMemberStatus.ACTIVE, List.of("Đang sinh hoạt", "Sinh hoạt"),
            PartyMemberStatus.TRANSFERRED_OUT, List.of("Chuyển sinh hoạt ra ngoài tỉnh", "Chuyển đi", "Chuyển sinh hoạt"),
            PartyMemberStatus.DECEASED, List.of("Từ trần", "Đã mất", "Qua đời"),
            PartyMemberStatus.EXPELLED, List.of("Khai trừ", "Bị khai trừ"),
            PartyMemberStatus.REMOVED, List.of("Xóa tên", "Ra khỏi Đảng", "Xin ra khỏi Đảng"));

    @Override
    public Definition definition() {
        return DEFINITION;
    }

    @Override
    public ImportSession<?> open(ImportCaller caller) {
        return new Session(caller);
    }

    record Row(String partyCardNumber, String fullName, LocalDate dateOfBirth, LocalDate admissionDate,
               LocalDate officialDate, String organizationCode, String post, PartyMemberStatus status) {

        PartyMemberStatus statusOrDefault() {
            return status == null ? PartyMemberStatus.ACTIVE : status;
        }
    }

    private record Organization(long id, String code, String unitPath) {
    }

    private record Existing(long id, String fullName, LocalDate dateOfBirth, LocalDate admissionDate,
                            LocalDate officialDate, long organizationId, String organizationCode, String post,
                            PartyMemberStatus status, String unitPath) {
    }

    static final class Session extends ImportSession<Row> {

        private final Set<String> organizationCodes = new HashSet<>();
        private final Map<String, Organization> organizations = new HashMap<>();
        /** The members of the chunk being checked or written, by card number. */
        private final Map<String, Existing> existing = new HashMap<>();
        private LocalDate today;

        Session(ImportCaller caller) {
            super(caller);
        }

        @Override
        protected Row parse(ImportRow row) {
            ImportRow.Checked cells = row.against(PartyMemberRequest.class);
            String card = cells.text("partyCardNumber");
            String fullName = cells.text("fullName");
            LocalDate dateOfBirth = row.date("dateOfBirth");
            LocalDate admissionDate = cells.date("admissionDate");
            LocalDate officialDate = row.date("officialDate");
            String organizationCode = row.text("organizationCode");
            if (organizationCode != null) {
                row.validate(PartyOrganizationRequest.class, "code", "organizationCode", organizationCode);
            }
            String post = cells.text("post");
            PartyMemberStatus status = row.choice("status", PartyMemberStatus.class, STATUS_NAMES);
            return new Row(card, fullName, dateOfBirth, admissionDate, officialDate, organizationCode, post, status);
        }

        @Override
        protected String key(Row row) {
            return row.partyCardNumber() == null ? null : Cells.key(row.partyCardNumber());
        }

        @Override
        protected String keyField() {
            return "partyCardNumber";
        }

        @Override
        protected String label(Row row) {
            return row.partyCardNumber();
        }

        @Override
        protected void remember(Row record, ImportRow row) {
            if (record.organizationCode() != null) {
                organizationCodes.add(Cells.key(record.organizationCode()));
            }
        }

        @Override
        protected void prepare(Connection connection, boolean forWrite) throws SQLException {
            today = LocalDate.now(AppClock.VIETNAM);
            organizations.clear();
            Jdbc.inChunks(organizationCodes, (chunk, in) -> {
                try (PreparedStatement select = connection.prepareStatement("SELECT o.id, o.code, u.path"
                        + " FROM party_organization o JOIN unit u ON u.id = o.unit_id WHERE o.code IN (" + in + ")")) {
                    Jdbc.setAll(select, chunk);
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            organizations.put(Cells.key(rs.getString("code")),
                                    new Organization(rs.getLong("id"), rs.getString("code"), rs.getString("path")));
                        }
                    }
                }
            });
        }

        @Override
        protected void load(List<Row> chunk, Connection connection, boolean forWrite) throws SQLException {
            existing.clear();
            Set<String> cards = new HashSet<>();
            for (Row row : chunk) {
                if (row.partyCardNumber() != null) {
                    cards.add(row.partyCardNumber());
                }
            }
            Jdbc.inChunks(cards, (part, in) -> {
                try (PreparedStatement select = connection.prepareStatement("SELECT m.id, m.party_card_number,"
                        + " m.full_name, m.date_of_birth, m.admission_date, m.official_date, m.organization_id,"
                        + " o.code AS organization_code, m.post, m.status, u.path AS unit_path FROM party_member m"
                        + " JOIN party_organization o ON o.id = m.organization_id JOIN unit u ON u.id = o.unit_id"
                        + " WHERE m.party_card_number IN (" + in + ")" + (forWrite ? " FOR UPDATE" : ""))) {
                    Jdbc.setAll(select, part);
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            existing.put(Cells.key(rs.getString("party_card_number")), new Existing(rs.getLong("id"),
                                    rs.getString("full_name"), Jdbc.date(rs, "date_of_birth"),
                                    Jdbc.date(rs, "admission_date"), Jdbc.date(rs, "official_date"),
                                    rs.getLong("organization_id"), rs.getString("organization_code"), rs.getString("post"),
                                    PartyMemberStatus.valueOf(rs.getString("status")), rs.getString("unit_path")));
                        }
                    }
                }
            });
        }

        /** An update keeps the values of the columns the file does not have. */
        @Override
        protected Row complete(Row record) {
            Existing member = key(record) == null ? null : existing.get(key(record));
            if (member == null) {
                return record;
            }
            return new Row(record.partyCardNumber(), record.fullName(),
                    fileHas("dateOfBirth") ? record.dateOfBirth() : member.dateOfBirth(),
                    record.admissionDate(),
                    fileHas("officialDate") ? record.officialDate() : member.officialDate(),
                    record.organizationCode() != null ? record.organizationCode() : member.organizationCode(),
                    fileHas("post") ? record.post() : member.post(),
                    fileHas("status") ? record.status() : member.status());
        }

        @Override
        protected ImportAction check(Row record, ImportRow row) {
            String key = key(record);
            Existing member = key == null ? null : existing.get(key);
            if (member != null && !caller.scope().contains(member.unitPath())) {
                row.error("partyCardNumber", Msg.of("import.value-taken"));
                return ImportAction.INVALID;
            }
            if (record.organizationCode() == null) {
                if (!row.hasError("organizationCode")) {
                    row.error("organizationCode", Msg.of("party-member.import.organization.required"));
                }
            } else {
                Organization organization = organizations.get(Cells.key(record.organizationCode()));
                if (member != null) {
                    boolean same = Cells.key(record.organizationCode()).equals(Cells.key(member.organizationCode()));
                    if (!same) {
                        row.error("organizationCode", Msg.of("party-member.import.transfer", member.organizationCode(),
                                String.valueOf(member.id())));
                    }
                } else if (organization == null || !caller.scope().contains(organization.unitPath())) {
                    row.error("organizationCode", Msg.of("record.party-organization-in-scope", record.organizationCode()));
                }
            }
            if (record.admissionDate() != null) {
                PartyMemberRules.datesProblem(record.dateOfBirth(), record.admissionDate(), record.officialDate(), today)
                        .ifPresent(problem -> row.error(problem.field(), problem.message()));
            }
            if (member == null) {
                return ImportAction.CREATE;
            }
            boolean same = Objects.equals(member.fullName(), record.fullName())
                    && Objects.equals(member.dateOfBirth(), record.dateOfBirth())
                    && Objects.equals(member.admissionDate(), record.admissionDate())
                    && Objects.equals(member.officialDate(), record.officialDate())
                    && Objects.equals(member.post(), record.post())
                    && member.status() == record.statusOrDefault();
            return same ? ImportAction.UNCHANGED : ImportAction.UPDATE;
        }

        @Override
        protected void write(List<Row> records, List<ImportAction> actions, Connection connection) throws SQLException {
            Instant now = Instant.now();
            writeBatches(records, actions, connection, "INSERT INTO party_member (full_name,"
                    + " party_card_number, date_of_birth, admission_date, official_date, organization_id, post, status,"
                    + " version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)", (insert, row) -> {
                insert.setString(1, row.fullName());
                insert.setString(2, row.partyCardNumber());
                Jdbc.setDate(insert, 3, row.dateOfBirth());
                Jdbc.setDate(insert, 4, row.admissionDate());
                Jdbc.setDate(insert, 5, row.officialDate());
                insert.setLong(6, organizations.get(Cells.key(row.organizationCode())).id());
                Jdbc.setText(insert, 7, row.post());
                insert.setString(8, row.statusOrDefault().name());
                Jdbc.setInstant(insert, 9, now);
                Jdbc.setInstant(insert, 10, now);
            }, "UPDATE party_member SET full_name = ?,"
                    + " date_of_birth = ?, admission_date = ?, official_date = ?, post = ?, status = ?,"
                    + " version = version + 1, updated_at = ? WHERE id = ?", (update, row) -> {
                update.setString(1, row.fullName());
                Jdbc.setDate(update, 2, row.dateOfBirth());
                Jdbc.setDate(update, 3, row.admissionDate());
                Jdbc.setDate(update, 4, row.officialDate());
                Jdbc.setText(update, 5, row.post());
                update.setString(6, row.statusOrDefault().name());
                Jdbc.setInstant(update, 7, now);
                update.setLong(8, existing.get(key(row)).id());
            });
        }
    }
}
