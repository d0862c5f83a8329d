package vn.coso.disclosures;

import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.history.HistoryService;
import vn.coso.common.i18n.Msg;
import vn.coso.common.security.Roles;
import vn.coso.common.web.Texts;
import vn.coso.disclosures.DisclosureDtos.DisclosureRequest;
import vn.coso.imports.Cells;
import vn.coso.imports.ImportAction;
import vn.coso.imports.ImportCaller;
import vn.coso.imports.ImportColumn;
import vn.coso.imports.ImportKind;
import vn.coso.imports.ImportKind.Definition;
import vn.coso.imports.ImportRow;
import vn.coso.imports.ImportSession;
import vn.coso.imports.Jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static vn.coso.imports.ImportColumn.ColumnType.CHOICE;
import static vn.coso.imports.ImportColumn.ColumnType.CODE;
import static vn.coso.imports.ImportColumn.ColumnType.DATE;
import static vn.coso.imports.ImportColumn.ColumnType.TEXT;

/**
 * Public disclosures (công khai) from a spreadsheet, as provinces keep them in Excel: the unit by its
 * code, the category and the forms by their names, the posting period. A disclosure has no natural
 * key, so every row creates one. The rules are {@link DisclosureService}'s: the unit in the caller's
 * scope and existing on the posting day, the period in order, an http(s) link, and the constraints
 * of {@link DisclosureRequest}.
 */
@ApplicationScoped
public class DisclosureImport implements ImportKind {

    static final Map<DisclosureCategory, List<String>> CATEGORY_NAMES = Map.ofEntries(
            Map.entry(DisclosureCategory.BUDGET_ESTIMATE, List.of("Dự toán ngân sách")),
            Map.entry(DisclosureCategory.BUDGET_SETTLEMENT, List.of("Quyết toán ngân sách")),
            Map.entry(DisclosureCategory.LAND_USE_PLAN, List.of("Quy hoạch, kế hoạch sử dụng đất", "Quy hoạch sử dụng đất")),
            Map.entry(DisclosureCategory.INVESTMENT_PROJECT, List.of("Dự án, công trình đầu tư", "Dự án đầu tư")),
            Map.entry(DisclosureCategory.COMPENSATION_RESETTLEMENT, List.of("Bồi thường, hỗ trợ, tái định cư")),
            Map.entry(DisclosureCategory.BENEFICIARY_POLICY, List.of("Chính sách cho đối tượng thụ hưởng", "Chính sách")),
            Map.entry(DisclosureCategory.CONTRIBUTIONS, List.of("Các khoản huy động Nhân dân đóng góp", "Huy động đóng góp")),
            Map.entry(DisclosureCategory.RECRUITMENT, List.of("Tuyển dụng, quản lý cán bộ", "Tuyển dụng")),
            Map.entry(DisclosureCategory.ADMINISTRATIVE_PROCEDURES, List.of("Thủ tục hành chính")),
            Map.entry(DisclosureCategory.INSPECTION_CONCLUSIONS, List.of("Kết luận thanh tra, kiểm tra")),
            Map.entry(DisclosureCategory.OTHER, List.of("Nội dung khác", "Khác")));

    static final Map<DisclosureForm, List<String>> FORM_NAMES = Map.of(
            DisclosureForm.NOTICE_BOARD, List.of("Niêm yết"),
            DisclosureForm.LOUDSPEAKER, List.of("Loa truyền thanh", "Loa"),
            DisclosureForm.WEBSITE, List.of("Cổng thông tin", "Trang thông tin điện tử"),
            DisclosureForm.MEETING, List.of("Hội nghị, cuộc họp", "Hội nghị", "Cuộc họp"),
            DisclosureForm.DOCUMENT, List.of("Văn bản"));

    static final Definition DEFINITION = ImportKind.define("disclosures", "Công khai", Set.of(Roles.ADMIN, Roles.OFFICER),
            ImportColumn.of("unitCode", "Mã đơn vị", CODE, true, "06694",
                    "Mã đơn vị đã công khai; nội dung thuộc phạm vi của đơn vị này. — Code of the unit that made it public.",
                    "Mã đơn vị công khai", "Đơn vị"),
            ImportColumn.of("category", "Nội dung theo luật", CHOICE, true, "Quyết toán ngân sách",
                    "Một trong: " + String.join("; ", CATEGORY_NAMES.entrySet().stream()
                            .sorted(Map.Entry.comparingByKey()).map(e -> e.getValue().get(0)).toList())
                            + " (hoặc mã BUDGET_SETTLEMENT…). — The category the law lists.",
                    "Loại nội dung", "Lĩnh vực"),
            ImportColumn.of("title", "Tiêu đề", TEXT, true, "Công khai quyết toán ngân sách xã năm 2024 (ví dụ)",
                    "Tiêu đề nội dung công khai. — Title.", "Tên nội dung"),
            ImportColumn.of("content", "Nội dung", TEXT, false, null, "Nội dung đã công khai. — What was made public.",
                    "Mô tả"),
            ImportColumn.of("forms", "Hình thức công khai", TEXT, true, "Niêm yết; Loa truyền thanh",
                    "Một hoặc nhiều hình thức, cách nhau bằng dấu chấm phẩy: Niêm yết; Loa truyền thanh; Cổng thông tin;"
                            + " Hội nghị, cuộc họp; Văn bản. — One form or more, separated by semicolons.",
                    "Hình thức"),
            ImportColumn.of("postedOn", "Ngày bắt đầu công khai", DATE, true, "2025-01-10",
                    "Ngày bắt đầu công khai, DD/MM/YYYY hoặc YYYY-MM-DD. — The first day it was posted.",
                    "Ngày công khai", "Từ ngày"),
            ImportColumn.of("postedUntil", "Công khai đến ngày", DATE, false, "2025-02-10",
                    "Ngày cuối cùng còn niêm yết; không trước ngày bắt đầu. — The last day it stayed posted.",
                    "Đến ngày"),
            ImportColumn.of("place", "Nơi niêm yết", TEXT, false, "Trụ sở UBND xã", "Nơi niêm yết. — Where it was posted.",
                    "Địa điểm"),
            ImportColumn.of("link", "Đường dẫn", TEXT, false, null,
                    "Địa chỉ http:// hoặc https:// để đọc nội dung. — An http(s) address where it can be read.",
                    "Link", "Địa chỉ trang"));

    private final HistoryService history;

    public DisclosureImport(HistoryService history) {
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

    record Row(String unitCode, DisclosureCategory category, String title, String content, Set<DisclosureForm> forms,
               LocalDate postedOn, LocalDate postedUntil, String place, String link) {
    }

    private record UnitRow(long id, String name, String path, LocalDate validFrom, LocalDate validTo) {

        boolean existsOn(LocalDate day) {
            return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
        }
    }

    /** The forms of a cell: names or API values separated by semicolons (or line breaks). */
    static Set<DisclosureForm> forms(ImportRow row, String field) {
        String text = row.text(field);
        if (text == null) {
            return null;
        }
        Set<DisclosureForm> forms = EnumSet.noneOf(DisclosureForm.class);
        for (String part : text.split("[;\\n]")) {
            String folded = Cells.fold(part);
            if (folded.isEmpty()) {
                continue;
            }
            DisclosureForm found = Arrays.stream(DisclosureForm.values())
                    .filter(form -> Cells.fold(form.name()).equals(folded)
                            || FORM_NAMES.get(form).stream().anyMatch(name -> Cells.fold(name).equals(folded)))
                    .findFirst().orElse(null);
            if (found == null) {
                row.error(field, Msg.of("import.cell.one-of",
                        String.join(", ", Arrays.stream(DisclosureForm.values()).map(Enum::name).toList())));
                return null;
            }
            forms.add(found);
        }
        return forms;
    }

    static final class Session extends ImportSession<Row> {

        private final HistoryService history;
        private final Set<String> unitCodes = new HashSet<>();
        private final Map<String, UnitRow> units = new HashMap<>();

        Session(ImportCaller caller, HistoryService history) {
            super(caller);
            this.history = history;
        }

        @Override
        protected Row parse(ImportRow row) {
            ImportRow.Checked cells = row.against(DisclosureRequest.class);
            String unitCode = row.text("unitCode");
            DisclosureCategory category = cells.choice("category", DisclosureCategory.class, CATEGORY_NAMES);
            String title = cells.text("title");
            String content = cells.text("content");
            Set<DisclosureForm> forms = forms(row, "forms");
            if (!row.hasError("forms")) {
                row.validate(DisclosureRequest.class, "forms", "forms", forms);
            }
            LocalDate postedOn = cells.date("postedOn");
            LocalDate postedUntil = cells.date("postedUntil");
            String place = cells.text("place");
            String link = cells.text("link");
            return new Row(unitCode, category, title, content, forms, postedOn, postedUntil, place, link);
        }

        @Override
        protected String key(Row row) {
            return null;
        }

        @Override
        protected String keyField() {
            return "title";
        }

        @Override
        protected String label(Row row) {
            return row.unitCode() + " " + row.postedOn();
        }

        @Override
        protected void remember(Row record, ImportRow row) {
            if (record.unitCode() != null) {
                unitCodes.add(Cells.key(record.unitCode()));
            }
        }

        @Override
        protected void prepare(Connection connection, boolean forWrite) throws SQLException {
            units.clear();
            Jdbc.inChunks(unitCodes, (chunk, in) -> {
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT id, code, name, path, valid_from, valid_to FROM unit WHERE code IN (" + in + ")")) {
                    Jdbc.setAll(select, chunk);
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            units.put(Cells.key(rs.getString("code")), new UnitRow(rs.getLong("id"), rs.getString("name"),
                                    rs.getString("path"), Jdbc.date(rs, "valid_from"), Jdbc.date(rs, "valid_to")));
                        }
                    }
                }
            });
        }

        @Override
        protected ImportAction check(Row record, ImportRow row) {
            UnitRow unit = record.unitCode() == null ? null : units.get(Cells.key(record.unitCode()));
            if (unit == null || !caller.scope().contains(unit.path())) {
                row.error("unitCode", Msg.of("record.unit-in-scope", String.valueOf(record.unitCode())));
            } else if (record.postedOn() != null && !unit.existsOn(record.postedOn())) {
                row.error("postedOn", Msg.of("unit.period.outside", unit.name(), record.postedOn().toString(),
                        unit.validFrom() == null ? "…" : unit.validFrom().toString(),
                        unit.validTo() == null ? "…" : unit.validTo().toString()));
            }
            if (record.postedOn() != null && record.postedUntil() != null && record.postedUntil().isBefore(record.postedOn())) {
                row.error("postedUntil", Msg.of("disclosure.posted-until.before"));
            }
            String link = Texts.clean(record.link());
            if (link != null && !link.matches("(?i)^https?://[^\\s]+$")) {
                row.error("link", Msg.of("disclosure.link.invalid"));
            }
            return ImportAction.CREATE;
        }

        /** One statement per row, then its forms and its history: a province posts a few thousand disclosures a year. */
        @Override
        protected void write(List<Row> records, List<ImportAction> actions, Connection connection) throws SQLException {
            Instant now = Instant.now();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO disclosure (unit_id, category, title,"
                    + " content, posted_on, posted_until, place, link, version, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)", Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement form = connection.prepareStatement(
                         "INSERT INTO disclosure_form (disclosure_id, form) VALUES (?, ?)");
                 PreparedStatement recorded = connection.prepareStatement("INSERT INTO change_history (entity_type,"
                         + " entity_id, action, changed_by, changed_at, changes) VALUES (?, ?, 'CREATED', ?, ?, ?)")) {
                for (Row row : records) {
                    insert.setLong(1, units.get(Cells.key(row.unitCode())).id());
                    insert.setString(2, row.category().name());
                    insert.setString(3, Texts.clean(row.title()));
                    Jdbc.setText(insert, 4, Texts.clean(row.content()));
                    Jdbc.setDate(insert, 5, row.postedOn());
                    Jdbc.setDate(insert, 6, row.postedUntil());
                    Jdbc.setText(insert, 7, Texts.clean(row.place()));
                    Jdbc.setText(insert, 8, Texts.clean(row.link()));
                    Jdbc.setInstant(insert, 9, now);
                    Jdbc.setInstant(insert, 10, now);
                    insert.executeUpdate();
                    long id;
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                    for (DisclosureForm value : row.forms()) {
                        form.setLong(1, id);
                        form.setString(2, value.name());
                        form.addBatch();
                    }
                    recorded.setString(1, DisclosureService.HISTORY_TYPE);
                    recorded.setLong(2, id);
                    recorded.setString(3, caller.username());
                    Jdbc.setInstant(recorded, 4, now);
                    recorded.setString(5, history.changesJson(Map.of(), snapshot(row)));
                    recorded.addBatch();
                }
                if (!records.isEmpty()) {
                    form.executeBatch();
                    recorded.executeBatch();
                }
            }
        }

        /** The fields as the history keeps them ({@link DisclosureMapper#snapshot}). */
        private static Map<String, Object> snapshot(Row row) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("unit", row.unitCode());
            fields.put("category", row.category());
            fields.put("title", Texts.clean(row.title()));
            fields.put("content", Texts.clean(row.content()));
            fields.put("forms", row.forms().stream().sorted().toList());
            fields.put("postedOn", row.postedOn());
            fields.put("postedUntil", row.postedUntil());
            fields.put("place", Texts.clean(row.place()));
            fields.put("link", Texts.clean(row.link()));
            return fields;
        }
    }
}
