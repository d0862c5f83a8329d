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
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The people's own part, 2024–2026 (issue 18): every commune's public disclosures (one in seven
 * missed its budget settlement each year), its people's inspection board and community investment
 * supervision board until 30/06/2025 and its people's inspection board since, with members and
 * their work (one board in nine did nothing in 2024), some recommendations left unanswered, the
 * provincial Fatherland Front's supervisions and critiques, and the demo villages' meetings (one
 * village held none in 2025). Loaded once, in batches; a seed per unit code keeps it stable.
 */
final class PeopleDemoData {

    private static final long SEED = 20_240_318L;
    private static final int[] YEARS = {2024, 2025, 2026};
    private static final LocalDate AMENDED_ON = LocalDate.of(2025, 7, 1);

    private PeopleDemoData() {
    }

    record Board(String unitCode, String kind, String name, LocalDate from, LocalDate to) {
    }

    static int load(Connection connection) throws SQLException {
        if (count(connection, "people_board") > 0 || count(connection, "disclosure") > 0) {
            return 0;
        }
        Map<String, Long> unitIds = DemoIds.byCode(connection, "unit");
        List<DemoUnits.Row> units = DemoUnits.all();
        List<DemoUnits.Row> communes = units.stream().filter(u -> "COMMUNE".equals(u.type()))
                .sorted(Comparator.comparing(DemoUnits.Row::code)).toList();
        int added = disclosures(connection, unitIds, communes);
        added += boards(connection, unitIds, communes);
        added += villageMeetings(connection, unitIds, units.stream().filter(u -> "VILLAGE".equals(u.type()))
                .sorted(Comparator.comparing(DemoUnits.Row::code)).toList());
        return added;
    }

    private static int disclosures(Connection connection, Map<String, Long> unitIds, List<DemoUnits.Row> communes)
            throws SQLException {
        int added = 0;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO disclosure (unit_id, category, title,"
                + " content, posted_on, posted_until, place, link, version, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, NULL, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))")) {
            for (int index = 0; index < communes.size(); index++) {
                DemoUnits.Row commune = communes.get(index);
                Long unitId = unitIds.get(commune.code());
                if (unitId == null) {
                    continue;
                }
                for (int year : YEARS) {
                    Random random = new Random(SEED ^ (commune.code() + year).hashCode());
                    add(insert, unitId, "BUDGET_ESTIMATE", "Công khai dự toán ngân sách " + commune.name() + " năm " + year,
                            "Dự toán thu, chi ngân sách xã được Hội đồng nhân dân quyết định.", LocalDate.of(year, 1, 5 + random.nextInt(20)));
                    add(insert, unitId, "BENEFICIARY_POLICY", "Công khai danh sách hộ nghèo, hộ cận nghèo và chế độ trợ cấp năm " + year,
                            "Danh sách đối tượng được hưởng chính sách bảo trợ xã hội và mức hưởng.", LocalDate.of(year, 3, 1 + random.nextInt(25)));
                    added += 2;
                    // One commune in seven missed its settlement each year: the review names it.
                    if ((index + year) % 7 != 0) {
                        add(insert, unitId, "BUDGET_SETTLEMENT", "Công khai quyết toán ngân sách năm " + (year - 1),
                                "Quyết toán thu, chi ngân sách xã năm " + (year - 1) + " đã được phê chuẩn.",
                                LocalDate.of(year, 7, 1 + random.nextInt(25)));
                        added++;
                    }
                    if (random.nextInt(3) == 0) {
                        add(insert, unitId, "LAND_USE_PLAN", "Công khai kế hoạch sử dụng đất năm " + year,
                                "Bản đồ và danh mục công trình, dự án sử dụng đất.", LocalDate.of(year, 4, 1 + random.nextInt(28)));
                        added++;
                    }
                }
            }
            insert.executeBatch();
        }
        try (Statement forms = connection.createStatement()) {
            forms.executeUpdate("INSERT INTO disclosure_form (disclosure_id, form) SELECT id, 'NOTICE_BOARD' FROM disclosure");
            forms.executeUpdate("INSERT INTO disclosure_form (disclosure_id, form) SELECT id, 'LOUDSPEAKER' FROM disclosure"
                    + " WHERE MOD(id, 2) = 0");
            forms.executeUpdate("INSERT INTO disclosure_form (disclosure_id, form) SELECT id, 'WEBSITE' FROM disclosure"
                    + " WHERE MOD(id, 3) = 0");
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

    private static int boards(Connection connection, Map<String, Long> unitIds, List<DemoUnits.Row> communes)
            throws SQLException {
        List<Board> boards = new ArrayList<>();
        for (DemoUnits.Row commune : communes) {
            boards.add(new Board(commune.code(), "PEOPLES_INSPECTION", "Ban Thanh tra nhân dân " + commune.name(),
                    LocalDate.of(2024, 1, 1), AMENDED_ON.minusDays(1)));
            boards.add(new Board(commune.code(), "COMMUNITY_INVESTMENT_SUPERVISION",
                    "Ban Giám sát đầu tư của cộng đồng " + commune.name(), LocalDate.of(2024, 1, 1), AMENDED_ON.minusDays(1)));
            boards.add(new Board(commune.code(), "PEOPLES_INSPECTION", "Ban Thanh tra nhân dân " + commune.name()
                    + " (nhiệm kỳ từ 01/7/2025)", AMENDED_ON, null));
        }
        boards.add(new Board("22", "FATHERLAND_FRONT", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ninh",
                LocalDate.of(2024, 1, 1), null));
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
        added += members(connection);
        added += work(connection);
        return added;
    }

    private static int members(Connection connection) throws SQLException {
        int added = 0;
        try (PreparedStatement select = connection.prepareStatement("SELECT id, kind, term_from, term_to FROM people_board");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO people_board_member (board_id, full_name,"
                     + " role, since, until, elected_at, version, created_at, updated_at)"
                     + " VALUES (?, ?, ?, ?, ?, ?, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))");
             ResultSet rs = select.executeQuery()) {
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
            insert.executeBatch();
        }
        return added;
    }

    /** Each board's work per year of its term; one board in nine idle in 2024; a third of recommendations unanswered. */
    private static int work(Connection connection) throws SQLException {
        int added = 0;
        Map<Long, Object[]> boards = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, unit_id, kind, term_from, term_to FROM people_board");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                boards.put(rs.getLong(1), new Object[]{rs.getLong(2), rs.getString(3), rs.getDate(4).toLocalDate(),
                        rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate()});
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO people_board_activity (board_id, kind,"
                + " subject, content, started_on, ended_on, findings, project_name, project_investor, budget_source,"
                + " project_stage, consultation_id, version, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))")) {
            for (var entry : boards.entrySet()) {
                long board = entry.getKey();
                String kind = (String) entry.getValue()[1];
                LocalDate from = (LocalDate) entry.getValue()[2];
                LocalDate to = (LocalDate) entry.getValue()[3];
                for (int year : YEARS) {
                    if (board % 9 == 4 && year == 2024) {
                        continue;
                    }
                    Random random = new Random(SEED ^ (board * 31 + year));
                    for (int month : new int[]{3, 9}) {
                        LocalDate day = LocalDate.of(year, month, 1 + random.nextInt(25));
                        if (day.isBefore(from) || (to != null && day.isAfter(to)) || day.isAfter(LocalDate.of(2026, 11, 30))) {
                            continue;
                        }
                        added += activity(insert, board, kind, day, random);
                    }
                }
            }
            insert.executeBatch();
        }
        try (Statement recommendations = connection.createStatement()) {
            added += recommendations.executeUpdate("INSERT INTO people_board_recommendation (activity_id, content,"
                    + " addressed_to_id, due_on, answer, answered_on, version, created_at, updated_at)"
                    + " SELECT a.id, 'Đề nghị Ủy ban nhân dân bổ sung hồ sơ, chứng từ và công khai kết quả khắc phục', b.unit_id,"
                    + " DATE_ADD(a.started_on, INTERVAL 60 DAY),"
                    + " IF(MOD(a.id, 3) = 0, NULL, 'Đã tiếp thu, bổ sung đầy đủ hồ sơ và thông báo tại hội nghị'),"
                    + " IF(MOD(a.id, 3) = 0, NULL, DATE_ADD(a.started_on, INTERVAL 45 DAY)),"
                    + " 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)"
                    + " FROM people_board_activity a JOIN people_board b ON b.id = a.board_id"
                    + " WHERE MOD(a.id, 2) = 0 AND DATE_ADD(a.started_on, INTERVAL 60 DAY) <= '2026-12-31'");
        }
        return added;
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

    /** The demo villages' meetings: two a year, one village none in 2025; items with votes, some below the thresholds. */
    private static int villageMeetings(Connection connection, Map<String, Long> unitIds, List<DemoUnits.Row> villages)
            throws SQLException {
        int added = 0;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO conference (unit_id, kind, held_on, title,"
                + " participants, resolutions, households_total, households_represented, version, created_at, updated_at)"
                + " VALUES (?, 'VILLAGE_MEETING', ?, ?, ?, ?, ?, ?, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))")) {
            for (int index = 0; index < villages.size(); index++) {
                DemoUnits.Row village = villages.get(index);
                Long unitId = unitIds.get(village.code());
                if (unitId == null) {
                    continue;
                }
                int households = village.headCount() == null ? 150 : Math.max(40, village.headCount() / 3);
                for (int year : YEARS) {
                    if (index == 1 && year == 2025) {
                        continue;
                    }
                    Random random = new Random(SEED ^ (village.code() + year).hashCode());
                    for (int month : new int[]{3, 10}) {
                        // One meeting in six does not reach half of the households.
                        int represented = random.nextInt(6) == 0 ? households / 2 - random.nextInt(5)
                                : households / 2 + 1 + random.nextInt(households / 2);
                        insert.setLong(1, unitId);
                        insert.setDate(2, Date.valueOf(LocalDate.of(year, month, 5 + random.nextInt(20))));
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
                    + " FROM conference WHERE kind = 'VILLAGE_MEETING'");
            items.executeUpdate("INSERT INTO conference_item (conference_id, position, title, decided_by, votes_for,"
                    + " votes_against, votes_abstain, contribution, recognised, completed_on)"
                    + " SELECT id, 1, 'Sửa đổi, bổ sung hương ước, quy ước', 'SHOW_OF_HANDS',"
                    + " households_represented - 5, 4, 1, 'NONE', 2 * households_represented > households_total, NULL"
                    + " FROM conference WHERE kind = 'VILLAGE_MEETING' AND MONTH(held_on) = 3");
        }
        return added;
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
