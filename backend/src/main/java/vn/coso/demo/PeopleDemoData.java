package vn.coso.demo;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The people's own part, 2024–2026 (issue 18): every commune's public disclosures (one in seven
 * missed its budget settlement each year), its people's inspection board and community investment
 * supervision board until it closed and, on the 54 communes since 01/07/2025, their people's
 * inspection boards, with members and their work (one board in nine did nothing in 2024, and one in
 * nine of the new ones in 2026), some recommendations left unanswered, the provincial Fatherland
 * Front's supervisions and critiques, and the demo villages' meetings (one village held none in 2025).
 * {@link #load} writes 2024 on the 2024 structure; {@link #loadRecent}, after the reorganisations,
 * writes 2025 and 2026: what the old communes did before they closed, then the new communes' part.
 * In batches; a seed per unit code keeps it stable.
 */
final class PeopleDemoData {

    private static final long SEED = 20_240_318L;
    private static final LocalDate AMENDED_ON = LocalDate.of(2025, 7, 1);
    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);

    private PeopleDemoData() {
    }

    record Board(String unitCode, String kind, String name, LocalDate from, LocalDate to) {
    }

    /** A commune or village as it is in the database, with the days it existed (null: open). */
    record Unit(long id, String code, String name, Integer headCount, LocalDate validFrom, LocalDate validTo) {
        boolean existsOn(LocalDate day) {
            return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
        }
    }

    record BoardRow(long id, String kind, LocalDate from, LocalDate to) {
    }

    /** 2024 on the 2024 structure: disclosures, the boards (until the day before the reform), their work, village meetings. */
    static int load(Connection connection) throws SQLException {
        if (count(connection, "people_board") > 0 || count(connection, "disclosure") > 0) {
            return 0;
        }
        Map<String, Long> unitIds = DemoIds.byCode(connection, "unit");
        List<DemoUnits.Row> units = DemoUnits.all();
        List<Unit> communes = units.stream().filter(u -> "COMMUNE".equals(u.type()) && unitIds.containsKey(u.code()))
                .sorted(Comparator.comparing(DemoUnits.Row::code))
                .map(u -> new Unit(unitIds.get(u.code()), u.code(), u.name(), u.headCount(), null, null)).toList();
        int added = disclosures(connection, communes, new int[]{2024}, START, END_2024, false);
        added += boards(connection, unitIds, communes);
        added += villageMeetings(connection, units.stream().filter(u -> "VILLAGE".equals(u.type()) && unitIds.containsKey(u.code()))
                .sorted(Comparator.comparing(DemoUnits.Row::code))
                .map(u -> new Unit(unitIds.get(u.code()), u.code(), u.name(), u.headCount(), null, null)).toList(),
                new int[]{2024});
        return added;
    }

    /**
     * 2025 and 2026, once the reorganisations are applied: the old communes' boards end when their
     * commune closed, the old communes' records of 2025 up to their last day, then on the communes
     * directly under the province their disclosures since 01/07/2025 and their people's inspection
     * boards formed from 01/07/2025 with members and work; the Front's work and the villages' meetings.
     */
    static int loadRecent(Connection connection) throws SQLException {
        List<Unit> communes = units(connection, "u.type = 'COMMUNE' AND u.valid_to IS NULL"
                + " AND EXISTS (SELECT 1 FROM unit p WHERE p.id = u.parent_id AND p.type = 'PROVINCE' AND p.valid_to IS NULL)");
        if (communes.isEmpty() || count(connection, "people_board") == 0
                || exists(connection, "SELECT 1 FROM people_board WHERE term_from >= '2025-07-01' LIMIT 1")) {
            return 0; // the reform is not applied, the 2024 part is missing, or this part is already there
        }
        int added = 0;
        try (Statement statement = connection.createStatement()) {
            // The old communes' boards (and their members) end on the day their commune closed.
            statement.executeUpdate("UPDATE people_board b JOIN unit u ON u.id = b.unit_id SET b.term_to = u.valid_to"
                    + " WHERE u.valid_to IS NOT NULL AND (b.term_to IS NULL OR b.term_to > u.valid_to)");
            statement.executeUpdate("UPDATE people_board_member m JOIN people_board b ON b.id = m.board_id"
                    + " SET m.until = b.term_to WHERE b.term_to IS NOT NULL AND (m.until IS NULL OR m.until > b.term_to)");
        }
        List<Unit> closed = units(connection, "u.type = 'COMMUNE' AND u.valid_to >= '2025-01-01'");
        added += disclosures(connection, closed, new int[]{2025}, LocalDate.of(2025, 1, 1), AMENDED_ON.minusDays(1), false);
        added += disclosures(connection, communes, new int[]{2025, 2026}, AMENDED_ON, RecentDemoData.LAST_DAY, true);
        long lastBoard = maxId(connection, "people_board");
        added += work(connection, boards(connection, "1 = 1"), LocalDate.of(2025, 1, 1), RecentDemoData.LAST_DAY, Set.of(), 0);
        List<Board> boards = new ArrayList<>();
        for (Unit commune : communes) {
            boards.add(new Board(commune.code(), "PEOPLES_INSPECTION", "Ban Thanh tra nhân dân " + commune.name()
                    + " (nhiệm kỳ từ 01/7/2025)", AMENDED_ON, null));
        }
        Map<String, Long> ids = new HashMap<>();
        communes.forEach(c -> ids.put(c.code(), c.id()));
        added += insertBoards(connection, ids, boards);
        added += members(connection, lastBoard);
        List<BoardRow> formed = boards(connection, "id > " + lastBoard);
        Set<Long> idle = new HashSet<>();
        for (int i = 4; i < formed.size(); i += 9) {
            idle.add(formed.get(i).id()); // one new board in nine did nothing in 2026
        }
        added += work(connection, formed, AMENDED_ON, RecentDemoData.LAST_DAY, idle, 2026);
        added += recommendations(connection);
        added += villageMeetings(connection, units(connection, "u.type = 'VILLAGE'"), new int[]{2025, 2026});
        return added;
    }

    /**
     * The communes of {@code codes} (the communes of one structure) that did not disclose their budget
     * settlement in {@code year}: one in seven, by position in code order. The demo test reads this.
     */
    static List<String> communesWithoutSettlement(List<String> codes, int year) {
        List<String> sorted = codes.stream().sorted().toList();
        List<String> missing = new ArrayList<>();
        for (int index = 0; index < sorted.size(); index++) {
            if ((index + year) % 7 == 0) {
                missing.add(sorted.get(index));
            }
        }
        return missing;
    }

    /**
     * The communes' disclosures of {@code years} dated from {@code from} to {@code to} and while the
     * commune existed. A commune formed on 01/07/2025 ({@code formed}) disclosed its first budget and
     * the settlement of the communes it replaced in the second half of 2025.
     */
    private static int disclosures(Connection connection, List<Unit> communes, int[] years, LocalDate from, LocalDate to,
                                   boolean formed) throws SQLException {
        long last = maxId(connection, "disclosure");
        int added = 0;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO disclosure (unit_id, category, title,"
                + " content, posted_on, posted_until, place, link, version, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, NULL, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))")) {
            for (int index = 0; index < communes.size(); index++) {
                Unit commune = communes.get(index);
                for (int year : years) {
                    Random random = new Random(SEED ^ (commune.code() + year).hashCode());
                    boolean firstHalf = formed && year == AMENDED_ON.getYear();
                    List<Object[]> rows = new ArrayList<>();
                    rows.add(new Object[]{"BUDGET_ESTIMATE", "Công khai dự toán ngân sách " + commune.name() + " năm " + year,
                            firstHalf ? "Dự toán thu, chi ngân sách 6 tháng cuối năm của xã, phường sau sắp xếp."
                                    : "Dự toán thu, chi ngân sách xã được Hội đồng nhân dân quyết định.",
                            firstHalf ? LocalDate.of(year, 7, 10 + random.nextInt(20)) : LocalDate.of(year, 1, 5 + random.nextInt(20))});
                    rows.add(new Object[]{"BENEFICIARY_POLICY", "Công khai danh sách hộ nghèo, hộ cận nghèo và chế độ trợ cấp năm " + year,
                            "Danh sách đối tượng được hưởng chính sách bảo trợ xã hội và mức hưởng.",
                            firstHalf ? LocalDate.of(year, 8, 1 + random.nextInt(25)) : LocalDate.of(year, 3, 1 + random.nextInt(25))});
                    // One commune in seven missed its settlement each year: the review names it.
                    if ((index + year) % 7 != 0) {
                        rows.add(firstHalf
                                ? new Object[]{"BUDGET_SETTLEMENT", "Công khai quyết toán ngân sách năm " + (year - 1)
                                        + " của các xã, phường trước sắp xếp",
                                        "Quyết toán thu, chi ngân sách năm " + (year - 1) + " của các đơn vị hợp thành " + commune.name() + ".",
                                        LocalDate.of(year, 9, 1 + random.nextInt(25))}
                                : new Object[]{"BUDGET_SETTLEMENT", "Công khai quyết toán ngân sách năm " + (year - 1),
                                        "Quyết toán thu, chi ngân sách xã năm " + (year - 1) + " đã được phê chuẩn.",
                                        LocalDate.of(year, 7, 1 + random.nextInt(25))});
                    }
                    if (random.nextInt(3) == 0) {
                        rows.add(new Object[]{"LAND_USE_PLAN", "Công khai kế hoạch sử dụng đất năm " + year,
                                "Bản đồ và danh mục công trình, dự án sử dụng đất.",
                                firstHalf ? LocalDate.of(year, 10, 1 + random.nextInt(28)) : LocalDate.of(year, 4, 1 + random.nextInt(28))});
                    }
                    for (Object[] row : rows) {
                        LocalDate day = (LocalDate) row[3];
                        if (!day.isBefore(from) && !day.isAfter(to) && commune.existsOn(day)) {
                            add(insert, commune.id(), (String) row[0], (String) row[1], (String) row[2], day);
                            added++;
                        }
                    }
                }
            }
            insert.executeBatch();
        }
        try (Statement forms = connection.createStatement()) {
            forms.executeUpdate("INSERT INTO disclosure_form (disclosure_id, form) SELECT id, 'NOTICE_BOARD' FROM disclosure"
                    + " WHERE id > " + last);
            forms.executeUpdate("INSERT INTO disclosure_form (disclosure_id, form) SELECT id, 'LOUDSPEAKER' FROM disclosure"
                    + " WHERE MOD(id, 2) = 0 AND id > " + last);
            forms.executeUpdate("INSERT INTO disclosure_form (disclosure_id, form) SELECT id, 'WEBSITE' FROM disclosure"
                    + " WHERE MOD(id, 3) = 0 AND id > " + last);
        }
        return added;
    }

    private static void add(PreparedStatement insert, long unitId, String category, String title, String content,
                            LocalDate postedOn) throws SQLException {
        insert.setLong(1, unitId);
        insert.setString(2, category);
        insert.setString(3, title);
        insert.setString(4, content);
        insert.setDate(5, Date.valueOf(postedOn));
        insert.setDate(6, Date.valueOf(postedOn.plusDays(30)));
        insert.setString(7, "Trụ sở Ủy ban nhân dân và nhà văn hóa các thôn, khu phố");
        insert.addBatch();
    }

    /** The 2024 communes' two boards until the day before the reform, the Front, their members and 2024's work. */
    private static int boards(Connection connection, Map<String, Long> unitIds, List<Unit> communes)
            throws SQLException {
        List<Board> boards = new ArrayList<>();
        for (Unit commune : communes) {
            boards.add(new Board(commune.code(), "PEOPLES_INSPECTION", "Ban Thanh tra nhân dân " + commune.name(),
                    START, AMENDED_ON.minusDays(1)));
            boards.add(new Board(commune.code(), "COMMUNITY_INVESTMENT_SUPERVISION",
                    "Ban Giám sát đầu tư của cộng đồng " + commune.name(), START, AMENDED_ON.minusDays(1)));
        }
        boards.add(new Board("22", "FATHERLAND_FRONT", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ninh", START, null));
        int added = insertBoards(connection, unitIds, boards);
        added += members(connection, 0);
        List<BoardRow> rows = boards(connection, "1 = 1");
        Set<Long> idle = new HashSet<>();
        rows.stream().filter(b -> b.id() % 9 == 4).forEach(b -> idle.add(b.id()));
        added += work(connection, rows, START, END_2024, idle, 2024);
        added += recommendations(connection);
        return added;
    }

    private static int insertBoards(Connection connection, Map<String, Long> unitIds, List<Board> boards)
            throws SQLException {
        int added = 0;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO people_board (unit_id, kind, name,"
                + " term_from, term_to, elected_at, version, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))")) {
            for (Board board : boards) {
                Long unitId = unitIds.get(board.unitCode());
                if (unitId == null) {
                    continue;
                }
                insert.setLong(1, unitId);
                insert.setString(2, board.kind());
                insert.setString(3, board.name());
                insert.setDate(4, Date.valueOf(board.from()));
                insert.setDate(5, board.to() == null ? null : Date.valueOf(board.to()));
                insert.setString(6, "FATHERLAND_FRONT".equals(board.kind()) ? "Đại hội đại biểu MTTQ tỉnh"
                        : "Hội nghị đại biểu Nhân dân ngày " + board.from().plusDays(14));
                insert.addBatch();
                added++;
            }
            insert.executeBatch();
        }
        return added;
    }

    /** The members of the boards after {@code afterId}, for the board's term. */
    private static int members(Connection connection, long afterId) throws SQLException {
        int added = 0;
        try (PreparedStatement select = connection.prepareStatement("SELECT id, kind, term_from, term_to FROM people_board"
                + " WHERE id > ? ORDER BY id");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO people_board_member (board_id, full_name,"
                     + " role, since, until, elected_at, version, created_at, updated_at)"
                     + " VALUES (?, ?, ?, ?, ?, ?, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))")) {
            select.setLong(1, afterId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    long board = rs.getLong(1);
                    Random random = new Random(SEED ^ board);
                    int size = "COMMUNITY_INVESTMENT_SUPERVISION".equals(rs.getString(2)) ? 5 : 7;
                    for (int i = 0; i < size; i++) {
                        insert.setLong(1, board);
                        insert.setString(2, VietnameseNames.fullName(random));
                        insert.setString(3, i == 0 ? "HEAD" : i == 1 ? "DEPUTY" : "MEMBER");
                        insert.setDate(4, rs.getDate(3));
                        insert.setDate(5, rs.getDate(4));
                        insert.setString(6, "Hội nghị thôn, tổ dân phố số " + (1 + random.nextInt(9)));
                        insert.addBatch();
                        added++;
                    }
                }
            }
            insert.executeBatch();
        }
        return added;
    }

    private static List<BoardRow> boards(Connection connection, String condition) throws SQLException {
        List<BoardRow> boards = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT id, kind, term_from, term_to FROM people_board WHERE "
                     + condition + " ORDER BY id")) {
            while (rs.next()) {
                boards.add(new BoardRow(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                        rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate()));
            }
        }
        return boards;
    }

    /**
     * Each board's work in March and September of each year of its term, from {@code from} to
     * {@code to}; the {@code idle} boards did nothing in {@code idleYear}.
     */
    private static int work(Connection connection, List<BoardRow> boards, LocalDate from, LocalDate to, Set<Long> idle,
                            int idleYear) throws SQLException {
        int added = 0;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO people_board_activity (board_id, kind,"
                + " subject, content, started_on, ended_on, findings, project_name, project_investor, budget_source,"
                + " project_stage, consultation_id, version, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))")) {
            for (BoardRow board : boards) {
                for (int year = from.getYear(); year <= to.getYear(); year++) {
                    if (year == idleYear && idle.contains(board.id())) {
                        continue;
                    }
                    Random random = new Random(SEED ^ (board.id() * 31 + year));
                    for (int month : new int[]{3, 9}) {
                        LocalDate day = LocalDate.of(year, month, 1 + random.nextInt(25));
                        if (day.isBefore(board.from()) || (board.to() != null && day.isAfter(board.to()))
                                || day.isBefore(from) || day.isAfter(to)) {
                            continue;
                        }
                        added += activity(insert, board.id(), board.kind(), day, random);
                    }
                }
            }
            insert.executeBatch();
        }
        return added;
    }

    /** Every other activity without one yet made a recommendation; a third of them are still unanswered. */
    private static int recommendations(Connection connection) throws SQLException {
        try (Statement recommendations = connection.createStatement()) {
            return recommendations.executeUpdate("INSERT INTO people_board_recommendation (activity_id, content,"
                    + " addressed_to_id, due_on, answer, answered_on, version, created_at, updated_at)"
                    + " SELECT a.id, 'Đề nghị Ủy ban nhân dân bổ sung hồ sơ, chứng từ và công khai kết quả khắc phục', b.unit_id,"
                    + " DATE_ADD(a.started_on, INTERVAL 60 DAY),"
                    + " IF(MOD(a.id, 3) = 0, NULL, 'Đã tiếp thu, bổ sung đầy đủ hồ sơ và thông báo tại hội nghị'),"
                    + " IF(MOD(a.id, 3) = 0, NULL, DATE_ADD(a.started_on, INTERVAL 45 DAY)),"
                    + " 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)"
                    + " FROM people_board_activity a JOIN people_board b ON b.id = a.board_id"
                    + " WHERE MOD(a.id, 2) = 0 AND DATE_ADD(a.started_on, INTERVAL 60 DAY) <= '2026-12-31'"
                    + " AND NOT EXISTS (SELECT 1 FROM people_board_recommendation r WHERE r.activity_id = a.id)");
        }
    }

    private static int activity(PreparedStatement insert, long board, String boardKind, LocalDate day, Random random)
            throws SQLException {
        String kind;
        String subject;
        String project = null;
        String investor = null;
        String source = null;
        String stage = null;
        switch (boardKind) {
            case "COMMUNITY_INVESTMENT_SUPERVISION" -> {
                kind = "INVESTMENT_SUPERVISION";
                project = PROJECTS[random.nextInt(PROJECTS.length)];
                subject = "Giám sát thi công công trình " + project;
                investor = "Ủy ban nhân dân xã";
                source = random.nextBoolean() ? "COMMUNE_BUDGET" : "COMMUNITY_CONTRIBUTION";
                stage = random.nextBoolean() ? "CONSTRUCTION" : "ACCEPTANCE";
            }
            case "FATHERLAND_FRONT" -> {
                kind = random.nextBoolean() ? "SUPERVISION" : "SOCIAL_CRITIQUE";
                subject = "SUPERVISION".equals(kind) ? "Giám sát việc thực hiện chính sách hỗ trợ hộ nghèo"
                        : "Phản biện dự thảo nghị quyết về chính sách hỗ trợ sinh kế";
            }
            default -> {
                boolean inspection = random.nextInt(3) == 0;
                boolean investment = !inspection && !day.isBefore(AMENDED_ON) && random.nextBoolean();
                kind = inspection ? "INSPECTION" : investment ? "INVESTMENT_SUPERVISION" : "SUPERVISION";
                subject = inspection ? "Kiểm tra việc giải quyết kiến nghị của công dân"
                        : investment ? "Giám sát đầu tư công trình của cộng đồng"
                        : "Giám sát việc thực hiện quy chế dân chủ và công khai tài chính";
                if (investment) {
                    project = PROJECTS[random.nextInt(PROJECTS.length)];
                    investor = "Ủy ban nhân dân phường";
                    source = "STATE_BUDGET";
                    stage = "CONSTRUCTION";
                }
            }
        }
        insert.setLong(1, board);
        insert.setString(2, kind);
        insert.setString(3, subject);
        insert.setString(4, "Theo kế hoạch năm " + day.getYear() + " của ban.");
        insert.setDate(5, Date.valueOf(day));
        insert.setDate(6, Date.valueOf(day.plusDays(5 + random.nextInt(20))));
        insert.setString(7, random.nextInt(4) == 0 ? "Phát hiện một số thiếu sót trong lưu trữ hồ sơ, chứng từ."
                : "Thực hiện đúng quy định.");
        insert.setString(8, project);
        insert.setString(9, investor);
        insert.setString(10, source);
        insert.setString(11, stage);
        insert.addBatch();
        return 1;
    }

    private static final String[] PROJECTS = {"Đường bê tông liên thôn", "Nhà văn hóa khu phố", "Kênh mương nội đồng",
            "Sân thể thao thôn", "Hệ thống điện chiếu sáng ngõ xóm", "Cải tạo trường mầm non"};

    /** The demo villages' meetings in {@code years}: two a year while the village exists, one village none in 2025. */
    private static int villageMeetings(Connection connection, List<Unit> villages, int[] years) throws SQLException {
        long last = maxId(connection, "conference");
        int added = 0;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO conference (unit_id, kind, held_on, title,"
                + " participants, resolutions, households_total, households_represented, version, created_at, updated_at)"
                + " VALUES (?, 'VILLAGE_MEETING', ?, ?, ?, ?, ?, ?, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))")) {
            for (int index = 0; index < villages.size(); index++) {
                Unit village = villages.get(index);
                int households = village.headCount() == null ? 150 : Math.max(40, village.headCount() / 3);
                for (int year : years) {
                    if (index == 1 && year == 2025) {
                        continue;
                    }
                    Random random = new Random(SEED ^ (village.code() + year).hashCode());
                    for (int month : new int[]{3, 10}) {
                        // One meeting in six does not reach half of the households.
                        int represented = random.nextInt(6) == 0 ? households / 2 - random.nextInt(5)
                                : households / 2 + 1 + random.nextInt(households / 2);
                        LocalDate day = LocalDate.of(year, month, 5 + random.nextInt(20));
                        if (!village.existsOn(day) || day.isAfter(RecentDemoData.LAST_DAY)) {
                            continue;
                        }
                        insert.setLong(1, village.id());
                        insert.setDate(2, Date.valueOf(day));
                        insert.setString(3, "Hội nghị " + village.name() + (month == 3 ? " bàn kế hoạch năm " : " tổng kết năm ") + year);
                        insert.setInt(4, represented);
                        insert.setString(5, "Nhân dân bàn và biểu quyết các nội dung theo Luật Thực hiện dân chủ ở cơ sở.");
                        insert.setInt(6, households);
                        insert.setInt(7, represented);
                        insert.addBatch();
                        added++;
                    }
                }
            }
            insert.executeBatch();
        }
        try (Statement items = connection.createStatement()) {
            items.executeUpdate("INSERT INTO conference_item (conference_id, position, title, decided_by, votes_for,"
                    + " votes_against, votes_abstain, contribution, recognised, completed_on)"
                    + " SELECT id, 0, 'Đóng góp xây dựng đường bê tông ngõ xóm', 'HOUSEHOLD_SIGNATURES',"
                    + " households_represented - 3, 2, 1, 'MONEY', 2 * households_represented > households_total,"
                    + " IF(MOD(id, 2) = 0 AND 2 * households_represented > households_total"
                    + " AND 2 * (households_represented - 3) > households_total, DATE_ADD(held_on, INTERVAL 120 DAY), NULL)"
                    + " FROM conference WHERE kind = 'VILLAGE_MEETING' AND id > " + last);
            items.executeUpdate("INSERT INTO conference_item (conference_id, position, title, decided_by, votes_for,"
                    + " votes_against, votes_abstain, contribution, recognised, completed_on)"
                    + " SELECT id, 1, 'Sửa đổi, bổ sung hương ước, quy ước', 'SHOW_OF_HANDS',"
                    + " households_represented - 5, 4, 1, 'NONE', 2 * households_represented > households_total, NULL"
                    + " FROM conference WHERE kind = 'VILLAGE_MEETING' AND MONTH(held_on) = 3 AND id > " + last);
        }
        return added;
    }

    /** The units chosen by {@code condition} on {@code u}, by code. */
    private static List<Unit> units(Connection connection, String condition) throws SQLException {
        List<Unit> units = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT u.id, u.code, u.name, u.head_count, u.valid_from, u.valid_to"
                     + " FROM unit u WHERE " + condition + " ORDER BY u.code, u.id")) {
            while (rs.next()) {
                units.add(new Unit(rs.getLong(1), rs.getString(2), rs.getString(3), (Integer) rs.getObject(4),
                        rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate(),
                        rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate()));
            }
        }
        return units;
    }

    private static long maxId(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static boolean exists(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            return rs.next();
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
