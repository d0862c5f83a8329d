package vn.coso.demo;

import vn.coso.calendar.WorkingTime;
import vn.coso.common.config.CosoConfig;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The records after the reform of 1 July 2025, on the new structure: feedback, trainings,
 * conferences, inspections and consultations of the second half of 2025 and of 2026 (to the end of
 * November), about the 54 communes directly under the province and the agencies, public service units
 * and enterprises that live on. A few communes held no training in 2026 (they lag in the 2026
 * review), and some agencies and enterprises held no conference. Generated from a fixed seed; each
 * kind is added once (a load that finds records of that kind after the reform adds none of it).
 */
final class RecentDemoData {

    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    /** The last day the demo's records reach: the demo shows the province in December 2026. */
    static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 30);
    private static final long SEED = 20_260_701L;
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String INSPECTION_TOPIC = "Kiểm tra, giám sát việc thực hiện dân chủ ở cơ sở sau sắp xếp đơn vị hành chính";

    record Unit(long id, String code, String name, String type) {
    }

    private RecentDemoData() {
    }

    static int load(Connection connection, CosoConfig config) throws SQLException {
        List<Unit> communes = units(connection, "u.type = 'COMMUNE' AND p.type = 'PROVINCE'");
        if (communes.isEmpty()) {
            return 0; // the reform is not applied: nothing to add on its structure
        }
        List<Unit> workplaces = units(connection, "u.type IN ('AGENCY', 'PUBLIC_SERVICE_UNIT', 'ENTERPRISE') AND u.active");
        int added = 0;
        added += regulations(connection);
        added += trainings(connection, communes);
        added += feedback(connection, config, communes, workplaces);
        added += conferences(connection, workplaces);
        added += consultations(connection, communes);
        added += inspections(connection);
        return added;
    }

    /**
     * The communes that held no training in 2026 (every eleventh by code, from the sixth): they lag in
     * the 2026 review. The demo test reads this list.
     */
    static List<String> communesWithoutTraining2026(List<String> communeCodes) {
        List<String> sorted = communeCodes.stream().sorted().toList();
        List<String> lagging = new ArrayList<>();
        for (int i = 5; i < sorted.size(); i += 11) {
            lagging.add(sorted.get(i));
        }
        return lagging;
    }

    /** Each unit formed by a reorganisation issued its democracy regulation in the months after it. */
    private static int regulations(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate("INSERT INTO regulation (unit_id, kind, number, title, issue_date, status,"
                    + " version, created_at, updated_at)"
                    + " SELECT u.id, 'REGULATION', CONCAT(1 + MOD(u.id * 7, 95), '/QĐ-UBND'),"
                    + " CONCAT('Quy chế thực hiện dân chủ ở cơ sở - ', u.name),"
                    + " DATE_ADD(u.valid_from, INTERVAL 20 + MOD(u.id * 37, 120) DAY), 'ISSUED', 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)"
                    + " FROM unit u WHERE u.active AND u.type <> 'PROVINCE' AND u.valid_to IS NULL"
                    + " AND u.valid_from > '2024-12-31'"
                    + " AND NOT EXISTS (SELECT 1 FROM regulation r WHERE r.unit_id = u.id)");
        }
    }

    private static int trainings(Connection connection, List<Unit> communes) throws SQLException {
        if (exists(connection, "SELECT 1 FROM training WHERE held_on >= '2025-07-01' LIMIT 1")) {
            return 0;
        }
        Random random = new Random(SEED);
        Set<String> lagging = new HashSet<>(communesWithoutTraining2026(communes.stream().map(Unit::code).toList()));
        int added = 0;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO training (organizer_unit_id, held_on, topic, audience, location, attendances,"
                        + " version, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))")) {
            for (Unit commune : communes) {
                // The new commune's first class, on the organisation of local government at two levels.
                added += training(insert, commune, day(random, REFORM.plusMonths(1), LocalDate.of(2025, 12, 15)),
                        "Quán triệt Luật Tổ chức chính quyền địa phương năm 2025 và quy chế dân chủ của chính quyền cấp xã mới",
                        "Cán bộ, công chức " + commune.name(), 40 + random.nextInt(80));
                if (lagging.contains(commune.code())) {
                    continue;
                }
                int classes = 1 + random.nextInt(3);
                for (int i = 0; i < classes; i++) {
                    added += training(insert, commune, day(random, LocalDate.of(2026, 3, 1), LAST_DAY.minusDays(10)),
                            i == 0 ? "Tập huấn thực hiện dân chủ ở cơ sở năm 2026" : "Bồi dưỡng kỹ năng tiếp công dân, đối thoại với Nhân dân",
                            i == 0 ? "Bí thư chi bộ, trưởng thôn, tổ trưởng tổ dân phố" : "Cán bộ, công chức " + commune.name(),
                            30 + random.nextInt(120));
                }
            }
            insert.executeBatch();
        }
        return added;
    }

    private static int training(PreparedStatement insert, Unit commune, LocalDate day, String topic, String audience,
                                int attendances) throws SQLException {
        insert.setLong(1, commune.id());
        insert.setDate(2, Date.valueOf(day));
        insert.setString(3, topic);
        insert.setString(4, audience);
        insert.setString(5, "Hội trường UBND " + commune.name());
        insert.setInt(6, attendances);
        insert.addBatch();
        return 1;
    }

    private static int feedback(Connection connection, CosoConfig config, List<Unit> communes, List<Unit> workplaces)
            throws SQLException {
        if (exists(connection, "SELECT 1 FROM feedback WHERE received_at >= '2025-06-30 17:00:00' LIMIT 1")) {
            return 0;
        }
        WorkingTime time = new WorkingTime(config.calendar().zone(),
                config.calendar().workingHours().stream().map(WorkingTime.Period::parse).toList(),
                FeedbackDemoData.holidays(connection));
        Set<String> codes = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT tracking_code FROM feedback")) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        Map<String, Long> ids = new HashMap<>();
        Random random = new Random(SEED + 1);
        List<FeedbackDemoData.Row> rows = new ArrayList<>();
        List<Unit> about = new ArrayList<>(communes);
        about.addAll(workplaces);
        for (Unit unit : about) {
            ids.put(unit.code(), unit.id());
            boolean workplace = !unit.type().equals("COMMUNE");
            DemoUnits.Row row = new DemoUnits.Row(unit.code(), unit.name(), unit.type(), null, null, null, null);
            int[][] halves = {{2025, 7, 12}, {2026, 1, 11}};
            for (int[] half : halves) {
                int count = (workplace ? 0 : 1) + random.nextInt(workplace ? 2 : 4);
                for (int i = 0; i < count; i++) {
                    String code = FeedbackDemoData.code(random);
                    while (!codes.add(code)) {
                        code = FeedbackDemoData.code(random);
                    }
                    FeedbackDemoData.Row feedback = FeedbackDemoData.row(random, time, config.feedback(), code, row,
                            workplace, half[0], half[1], half[2]);
                    if (feedback.receivedAt().isBefore(LAST_DAY.atStartOfDay(VIETNAM).toInstant())) {
                        rows.add(feedback);
                    }
                }
            }
        }
        if (rows.isEmpty()) {
            return 0;
        }
        FeedbackDemoData.insertFeedback(connection, rows, ids);
        FeedbackDemoData.insertSenders(connection, rows);
        return rows.size();
    }

    private static int conferences(Connection connection, List<Unit> workplaces) throws SQLException {
        if (exists(connection, "SELECT 1 FROM conference WHERE held_on >= '2025-07-01' LIMIT 1")) {
            return 0;
        }
        Random random = new Random(SEED + 2);
        int added = 0;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO conference (unit_id, kind, held_on, title, participants, resolutions,"
                        + " version, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))")) {
            for (int i = 0; i < workplaces.size(); i++) {
                Unit unit = workplaces.get(i);
                // One unit in six held none in 2026 (by position, from the fourth): they lag.
                if (i % 6 == 3) {
                    continue;
                }
                boolean enterprise = unit.type().equals("ENTERPRISE");
                LocalDate day = day(random, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 4, 28));
                insert.setLong(1, unit.id());
                insert.setString(2, enterprise ? "WORKERS_CONFERENCE" : "STAFF_CONFERENCE");
                insert.setDate(3, Date.valueOf(day));
                insert.setString(4, (enterprise ? "Hội nghị người lao động năm 2026 – " : "Hội nghị cán bộ, công chức, viên chức năm 2026 – ")
                        + unit.name());
                insert.setInt(5, 25 + random.nextInt(150));
                insert.setString(6, "Thông qua quy chế dân chủ sửa đổi sau sắp xếp; kế hoạch công tác năm 2026.");
                insert.addBatch();
                added++;
                if (enterprise) {
                    insert.setLong(1, unit.id());
                    insert.setString(2, "WORKPLACE_DIALOGUE");
                    insert.setDate(3, Date.valueOf(day(random, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 20))));
                    insert.setString(4, "Đối thoại định kỳ tại nơi làm việc 6 tháng cuối năm 2025");
                    insert.setInt(5, 10 + random.nextInt(40));
                    insert.setString(6, "Thống nhất bố trí ca làm việc và chế độ ăn ca.");
                    insert.addBatch();
                    added++;
                }
            }
            insert.executeBatch();
        }
        return added;
    }

    private static int consultations(Connection connection, List<Unit> communes) throws SQLException {
        if (exists(connection, "SELECT 1 FROM consultation WHERE opens_on >= '2025-07-01' LIMIT 1")) {
            return 0;
        }
        int added = 0;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO consultation (unit_id, kind, title, draft_text, opens_on, closes_on, status, published_at,"
                        + " concluded_at, version, created_at, updated_at)"
                        + " VALUES (?, 'REGULATION', ?, ?, ?, ?, ?, ?, ?, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))")) {
            // Every fourth commune consulted its people on the new commune's democracy regulation.
            for (int i = 0; i < communes.size(); i += 4) {
                Unit commune = communes.get(i);
                LocalDate opens = LocalDate.of(2026, 2 + i % 8, 2 + i % 20);
                LocalDate closes = opens.plusDays(20);
                boolean concluded = i % 8 == 0;
                insert.setLong(1, commune.id());
                insert.setString(2, "Dự thảo Quy chế thực hiện dân chủ ở cơ sở của " + commune.name());
                insert.setString(3, "Dự thảo quy chế thực hiện dân chủ của " + commune.name()
                        + " sau sắp xếp đơn vị hành chính, thay thế các quy chế của các xã, phường trước đây. (Dữ liệu mẫu.)");
                insert.setDate(4, Date.valueOf(opens));
                insert.setDate(5, Date.valueOf(closes));
                insert.setString(6, concluded ? "CONCLUDED" : "PUBLISHED");
                insert.setObject(7, at(opens.minusDays(1), 8));
                insert.setObject(8, concluded ? at(closes.plusDays(10), 16) : null);
                insert.addBatch();
                added++;
            }
            insert.executeBatch();
        }
        try (Statement statement = connection.createStatement()) {
            // Two comments on each: one accepted, one still without an answer on the unconcluded ones.
            added += statement.executeUpdate("INSERT INTO consultation_comment (consultation_id, body, author_name,"
                    + " author_phone, received_at, outcome, explanation, answered_at, version, created_at, updated_at)"
                    + " SELECT c.id, 'Đề nghị bổ sung quy định công khai lịch tiếp công dân của phường, xã mới.', NULL, NULL,"
                    + " TIMESTAMP(DATE_ADD(c.opens_on, INTERVAL 3 DAY), '02:00:00'), 'ACCEPTED', 'Tiếp thu, bổ sung vào Điều 5.',"
                    + " TIMESTAMP(DATE_ADD(c.closes_on, INTERVAL 5 DAY), '03:00:00'), 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)"
                    + " FROM consultation c WHERE c.opens_on >= '2025-07-01'");
            added += statement.executeUpdate("INSERT INTO consultation_comment (consultation_id, body, author_name,"
                    + " author_phone, received_at, outcome, explanation, answered_at, version, created_at, updated_at)"
                    + " SELECT c.id, 'Đề nghị giữ điểm tiếp nhận phản ánh tại trụ sở xã, phường cũ.', 'Nguyễn Văn Hùng', NULL,"
                    + " TIMESTAMP(DATE_ADD(c.opens_on, INTERVAL 9 DAY), '07:00:00'),"
                    + " IF(c.status = 'CONCLUDED', 'NOT_ACCEPTED', NULL),"
                    + " IF(c.status = 'CONCLUDED', 'Giải trình: bộ phận một cửa tiếp nhận tại trụ sở chung.', NULL),"
                    + " IF(c.status = 'CONCLUDED', TIMESTAMP(DATE_ADD(c.closes_on, INTERVAL 5 DAY), '03:00:00'), NULL),"
                    + " 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) FROM consultation c WHERE c.opens_on >= '2025-07-01'");
        }
        return added;
    }

    /**
     * Supervisions of the party organisations whose units live on (their units' records moved with
     * them), in the second half of 2025, and inspections of them in 2026.
     */
    private static int inspections(Connection connection) throws SQLException {
        if (exists(connection, "SELECT 1 FROM inspection WHERE topic = '" + INSPECTION_TOPIC + "' LIMIT 1")) {
            return 0;
        }
        int added = 0;
        Object[][] batches = {{"SUPERVISION", "REGULAR", 2025, "2025-07-14", 160}, {"INSPECTION", "THEMATIC", 2026, "2026-02-23", 240}};
        for (Object[] b : batches) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO inspection (kind, form,"
                    + " subject_organization_id, subject_member_id, scope_unit_id, conducting_organization_id, conducting_body,"
                    + " plan_year, planned_start, planned_end, actual_start, actual_end, topic, status, version, created_at,"
                    + " updated_at)"
                    + " SELECT ?, ?, s.id, NULL, s.unit_id, s.parent_id, 'INSPECTION_COMMISSION', ?,"
                    + " DATE_ADD(?, INTERVAL MOD(s.rn * 7, 120) DAY), DATE_ADD(?, INTERVAL MOD(s.rn * 7, 120) + 10 DAY),"
                    + " DATE_ADD(?, INTERVAL MOD(s.rn * 7, 120) + 2 DAY),"
                    + " IF(MOD(s.rn, 10) = 9, NULL, DATE_ADD(?, INTERVAL MOD(s.rn * 7, 120) + 9 DAY)), ?,"
                    + " CASE WHEN MOD(s.rn, 10) < 7 THEN 'CLOSED' WHEN MOD(s.rn, 10) < 9 THEN 'CONCLUDED' ELSE 'IN_PROGRESS' END,"
                    + " 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)"
                    + " FROM (SELECT o.id, o.unit_id, o.parent_id, ROW_NUMBER() OVER (ORDER BY o.id) AS rn"
                    + " FROM party_organization o JOIN unit u ON u.id = o.unit_id"
                    + " WHERE o.parent_id IS NOT NULL AND u.valid_to IS NULL) s WHERE s.rn <= ?")) {
                int i = 1;
                insert.setString(i++, (String) b[0]);
                insert.setString(i++, (String) b[1]);
                insert.setInt(i++, (Integer) b[2]);
                for (int k = 0; k < 4; k++) {
                    insert.setString(i++, (String) b[3]);
                }
                insert.setString(i++, INSPECTION_TOPIC);
                insert.setInt(i, (Integer) b[4]);
                added += insert.executeUpdate();
            }
        }
        return added;
    }

    /** The open units (not closed) chosen by {@code condition} on {@code u} and its parent {@code p}, by code. */
    private static List<Unit> units(Connection connection, String condition) throws SQLException {
        List<Unit> units = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT u.id, u.code, u.name, u.type FROM unit u JOIN unit p ON p.id = u.parent_id"
                     + " WHERE u.valid_to IS NULL AND p.valid_to IS NULL AND " + condition + " ORDER BY u.code, u.id")) {
            while (rs.next()) {
                units.add(new Unit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
        return units;
    }

    /** A working day (Monday to Friday) between the two days. */
    private static LocalDate day(Random random, LocalDate from, LocalDate to) {
        LocalDate day = from.plusDays(random.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 1));
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static boolean exists(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            return rs.next();
        }
    }

    private static LocalDateTime at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(VIETNAM).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }
}
