package vn.coso.boards;

import vn.coso.common.demo.DemoDates;
import vn.coso.common.demo.DemoJdbc;
import vn.coso.common.demo.VietnameseNames;
import vn.coso.units.DemoUnits;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The people's boards, 2024–2026 (issue 18): every 2024 commune's people's inspection board and
 * community investment supervision board until it closed, the provincial Fatherland Front and, on the
 * 54 communes since 01/07/2025, their people's inspection boards, with members and their work (one
 * board in nine did nothing in 2024, and one in nine of the new ones in 2026) and some
 * recommendations left unanswered. {@link #load} writes 2024 on the 2024 structure;
 * {@link #loadRecent}, after the reorganisations, 2025 and 2026. In batches; a seed per board id keeps
 * it stable. The demo loader adds the people's part (with the disclosures and the village meetings) once.
 */
public final class BoardDemoRecords {

    /** The people's part's seed (with each unit's code or each record's id mixed in). */
    private static final long SEED = 20_240_318L;
    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);

    private record Board(String unitCode, String kind, String name, LocalDate from, LocalDate to) {
    }

    private record BoardRow(long id, String kind, LocalDate from, LocalDate to) {
    }

    private BoardDemoRecords() {
    }

    /** 2024 on the 2024 structure: the boards (until the day before the reform), their members and work. */
    public static int load(Connection connection) throws SQLException {
        return boards(connection, DemoJdbc.byCode(connection, "unit"), DemoUnits.of2024(connection, "COMMUNE"));
    }

    /** Whether any board is recorded (the 2024 part is then not added again). */
    public static boolean any(Connection connection) throws SQLException {
        return DemoJdbc.count(connection, "people_board") > 0;
    }

    /** Whether the 2024 part is there and the part since the reform is not (boards formed from 01/07/2025). */
    public static boolean recentMissing(Connection connection) throws SQLException {
        return any(connection)
                && !DemoJdbc.exists(connection, "SELECT 1 FROM people_board WHERE term_from >= '2025-07-01' LIMIT 1");
    }

    /**
     * 2025 and 2026, once the reorganisations are applied: the old communes' boards end when their
     * commune closed, their work of 2025 up to then, then the people's inspection boards of the communes
     * directly under the province formed from 01/07/2025 with members and work; the Front's work.
     */
    public static int loadRecent(Connection connection, List<DemoUnits.Stored> communes) throws SQLException {
        int added = 0;
        try (Statement statement = connection.createStatement()) {
            // The old communes' boards (and their members) end on the day their commune closed.
            statement.executeUpdate("UPDATE people_board b JOIN unit u ON u.id = b.unit_id SET b.term_to = u.valid_to"
                    + " WHERE u.valid_to IS NOT NULL AND (b.term_to IS NULL OR b.term_to > u.valid_to)");
            statement.executeUpdate("UPDATE people_board_member m JOIN people_board b ON b.id = m.board_id"
                    + " SET m.until = b.term_to WHERE b.term_to IS NOT NULL AND (m.until IS NULL OR m.until > b.term_to)");
        }
        long lastBoard = DemoJdbc.maxId(connection, "people_board");
        added += work(connection, boards(connection, "1 = 1"), LocalDate.of(2025, 1, 1), DemoDates.LAST_DAY, Set.of(), 0);
        List<Board> boards = new ArrayList<>();
        for (DemoUnits.Stored commune : communes) {
            boards.add(new Board(commune.code(), "PEOPLES_INSPECTION", "Ban Thanh tra nhân dân " + commune.name()
                    + " (nhiệm kỳ từ 01/7/2025)", DemoDates.REFORM, null));
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
        added += work(connection, formed, DemoDates.REFORM, DemoDates.LAST_DAY, idle, 2026);
        added += recommendations(connection);
        return added;
    }

    /** The 2024 communes' two boards until the day before the reform, the Front, their members and 2024's work. */
    private static int boards(Connection connection, Map<String, Long> unitIds, List<DemoUnits.Stored> communes)
            throws SQLException {
        List<Board> boards = new ArrayList<>();
        for (DemoUnits.Stored commune : communes) {
            boards.add(new Board(commune.code(), "PEOPLES_INSPECTION", "Ban Thanh tra nhân dân " + commune.name(),
                    START, DemoDates.REFORM.minusDays(1)));
            boards.add(new Board(commune.code(), "COMMUNITY_INVESTMENT_SUPERVISION",
                    "Ban Giám sát đầu tư của cộng đồng " + commune.name(), START, DemoDates.REFORM.minusDays(1)));
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
                boolean investment = !inspection && !day.isBefore(DemoDates.REFORM) && random.nextBoolean();
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
}
