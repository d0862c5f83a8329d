package vn.coso.feedback;

import vn.coso.calendar.HolidayKind;
import vn.coso.calendar.WorkingDuration;
import vn.coso.calendar.WorkingTime;
import vn.coso.common.config.CosoConfig;
import vn.coso.common.demo.DemoDates;
import vn.coso.common.demo.DemoJdbc;
import vn.coso.common.demo.VietnameseNames;
import vn.coso.common.time.AppClock;
import vn.coso.units.DemoUnits;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Feedback of 2024 and the first half of 2025 about the demo communes, agencies and enterprises, in every status:
 * mostly answered and closed, some rejected as complaints referred elsewhere, and some still open
 * and long overdue; about two in five anonymous. Deadlines come from the holidays table and the
 * configured rules, as for live feedback. Generated from a fixed seed: every load makes the same.
 */
public final class FeedbackDemoRecords {

    static final int FIRST_YEAR = 2024;
    static final int LAST_YEAR = 2025;
    private static final long SEED = 20_250_611L;
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final Set<String> UNIT_TYPES = Set.of("COMMUNE", "AGENCY", "PUBLIC_SERVICE_UNIT", "ENTERPRISE");

    private record Topic(String right, String title, String text, String answer) {
    }

    private static final List<Topic> LOCALITY_TOPICS = List.of(
            new Topic("KNOW", "Chưa công khai dự toán làm đường thôn",
                    "Thôn chúng tôi góp tiền làm đường bê tông nhưng xã chưa niêm yết dự toán và danh sách đóng góp.",
                    "UBND xã đã niêm yết dự toán và danh sách đóng góp tại nhà văn hóa thôn từ ngày làm việc tiếp theo."),
            new Topic("KNOW", "Đề nghị công khai quy hoạch sử dụng đất",
                    "Người dân chưa được biết quy hoạch sử dụng đất của phường đã được phê duyệt.",
                    "Quy hoạch đã được đăng trên trang thông tin điện tử và niêm yết tại trụ sở UBND."),
            new Topic("DISCUSS", "Họp thôn quyết định mức đóng góp khi chưa đủ số hộ",
                    "Cuộc họp bàn mức đóng góp xây nhà văn hóa chỉ có khoảng một phần ba số hộ dự.",
                    "Xã đã hướng dẫn thôn tổ chức lại cuộc họp bảo đảm trên 50% số hộ tham dự."),
            new Topic("DO", "Hương ước thôn chưa được sửa đổi theo luật mới",
                    "Hương ước thôn vẫn có điều khoản phạt tiền trái quy định.",
                    "Thôn đã tổ chức sửa đổi hương ước, bỏ điều khoản phạt tiền; UBND xã đã công nhận."),
            new Topic("INSPECT", "Ban Thanh tra nhân dân chưa được cung cấp hồ sơ công trình",
                    "Ban Thanh tra nhân dân đề nghị được xem hồ sơ nghiệm thu công trình trường mầm non.",
                    "UBND xã đã cung cấp đầy đủ hồ sơ nghiệm thu cho Ban Thanh tra nhân dân."),
            new Topic("SUPERVISE", "Công trình nhà văn hóa chậm tiến độ",
                    "Công trình khởi công đã hơn một năm nhưng chưa hoàn thành, người dân đề nghị giám sát.",
                    "Ban Giám sát đầu tư của cộng đồng đã làm việc với nhà thầu; công trình hoàn thành trong quý."),
            new Topic("BENEFIT", "Chậm chi trả trợ cấp cho người cao tuổi",
                    "Một số cụ trên 80 tuổi trong tổ dân phố chưa nhận trợ cấp tháng này.",
                    "Phòng Lao động – Thương binh và Xã hội đã rà soát và chi trả bổ sung đầy đủ."),
            new Topic("BENEFIT", "Đề nghị hỗ trợ hộ bị ảnh hưởng bởi bão",
                    "Gia đình có nhà bị tốc mái sau bão nhưng chưa có trong danh sách hỗ trợ.",
                    "Xã đã bổ sung hộ gia đình vào danh sách hỗ trợ và chi trả."));

    private static final List<Topic> WORKPLACE_TOPICS = List.of(
            new Topic("KNOW", "Chưa công khai quy chế trả lương, thưởng",
                    "Người lao động chưa được biết quy chế trả lương, thưởng mới của công ty.",
                    "Công ty đã niêm yết quy chế tại phân xưởng và gửi tới từng tổ."),
            new Topic("DISCUSS", "Hội nghị người lao động chưa được tổ chức trong năm",
                    "Đến tháng 11 công ty vẫn chưa tổ chức hội nghị người lao động.",
                    "Công ty đã tổ chức hội nghị người lao động vào tháng 12 với sự tham gia của công đoàn."),
            new Topic("DISCUSS", "Đề nghị đối thoại về ca làm việc",
                    "Người lao động đề nghị đối thoại định kỳ về việc bố trí ca đêm liên tục.",
                    "Công ty và công đoàn đã tổ chức đối thoại; ca đêm được luân phiên hằng tuần."),
            new Topic("INSPECT", "Ban Thanh tra nhân dân chưa được kiểm tra bếp ăn",
                    "Ban Thanh tra nhân dân chưa được tạo điều kiện kiểm tra chất lượng bữa ăn ca.",
                    "Đơn vị đã phối hợp để Ban Thanh tra nhân dân kiểm tra định kỳ hằng tháng."),
            new Topic("BENEFIT", "Chậm đóng bảo hiểm xã hội",
                    "Nhiều tháng công ty chậm đóng bảo hiểm xã hội cho người lao động.",
                    "Công ty đã đóng bù bảo hiểm xã hội và cam kết đóng đúng hạn."),
            new Topic("SUPERVISE", "Quy chế dân chủ cơ quan chưa được thực hiện đúng",
                    "Việc bình xét thi đua không được thảo luận công khai tại cuộc họp cơ quan.",
                    "Thủ trưởng cơ quan đã chỉ đạo bình xét công khai theo quy chế dân chủ."));

    private static final String[] REJECT_REASONS = {"REFERRED", "REFERRED", "DUPLICATE", "NOT_ACTIONABLE"};
    private static final Map<String, String> REJECT_NOTES = Map.of(
            "REFERRED", "Nội dung là đơn khiếu nại, đã hướng dẫn gửi Thanh tra theo Luật Khiếu nại.",
            "DUPLICATE", "Trùng nội dung với phản ánh đã được trả lời trước đó.",
            "NOT_ACTIONABLE", "Nội dung chưa đủ thông tin để xem xét; đề nghị bổ sung địa điểm, thời gian.");

    public record Row(String trackingCode, String unitCode, String right, String type, String channel, String title,
               String text, boolean anonymous, String status, String priority, Instant receivedAt,
               Instant acknowledgedAt, Instant acknowledgeDueAt, Instant answerDueAt, String assignedUnitCode,
               String answer, boolean answerPublished, Instant answeredAt, Instant closedAt, String rejectReason,
               String rejectNote, Integer rating, String senderName, String senderPhone, String senderEmail) {
    }

    private FeedbackDemoRecords() {
    }

    public static List<Row> rows(WorkingTime time, CosoConfig.Feedback rules) {
        Random random = new Random(SEED);
        Set<String> codes = new HashSet<>();
        List<Row> rows = new ArrayList<>();
        for (DemoUnits.Row unit : DemoUnits.all()) {
            if (!UNIT_TYPES.contains(unit.type())) {
                continue;
            }
            boolean workplace = !unit.type().equals("COMMUNE");
            for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                int count = 1 + random.nextInt(3);
                for (int i = 0; i < count; i++) {
                    String code = code(random);
                    while (!codes.add(code)) {
                        code = code(random);
                    }
                    rows.add(row(random, time, rules, code, unit, workplace, year));
                }
            }
        }
        return rows;
    }

    private static Row row(Random random, WorkingTime time, CosoConfig.Feedback rules, String code, DemoUnits.Row unit,
                   boolean workplace, int year) {
        return row(random, time, rules, code, unit, workplace, year, 1, 12);
    }

    /** A feedback about the unit received in the months {@code firstMonth} to {@code lastMonth} of the year. */
    private static Row row(Random random, WorkingTime time, CosoConfig.Feedback rules, String code, DemoUnits.Row unit,
                   boolean workplace, int year, int firstMonth, int lastMonth) {
        List<Topic> topics = workplace ? WORKPLACE_TOPICS : LOCALITY_TOPICS;
        Topic topic = topics.get(random.nextInt(topics.size()));
        String type = random.nextInt(4) == 0 ? "PETITION" : "FEEDBACK";
        String priority = random.nextInt(10) == 0 ? "URGENT" : "NORMAL";
        String channel = pick(random, "WEB", "WEB", "WEB", "WEB", "WEB", "HOTLINE", "HOTLINE", "MEETING", "MEETING",
                "MAILBOX", "INTEGRATION");
        // 2025's feedback on the 2024 units falls before the reform of 1 July 2025 closed them
        // (loadRecent adds the second half on the new communes); one draw either way, so 2024 stays as it was.
        int draw = random.nextInt(12);
        int month = year == LAST_YEAR && firstMonth == 1 && lastMonth == 12 ? 1 + draw / 2 : firstMonth + draw % (lastMonth - firstMonth + 1);
        LocalDate day = LocalDate.of(year, month, 1 + random.nextInt(28));
        Instant receivedAt = ZonedDateTime.of(day, LocalTime.of(7 + random.nextInt(14), random.nextInt(60)),
                time.zone()).toInstant();
        String status = status(random, year);
        String rule = type.toLowerCase(Locale.ROOT) + "-" + priority.toLowerCase(Locale.ROOT);
        WorkingDuration acknowledge = WorkingDuration.parse(rules.deadlines().get(rule).acknowledge());
        WorkingDuration answer = WorkingDuration.parse(rules.deadlines().get(rule).answer());
        Instant acknowledgeDue = time.plus(receivedAt, acknowledge);
        Instant acknowledgedAt = status.equals("RECEIVED") ? null
                : time.plus(receivedAt, WorkingDuration.parse((1 + random.nextInt(9)) + "h"));
        Instant answerDue = time.plus(acknowledgedAt != null ? acknowledgedAt : acknowledgeDue, answer);
        boolean answered = status.equals("ANSWERED") || status.equals("CLOSED");
        // Most units acknowledge within the working day and answer within the deadline; a few are late.
        Instant answeredAt = answered ? time.plus(acknowledgedAt, WorkingDuration.parse((1 + random.nextInt(11)) + "d")) : null;
        Instant closedAt = status.equals("CLOSED") ? time.plus(answeredAt, WorkingDuration.parse((1 + random.nextInt(8)) + "d"))
                : status.equals("REJECTED") ? acknowledgedAt : null;
        String rejectReason = status.equals("REJECTED") ? pick(random, REJECT_REASONS) : null;
        boolean anonymous = random.nextInt(5) < 2;
        String name = anonymous ? null : VietnameseNames.fullName(random);
        String phone = anonymous ? null : "09" + (10_000_000 + random.nextInt(89_999_999));
        String email = anonymous || random.nextInt(3) > 0 ? null : "nguoigui" + random.nextInt(100_000) + "@example.vn";
        Integer rating = answered && random.nextInt(10) < 6 ? pick(random, 1, 2, 3, 4, 4, 4, 5, 5, 5, 5) : null;
        String assignedUnit = status.equals("RECEIVED") || random.nextBoolean() ? null : unit.code();
        return new Row(code, unit.code(), topic.right(), type, channel, topic.title(), topic.text(), anonymous, status,
                priority, receivedAt, acknowledgedAt, acknowledgeDue, answerDue, assignedUnit,
                answered ? topic.answer() : null, answered && random.nextInt(10) > 0, answeredAt, closedAt,
                rejectReason, rejectReason == null ? null : REJECT_NOTES.get(rejectReason), rating, name, phone, email);
    }

    /** Older feedback is mostly settled; open ones are all long past their deadlines by now. */
    private static String status(Random random, int year) {
        int roll = random.nextInt(100);
        int[] limits = year == FIRST_YEAR ? new int[]{60, 80, 88, 93, 97} : new int[]{40, 65, 72, 84, 92};
        String[] statuses = {"CLOSED", "ANSWERED", "REJECTED", "IN_PROGRESS", "ASSIGNED"};
        for (int i = 0; i < limits.length; i++) {
            if (roll < limits[i]) {
                return statuses[i];
            }
        }
        return "RECEIVED";
    }

    /** Inserts the feedback that is not there yet (by tracking code) and their senders; answers how many. */
    public static int load(Connection connection, CosoConfig config) throws SQLException {
        WorkingTime time = new WorkingTime(config.calendar().zone(),
                config.calendar().workingHours().stream().map(WorkingTime.Period::parse).toList(), holidays(connection));
        Map<String, Long> unitIds = DemoJdbc.byCode(connection, "unit");
        Set<String> present = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT tracking_code FROM feedback")) {
            while (rs.next()) {
                present.add(rs.getString(1));
            }
        }
        List<Row> missing = rows(time, config.feedback()).stream()
                .filter(r -> !present.contains(r.trackingCode()) && unitIds.containsKey(r.unitCode()))
                .toList();
        if (missing.isEmpty()) {
            return 0;
        }
        insertFeedback(connection, missing, unitIds);
        insertSenders(connection, missing);
        return missing.size();
    }

    private static void insertFeedback(Connection connection, List<Row> rows, Map<String, Long> unitIds) throws SQLException {
        String sql = "INSERT INTO feedback (tracking_code, unit_id, democracy_right, type, channel, title, text, anonymous,"
                + " status, priority, received_at, acknowledged_at, acknowledge_due_at, answer_due_at, assigned_unit_id,"
                + " answer, answer_published, answered_at, closed_at, reject_reason, reject_note, rating, rated_at,"
                + " recorded_by, version, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Row r : rows) {
                int i = 1;
                insert.setString(i++, r.trackingCode());
                insert.setLong(i++, unitIds.get(r.unitCode()));
                insert.setString(i++, r.right());
                insert.setString(i++, r.type());
                insert.setString(i++, r.channel());
                insert.setString(i++, r.title());
                insert.setString(i++, r.text());
                insert.setBoolean(i++, r.anonymous());
                insert.setString(i++, r.status());
                insert.setString(i++, r.priority());
                setInstant(insert, i++, r.receivedAt());
                setInstant(insert, i++, r.acknowledgedAt());
                setInstant(insert, i++, r.acknowledgeDueAt());
                setInstant(insert, i++, r.answerDueAt());
                DemoJdbc.setId(insert, i++, r.assignedUnitCode() == null ? null : unitIds.get(r.assignedUnitCode()));
                insert.setString(i++, r.answer());
                insert.setBoolean(i++, r.answerPublished());
                setInstant(insert, i++, r.answeredAt());
                setInstant(insert, i++, r.closedAt());
                insert.setString(i++, r.rejectReason());
                insert.setString(i++, r.rejectNote());
                if (r.rating() == null) {
                    insert.setNull(i++, Types.INTEGER);
                } else {
                    insert.setInt(i++, r.rating());
                }
                setInstant(insert, i++, r.rating() == null ? null : r.closedAt() != null ? r.closedAt() : r.answeredAt());
                insert.setString(i++, r.channel().equals("WEB") ? null : "demo");
                Instant updated = r.closedAt() != null ? r.closedAt() : r.answeredAt() != null ? r.answeredAt()
                        : r.acknowledgedAt() != null ? r.acknowledgedAt() : r.receivedAt();
                setInstant(insert, i++, r.receivedAt());
                setInstant(insert, i, updated);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertSenders(Connection connection, List<Row> rows) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT tracking_code, id FROM feedback")) {
            while (rs.next()) {
                ids.put(rs.getString(1), rs.getLong(2));
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO feedback_sender (feedback_id, name, phone, email, consented_at) VALUES (?, ?, ?, ?, ?)")) {
            for (Row r : rows) {
                if (r.anonymous()) {
                    continue;
                }
                insert.setLong(1, ids.get(r.trackingCode()));
                insert.setString(2, r.senderName());
                insert.setString(3, r.senderPhone());
                insert.setString(4, r.senderEmail());
                setInstant(insert, 5, r.receivedAt());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static Map<LocalDate, HolidayKind> holidays(Connection connection) throws SQLException {
        Map<LocalDate, HolidayKind> days = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT day, kind FROM holiday")) {
            while (rs.next()) {
                days.put(rs.getDate(1).toLocalDate(), HolidayKind.valueOf(rs.getString(2)));
            }
        }
        return days;
    }

    /** Instants are stored as UTC wall-clock time, as Hibernate does (quarkus.hibernate-orm.jdbc.timezone=UTC). */
    private static void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.TIMESTAMP);
        } else {
            statement.setTimestamp(index, Timestamp.valueOf(java.time.LocalDateTime.ofInstant(value, java.time.ZoneOffset.UTC)));
        }
    }

    private static String code(Random random) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }

    /**
     * After the reform: feedback of the second half of 2025 and of 2026 (to the last day) about the
     * communes directly under the province and the agencies, public service units and enterprises that live on.
     */
    public static int loadRecent(Connection connection, CosoConfig config, List<DemoUnits.Stored> communes,
                                 List<DemoUnits.Stored> workplaces) throws SQLException {
        if (DemoJdbc.exists(connection, "SELECT 1 FROM feedback WHERE received_at >= '2025-06-30 17:00:00' LIMIT 1")) {
            return 0;
        }
        WorkingTime time = new WorkingTime(config.calendar().zone(),
                config.calendar().workingHours().stream().map(WorkingTime.Period::parse).toList(),
                holidays(connection));
        Set<String> codes = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT tracking_code FROM feedback")) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        Map<String, Long> ids = new HashMap<>();
        Random random = new Random(DemoDates.RECENT_SEED + 1);
        List<Row> rows = new ArrayList<>();
        List<DemoUnits.Stored> about = new ArrayList<>(communes);
        about.addAll(workplaces);
        for (DemoUnits.Stored unit : about) {
            ids.put(unit.code(), unit.id());
            boolean workplace = !unit.type().equals("COMMUNE");
            DemoUnits.Row row = new DemoUnits.Row(unit.code(), unit.name(), unit.type(), null, null, null, null);
            int[][] halves = {{2025, 7, 12}, {2026, 1, 11}};
            for (int[] half : halves) {
                int count = (workplace ? 0 : 1) + random.nextInt(workplace ? 2 : 4);
                for (int i = 0; i < count; i++) {
                    String code = code(random);
                    while (!codes.add(code)) {
                        code = code(random);
                    }
                    Row feedback = row(random, time, config.feedback(), code, row, workplace, half[0], half[1], half[2]);
                    if (feedback.receivedAt().isBefore(DemoDates.LAST_DAY.atStartOfDay(AppClock.VIETNAM).toInstant())) {
                        rows.add(feedback);
                    }
                }
            }
        }
        if (rows.isEmpty()) {
            return 0;
        }
        insertFeedback(connection, rows, ids);
        insertSenders(connection, rows);
        return rows.size();
    }
}
