package vn.coso.conferences;

import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.history.HistoryService;
import vn.coso.common.i18n.Msg;
import vn.coso.common.security.Roles;
import vn.coso.common.web.Texts;
import vn.coso.conferences.ConferenceDtos.ConferenceRequest;
import vn.coso.conferences.ConferenceDtos.ItemRequest;
import vn.coso.conferences.ConferenceItem.Contribution;
import vn.coso.conferences.ConferenceItem.DecidedBy;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static vn.coso.imports.ImportColumn.ColumnType.BOOLEAN;
import static vn.coso.imports.ImportColumn.ColumnType.CHOICE;
import static vn.coso.imports.ImportColumn.ColumnType.CODE;
import static vn.coso.imports.ImportColumn.ColumnType.DATE;
import static vn.coso.imports.ImportColumn.ColumnType.INTEGER;
import static vn.coso.imports.ImportColumn.ColumnType.TEXT;

/**
 * Village and residential-group meetings (hội nghị thôn, tổ dân phố) from a spreadsheet, one row per
 * agenda item as communes keep their minutes in Excel: the rows with the same village code, date and
 * title are one meeting, whose households and participants they must repeat alike; a row without an
 * item is a meeting without items. The rules are {@link ConferenceService}'s: the village in the
 * caller's scope, a VILLAGE existing on the meeting's day, households represented at most those of
 * the village, an item's votes at most the households represented, completion not before the
 * meeting. Whether a meeting is valid and an item decided follows from the figures, as for meetings
 * recorded one by one.
 */
@ApplicationScoped
public class VillageMeetingImport implements ImportKind {

    static final Map<DecidedBy, List<String>> DECIDED_BY_NAMES = Map.of(
            DecidedBy.SHOW_OF_HANDS, List.of("Giơ tay", "Biểu quyết giơ tay"),
            DecidedBy.BALLOT, List.of("Bỏ phiếu kín", "Bỏ phiếu"),
            DecidedBy.HOUSEHOLD_SIGNATURES, List.of("Lấy chữ ký hộ gia đình", "Chữ ký hộ gia đình", "Lấy chữ ký"));

    static final Map<Contribution, List<String>> CONTRIBUTION_NAMES = Map.of(
            Contribution.NONE, List.of("Không"),
            Contribution.MONEY, List.of("Tiền"),
            Contribution.WORK, List.of("Ngày công", "Công"));

    static final Definition DEFINITION = ImportKind.define("village-meetings", "Hội nghị thôn, tổ dân phố",
            Set.of(Roles.ADMIN, Roles.OFFICER),
            ImportColumn.of("villageCode", "Mã thôn/tổ dân phố", CODE, true, "06694-TDP1",
                    "Mã thôn, tổ dân phố tổ chức hội nghị. — Code of the village or residential group.",
                    "Mã thôn", "Mã tổ dân phố", "Mã đơn vị"),
            ImportColumn.of("date", "Ngày họp", DATE, true, "2025-03-12",
                    "Ngày họp, DD/MM/YYYY hoặc YYYY-MM-DD. — The day of the meeting.", "Ngày tổ chức", "Ngày"),
            ImportColumn.of("title", "Tên hội nghị", TEXT, true, "Hội nghị tổ dân phố 1 bàn làm đường (ví dụ)",
                    "Các dòng cùng mã thôn, ngày và tên là một hội nghị. — Rows with the same village, date and title"
                            + " are one meeting.", "Hội nghị"),
            ImportColumn.of("participants", "Số người dự", INTEGER, true, "96", "Số người dự họp. — People present.",
                    "Số người tham dự"),
            ImportColumn.of("householdsTotal", "Số hộ của thôn", INTEGER, true, "120",
                    "Tổng số hộ gia đình của thôn, tổ dân phố. — The households of the village.", "Tổng số hộ"),
            ImportColumn.of("householdsRepresented", "Số hộ dự họp", INTEGER, true, "90",
                    "Số hộ có đại diện dự họp; hội nghị hợp lệ khi hơn một nửa số hộ dự. — Households represented.",
                    "Số hộ tham dự"),
            ImportColumn.of("resolutions", "Kết quả", TEXT, false, null,
                    "Nghị quyết, kết quả như trong biên bản. — The resolutions, as in the minutes.", "Nghị quyết"),
            ImportColumn.of("itemTitle", "Nội dung biểu quyết", TEXT, false, "Đóng góp bê tông hóa ngõ 12",
                    "Một nội dung Nhân dân bàn và quyết định; để trống nếu hội nghị không biểu quyết. — An agenda item.",
                    "Nội dung", "Nội dung Nhân dân bàn và quyết định"),
            ImportColumn.of("decidedBy", "Cách biểu quyết", CHOICE, false, "Giơ tay",
                    "Giơ tay; Bỏ phiếu kín; Lấy chữ ký hộ gia đình. — How the households decided.", "Hình thức biểu quyết"),
            ImportColumn.of("votesFor", "Số hộ đồng ý", INTEGER, false, "78", "Hộ đồng ý. — Households agreeing.",
                    "Đồng ý"),
            ImportColumn.of("votesAgainst", "Số hộ không đồng ý", INTEGER, false, "8",
                    "Hộ không đồng ý. — Households against.", "Không đồng ý"),
            ImportColumn.of("votesAbstain", "Số hộ không biểu quyết", INTEGER, false, "4",
                    "Hộ không biểu quyết. — Households abstaining.", "Không biểu quyết"),
            ImportColumn.of("contribution", "Nhân dân đóng góp", CHOICE, false, "Tiền",
                    "Không; Tiền; Ngày công. — What households contribute.", "Đóng góp"),
            ImportColumn.of("recognised", "UBND xã công nhận", BOOLEAN, false, "có",
                    "Có/không: xã đã công nhận quyết định. — The commune recognised the decision.", "Công nhận"),
            ImportColumn.of("completedOn", "Ngày hoàn thành", DATE, false, null,
                    "Ngày công trình đã quyết định hoàn thành, bàn giao. — The day the decided work was handed over.",
                    "Ngày bàn giao"));

    private final HistoryService history;

    public VillageMeetingImport(HistoryService history) {
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

    record Item(String title, DecidedBy decidedBy, Integer votesFor, Integer votesAgainst, Integer votesAbstain,
                Contribution contribution, Boolean recognised, LocalDate completedOn) {

        int votes() {
            return votesFor + votesAgainst + votesAbstain;
        }
    }

    record Row(String villageCode, LocalDate date, String title, Integer participants, Integer householdsTotal,
               Integer householdsRepresented, String resolutions, Item item) {

        /** The meeting this row belongs to, folded. */
        String meeting() {
            return Cells.key(villageCode) + "|" + date + "|" + Cells.fold(title);
        }
    }

    private record Village(long id, String name, String type, String path, LocalDate validFrom, LocalDate validTo) {

        boolean existsOn(LocalDate day) {
            return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
        }
    }

    static final class Session extends ImportSession<Row> {

        private final HistoryService history;
        private final Set<String> villageCodes = new HashSet<>();
        private final Map<String, Village> villages = new HashMap<>();
        /** The first row of each meeting (its number and values), which the meeting's other rows must repeat. */
        private final Map<String, Map.Entry<Integer, Row>> firstRows = new HashMap<>();
        /** Rows to write, kept until the last chunk so that a meeting split across chunks stays one. */
        private final List<Row> toWrite = new ArrayList<>();

        Session(ImportCaller caller, HistoryService history) {
            super(caller);
            this.history = history;
        }

        @Override
        protected Row parse(ImportRow row) {
            ImportRow.Checked cells = row.against(ConferenceRequest.class);
            String villageCode = row.text("villageCode");
            LocalDate date = cells.date("date");
            String title = cells.text("title");
            Integer participants = cells.integer("participants");
            Integer total = cells.integer("householdsTotal");
            Integer represented = cells.integer("householdsRepresented");
            String resolutions = cells.text("resolutions");
            Item item = null;
            String itemTitle = row.text("itemTitle");
            if (itemTitle != null) {
                row.validate(ItemRequest.class, "title", "itemTitle", itemTitle);
                DecidedBy decidedBy = row.choice("decidedBy", DecidedBy.class, DECIDED_BY_NAMES);
                Integer votesFor = vote(row, "votesFor");
                Integer votesAgainst = vote(row, "votesAgainst");
                Integer votesAbstain = vote(row, "votesAbstain");
                if (decidedBy == null && !row.hasError("decidedBy")) {
                    row.error("decidedBy", Msg.of("field.not-null"));
                }
                Contribution contribution = row.choice("contribution", Contribution.class, CONTRIBUTION_NAMES);
                Boolean recognised = row.bool("recognised");
                LocalDate completedOn = row.date("completedOn");
                item = new Item(itemTitle, decidedBy, votesFor, votesAgainst, votesAbstain,
                        contribution == null ? Contribution.NONE : contribution, Boolean.TRUE.equals(recognised), completedOn);
            }
            return new Row(villageCode, date, title, participants, total, represented, resolutions, item);
        }

        /** A vote count, required with an item and held to the item request's constraints. */
        private static Integer vote(ImportRow row, String field) {
            Integer value = row.integer(field);
            if (value == null && !row.hasError(field)) {
                row.error(field, Msg.of("field.not-null"));
            } else if (value != null) {
                row.validate(ItemRequest.class, field, field, value);
            }
            return value;
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
            return row.villageCode() + " " + row.date();
        }

        @Override
        protected void remember(Row record, ImportRow row) {
            if (record.villageCode() != null) {
                villageCodes.add(Cells.key(record.villageCode()));
            }
            if (record.villageCode() == null || record.date() == null || record.title() == null) {
                return;
            }
            Map.Entry<Integer, Row> first = firstRows.putIfAbsent(record.meeting(), Map.entry(row.number(), record));
            if (first == null) {
                return;
            }
            Row earlier = first.getValue();
            for (String field : List.of("participants", "householdsTotal", "householdsRepresented", "resolutions")) {
                Object mine = value(record, field);
                Object theirs = value(earlier, field);
                if (!Objects.equals(mine, theirs)) {
                    row.error(field, Msg.of("conference.import.meeting.differs", first.getKey()));
                }
            }
        }

        private static Object value(Row row, String field) {
            return switch (field) {
                case "participants" -> row.participants();
                case "householdsTotal" -> row.householdsTotal();
                case "householdsRepresented" -> row.householdsRepresented();
                default -> Texts.clean(row.resolutions());
            };
        }

        @Override
        protected void prepare(Connection connection, boolean forWrite) throws SQLException {
            villages.clear();
            toWrite.clear();
            Jdbc.inChunks(villageCodes, (chunk, in) -> {
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT id, code, name, type, path, valid_from, valid_to FROM unit WHERE code IN (" + in + ")")) {
                    Jdbc.setAll(select, chunk);
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            villages.put(Cells.key(rs.getString("code")), new Village(rs.getLong("id"), rs.getString("name"),
                                    rs.getString("type"), rs.getString("path"), Jdbc.date(rs, "valid_from"),
                                    Jdbc.date(rs, "valid_to")));
                        }
                    }
                }
            });
        }

        @Override
        protected ImportAction check(Row record, ImportRow row) {
            Village village = record.villageCode() == null ? null : villages.get(Cells.key(record.villageCode()));
            if (village == null || !caller.scope().contains(village.path())) {
                row.error("villageCode", Msg.of("record.unit-in-scope", String.valueOf(record.villageCode())));
            } else if (!ConferenceKind.VILLAGE_MEETING.heldBy().stream().anyMatch(t -> t.name().equals(village.type()))) {
                row.error("villageCode", Msg.of("conference.kind.unit", ConferenceKind.VILLAGE_MEETING, "VILLAGE",
                        village.name(), village.type()));
            } else if (record.date() != null && !village.existsOn(record.date())) {
                row.error("date", Msg.of("unit.period.outside", village.name(), record.date().toString(),
                        village.validFrom() == null ? "…" : village.validFrom().toString(),
                        village.validTo() == null ? "…" : village.validTo().toString()));
            }
            Integer total = record.householdsTotal();
            Integer represented = record.householdsRepresented();
            if (total != null && represented != null && represented > total) {
                row.error("householdsRepresented", Msg.of("conference.households.more-than-total", represented, total));
            }
            Item item = record.item();
            if (item != null && represented != null && item.votesFor() != null && item.votesAgainst() != null
                    && item.votesAbstain() != null && item.votes() > represented) {
                row.error("votesFor", Msg.of("conference.item.votes", item.votes(), represented));
            }
            if (item != null && item.completedOn() != null && record.date() != null
                    && item.completedOn().isBefore(record.date())) {
                row.error("completedOn", Msg.of("conference.item.completed-before"));
            }
            return ImportAction.CREATE;
        }

        @Override
        protected void write(List<Row> records, List<ImportAction> actions, Connection connection) {
            toWrite.addAll(records);
        }

        /** Every meeting once its rows are all read: one conference, its items in the file's order, its history. */
        @Override
        protected void finish(Connection connection) throws SQLException {
            Map<String, List<Row>> meetings = new LinkedHashMap<>();
            toWrite.forEach(row -> meetings.computeIfAbsent(row.meeting(), key -> new ArrayList<>()).add(row));
            Instant now = Instant.now();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO conference (unit_id, kind, held_on,"
                    + " title, participants, resolutions, households_total, households_represented, version, created_at,"
                    + " updated_at) VALUES (?, 'VILLAGE_MEETING', ?, ?, ?, ?, ?, ?, 0, ?, ?)", Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement items = connection.prepareStatement("INSERT INTO conference_item (conference_id,"
                         + " position, title, decided_by, votes_for, votes_against, votes_abstain, contribution, recognised,"
                         + " completed_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement recorded = connection.prepareStatement("INSERT INTO change_history (entity_type,"
                         + " entity_id, action, changed_by, changed_at, changes) VALUES (?, ?, 'CREATED', ?, ?, ?)")) {
                for (List<Row> rows : meetings.values()) {
                    Row meeting = rows.get(0);
                    insert.setLong(1, villages.get(Cells.key(meeting.villageCode())).id());
                    Jdbc.setDate(insert, 2, meeting.date());
                    insert.setString(3, Texts.clean(meeting.title()));
                    insert.setInt(4, meeting.participants());
                    Jdbc.setText(insert, 5, Texts.clean(meeting.resolutions()));
                    insert.setInt(6, meeting.householdsTotal());
                    insert.setInt(7, meeting.householdsRepresented());
                    Jdbc.setInstant(insert, 8, now);
                    Jdbc.setInstant(insert, 9, now);
                    insert.executeUpdate();
                    long id;
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                    int position = 0;
                    List<String> snapshotItems = new ArrayList<>();
                    for (Row row : rows) {
                        Item item = row.item();
                        if (item == null) {
                            continue;
                        }
                        items.setLong(1, id);
                        items.setInt(2, position++);
                        items.setString(3, Texts.clean(item.title()));
                        items.setString(4, item.decidedBy().name());
                        items.setInt(5, item.votesFor());
                        items.setInt(6, item.votesAgainst());
                        items.setInt(7, item.votesAbstain());
                        items.setString(8, item.contribution().name());
                        items.setBoolean(9, item.recognised());
                        Jdbc.setDate(items, 10, item.completedOn());
                        items.addBatch();
                        snapshotItems.add(Texts.clean(item.title()) + " | " + item.decidedBy() + " | " + item.votesFor() + "/"
                                + item.votesAgainst() + "/" + item.votesAbstain());
                    }
                    recorded.setString(1, ConferenceService.HISTORY_TYPE);
                    recorded.setLong(2, id);
                    recorded.setString(3, caller.username());
                    Jdbc.setInstant(recorded, 4, now);
                    recorded.setString(5, history.changesJson(Map.of(), snapshot(meeting, snapshotItems)));
                    recorded.addBatch();
                }
                if (!meetings.isEmpty()) {
                    items.executeBatch();
                    recorded.executeBatch();
                }
            }
            toWrite.clear();
        }

        private static Map<String, Object> snapshot(Row meeting, List<String> items) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("unit", meeting.villageCode());
            fields.put("kind", ConferenceKind.VILLAGE_MEETING);
            fields.put("date", meeting.date());
            fields.put("title", Texts.clean(meeting.title()));
            fields.put("participants", meeting.participants());
            fields.put("resolutions", Texts.clean(meeting.resolutions()));
            fields.put("householdsTotal", meeting.householdsTotal());
            fields.put("householdsRepresented", meeting.householdsRepresented());
            for (int i = 0; i < items.size(); i++) {
                fields.put("items[" + i + "]", items.get(i));
            }
            return fields;
        }
    }
}
