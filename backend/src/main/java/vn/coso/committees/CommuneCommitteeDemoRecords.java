package vn.coso.committees;

import vn.coso.common.demo.VietnameseNames;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The steering committees of the 54 communes formed on 1 July 2025 (the province as it is now):
 * each founded by its party committee in July 2025 with seven members — the party secretary at the
 * head, the commune chairman and the Fatherland Front's chairman as deputies, a standing member and
 * three members who each follow some of the commune's villages (the standing member the whole
 * commune where none is recorded) —, its 2025 and 2026 plans with
 * targets on the review's figures, and its meetings: the founding meeting, the 2025 year-end review
 * (a shortcoming with its causes and remedy in one commune in three) and the 2026 quarterly and
 * mid-year meetings. Phường Hồng Gai's standing member is {@code officer.honggai}, so that account's
 * "my units" is not empty. Written in JDBC batches, after the reorganisations; added once (nothing
 * is added when a commune of the new structure already has a committee).
 */
public final class CommuneCommitteeDemoRecords {

    private static final long SEED = 20_250_715L;
    static final String LINKED_COMMUNE = "06685";
    static final String LINKED_USERNAME = "officer.honggai";
    private static final LocalDate REMEDY_DEADLINE = LocalDate.of(2026, 6, 30);

    private record Commune(long id, String code, String name, List<Long> villages) {
    }

    private record Member(String position, String role) {
    }

    private static final List<Member> MEMBERS = List.of(
            new Member("Bí thư Đảng ủy", "HEAD"),
            new Member("Phó Bí thư Đảng ủy, Chủ tịch UBND", "DEPUTY_HEAD"),
            new Member("Chủ tịch Ủy ban MTTQ Việt Nam", "DEPUTY_HEAD"),
            new Member("Trưởng Ban Xây dựng Đảng của Đảng ủy", "STANDING_MEMBER"),
            new Member("Phó Chủ tịch UBND", "MEMBER"),
            new Member("Chánh Văn phòng HĐND và UBND", "MEMBER"),
            new Member("Phó Chủ tịch Ủy ban MTTQ Việt Nam", "MEMBER"));

    private CommuneCommitteeDemoRecords() {
    }

    public static int load(Connection connection) throws SQLException {
        List<Commune> communes = communes(connection);
        if (communes.isEmpty() || exists(connection, communes)) {
            return 0; // the reform is not applied, or its communes' committees are there already
        }
        Random random = new Random(SEED);
        int added = 0;
        Map<Long, LocalDate> founded = new HashMap<>();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO committee (unit_id, name,"
                + " decision_number, decision_date, version, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))")) {
            for (Commune commune : communes) {
                LocalDate day = LocalDate.of(2025, 7, 7 + random.nextInt(14));
                founded.put(commune.id(), day);
                insert.setLong(1, commune.id());
                insert.setString(2, "Ban Chỉ đạo thực hiện dân chủ ở cơ sở " + lowerFirst(commune.name()));
                insert.setString(3, (10 + random.nextInt(40)) + "-QĐ/ĐU (dữ liệu mẫu)");
                insert.setDate(4, Date.valueOf(day));
                insert.addBatch();
                added++;
            }
            insert.executeBatch();
        }
        Map<Long, Long> committeeOf = idsBy(connection, "SELECT unit_id, id FROM committee WHERE unit_id IN " + in(communes));

        added += members(connection, communes, committeeOf, founded, random);
        Map<Long, List<Long>> membersOf = childIds(connection, "committee_member", "committee_id", committeeOf);
        added += plans(connection, communes, committeeOf);
        added += meetings(connection, communes, committeeOf, founded, membersOf, random);
        return added;
    }

    private static int members(Connection connection, List<Commune> communes, Map<Long, Long> committeeOf,
                               Map<Long, LocalDate> founded, Random random) throws SQLException {
        int added = 0;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO committee_member (committee_id,"
                + " full_name, position, role, since, username, tasks, version, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))")) {
            for (Commune commune : communes) {
                for (Member member : MEMBERS) {
                    insert.setLong(1, committeeOf.get(commune.id()));
                    insert.setString(2, VietnameseNames.fullName(random));
                    insert.setString(3, member.position());
                    insert.setString(4, member.role());
                    insert.setDate(5, Date.valueOf(founded.get(commune.id())));
                    boolean linked = member.role().equals("STANDING_MEMBER") && commune.code().equals(LINKED_COMMUNE);
                    insert.setString(6, linked ? LINKED_USERNAME : null);
                    insert.setString(7, tasks(member.role()));
                    insert.addBatch();
                    added++;
                }
            }
            insert.executeBatch();
        }
        // The standing member and the three members follow the commune's villages, in turn; where the commune
        // has none recorded, the standing member follows the commune as a whole.
        Map<Long, List<Long>> membersOf = childIds(connection, "committee_member", "committee_id", committeeOf);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO committee_member_unit (member_id, unit_id) VALUES (?, ?)")) {
            for (Commune commune : communes) {
                List<Long> followers = membersOf.get(committeeOf.get(commune.id())).subList(3, MEMBERS.size());
                List<Long> areas = commune.villages().isEmpty() ? List.of(commune.id()) : commune.villages();
                for (int i = 0; i < areas.size(); i++) {
                    insert.setLong(1, followers.get(i % followers.size()));
                    insert.setLong(2, areas.get(i));
                    insert.addBatch();
                    added++;
                }
            }
            insert.executeBatch();
        }
        return added;
    }

    private static String tasks(String role) {
        return switch (role) {
            case "HEAD" -> "Lãnh đạo, chỉ đạo chung; chủ trì các cuộc họp của Ban Chỉ đạo.";
            case "DEPUTY_HEAD" -> "Giúp Trưởng ban chỉ đạo thực hiện dân chủ trong hoạt động của chính quyền và ở khu dân cư.";
            case "STANDING_MEMBER" -> "Thường trực Ban Chỉ đạo: tham mưu kế hoạch, tổng hợp báo cáo; theo dõi các thôn, tổ dân phố được phân công.";
            default -> "Theo dõi, đôn đốc việc thực hiện dân chủ ở các thôn, tổ dân phố được phân công.";
        };
    }

    private static int plans(Connection connection, List<Commune> communes, Map<Long, Long> committeeOf)
            throws SQLException {
        int added = 0;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO committee_plan (committee_id,"
                + " plan_year, theme, version, created_at, updated_at) VALUES (?, ?, ?, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))")) {
            for (Commune commune : communes) {
                for (int year : new int[]{2025, 2026}) {
                    insert.setLong(1, committeeOf.get(commune.id()));
                    insert.setInt(2, year);
                    insert.setString(3, year == 2025
                            ? "Ổn định tổ chức chính quyền địa phương hai cấp, bảo đảm quyền làm chủ của Nhân dân ngay từ ngày đầu"
                            : "Nâng cao chất lượng thực hiện dân chủ ở cơ sở, xây dựng chính quyền cấp xã gần dân, phục vụ Nhân dân");
                    insert.addBatch();
                    added++;
                }
            }
            insert.executeBatch();
        }
        Map<Long, Long> plan2025 = idsBy(connection, "SELECT committee_id, id FROM committee_plan WHERE plan_year = 2025"
                + " AND committee_id IN " + in(committeeOf.values()));
        Map<Long, Long> plan2026 = idsBy(connection, "SELECT committee_id, id FROM committee_plan WHERE plan_year = 2026"
                + " AND committee_id IN " + in(committeeOf.values()));
        try (PreparedStatement target = connection.prepareStatement("INSERT INTO committee_target (plan_id, figure_key,"
                + " comparator, threshold, label, version, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))");
             PreparedStatement task = connection.prepareStatement("INSERT INTO committee_plan_task (plan_id, title, owner,"
                     + " deadline, status, version, created_at, updated_at)"
                     + " VALUES (?, ?, ?, ?, ?, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))")) {
            for (Commune commune : communes) {
                long p2025 = plan2025.get(committeeOf.get(commune.id()));
                long p2026 = plan2026.get(committeeOf.get(commune.id()));
                added += target(target, p2025, "regulations.share", "GE", "1", "100 % thôn, tổ dân phố có quy chế, hương ước sau sắp xếp");
                added += target(target, p2025, "trainings.classes", "GE", "1", "Quán triệt quy chế dân chủ của chính quyền cấp xã mới");
                added += target(target, p2026, "trainings.classes", "GE", "2", "Mở lớp tập huấn, bồi dưỡng về dân chủ ở cơ sở");
                added += target(target, p2026, "feedback.overdue", "LE", "3", "Ý kiến, phản ánh trả lời quá hạn");
                added += target(target, p2026, "feedback.averageRating", "GE", "4", "Mức độ hài lòng của Nhân dân");
                added += task(task, p2025, "Ban hành quy chế làm việc của Ban Chỉ đạo, phân công thành viên theo dõi thôn, tổ dân phố",
                        "Thường trực Ban Chỉ đạo", LocalDate.of(2025, 8, 31), "DONE");
                added += task(task, p2025, "Ban hành quy chế thực hiện dân chủ của chính quyền " + lowerFirst(commune.name()),
                        "UBND " + commune.name(), LocalDate.of(2025, 10, 31), "DONE");
                added += task(task, p2026, "Tổ chức hội nghị đối thoại của người đứng đầu với Nhân dân",
                        "Bí thư Đảng ủy, Chủ tịch UBND", LocalDate.of(2026, 9, 30), "DONE");
                added += task(task, p2026, "Sơ kết 6 tháng, tổng kết năm 2026 công tác thực hiện dân chủ ở cơ sở",
                        "Thường trực Ban Chỉ đạo", LocalDate.of(2026, 12, 20), "IN_PROGRESS");
            }
            target.executeBatch();
            task.executeBatch();
        }
        return added;
    }

    private static int target(PreparedStatement insert, long planId, String key, String comparator, String threshold,
                              String label) throws SQLException {
        insert.setLong(1, planId);
        insert.setString(2, key);
        insert.setString(3, comparator);
        insert.setBigDecimal(4, new java.math.BigDecimal(threshold));
        insert.setString(5, label);
        insert.addBatch();
        return 1;
    }

    private static int task(PreparedStatement insert, long planId, String title, String owner, LocalDate deadline,
                            String status) throws SQLException {
        insert.setLong(1, planId);
        insert.setString(2, title);
        insert.setString(3, owner);
        insert.setDate(4, Date.valueOf(deadline));
        insert.setString(5, status);
        insert.addBatch();
        return 1;
    }

    private record MeetingRow(String kind, LocalDate date, String title, String agenda) {
    }

    private static int meetings(Connection connection, List<Commune> communes, Map<Long, Long> committeeOf,
                                Map<Long, LocalDate> founded, Map<Long, List<Long>> membersOf, Random random)
            throws SQLException {
        // Each commune's meetings, in date order: their ids come back in the same order.
        Map<Long, List<MeetingRow>> rows = new HashMap<>();
        for (Commune commune : communes) {
            rows.put(commune.id(), List.of(
                    new MeetingRow("THEMATIC", founded.get(commune.id()).plusDays(3 + random.nextInt(10)),
                            "Họp triển khai nhiệm vụ của Ban Chỉ đạo sau khi thành lập",
                            "Quán triệt quyết định thành lập; phân công thành viên; xây dựng kế hoạch năm 2025."),
                    new MeetingRow("YEAR_END_REVIEW", LocalDate.of(2025, 12, 15 + random.nextInt(10)),
                            "Hội nghị tổng kết công tác thực hiện dân chủ ở cơ sở năm 2025",
                            "Báo cáo kết quả 6 tháng sau sắp xếp; thảo luận; kết luận của Trưởng ban; kế hoạch năm 2026."),
                    new MeetingRow("REGULAR", LocalDate.of(2026, 3, 10 + random.nextInt(15)),
                            "Họp thường kỳ quý I năm 2026", "Kiểm điểm việc thực hiện kế hoạch quý I; nhiệm vụ quý II."),
                    new MeetingRow("REGULAR", LocalDate.of(2026, 7, 6 + random.nextInt(15)),
                            "Sơ kết 6 tháng đầu năm 2026", "Kết quả 6 tháng; các thôn, tổ dân phố còn hạn chế; nhiệm vụ 6 tháng cuối năm."),
                    new MeetingRow("REGULAR", LocalDate.of(2026, 10, 5 + random.nextInt(15)),
                            "Họp thường kỳ quý III năm 2026", "Chuẩn bị hội nghị đối thoại; đôn đốc giải quyết ý kiến, phản ánh.")));
        }
        int added = 0;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO committee_meeting (committee_id, kind,"
                + " meeting_date, title, agenda, version, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))")) {
            for (Commune commune : communes) {
                for (MeetingRow row : rows.get(commune.id())) {
                    insert.setLong(1, committeeOf.get(commune.id()));
                    insert.setString(2, row.kind());
                    insert.setDate(3, Date.valueOf(row.date()));
                    insert.setString(4, row.title());
                    insert.setString(5, row.agenda());
                    insert.addBatch();
                    added++;
                }
            }
            insert.executeBatch();
        }
        Map<Long, List<Long>> meetingsOf = childIds(connection, "committee_meeting", "committee_id", committeeOf);
        try (PreparedStatement attendee = connection.prepareStatement(
                "INSERT INTO committee_meeting_attendee (meeting_id, member_id) VALUES (?, ?)")) {
            for (Commune commune : communes) {
                List<Long> members = membersOf.get(committeeOf.get(commune.id()));
                for (long meeting : meetingsOf.get(committeeOf.get(commune.id()))) {
                    // Now and then one member is away.
                    int away = random.nextInt(members.size() * 2);
                    for (int i = 0; i < members.size(); i++) {
                        if (i != away) {
                            attendee.setLong(1, meeting);
                            attendee.setLong(2, members.get(i));
                            attendee.addBatch();
                        }
                    }
                }
            }
            attendee.executeBatch();
        }
        added += conclusions(connection, communes, committeeOf, meetingsOf);
        return added;
    }

    /**
     * The decisions of every meeting; at the 2025 review of one commune in three, a shortcoming (the
     * work left to the standing member, or low participation in the villages) with its causes and a
     * remedy owned by the commune, done in the first half of 2026 with its evidence.
     */
    private static int conclusions(Connection connection, List<Commune> communes, Map<Long, Long> committeeOf,
                                   Map<Long, List<Long>> meetingsOf) throws SQLException {
        int added = 0;
        List<Commune> withShortcoming = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO committee_conclusion (meeting_id, kind,"
                + " text, owner, unit_id, deadline, status, shortcoming_id, remedy_id, version, created_at, updated_at)"
                + " VALUES (?, ?, ?, NULL, NULL, NULL, NULL, NULL, NULL, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))")) {
            for (int c = 0; c < communes.size(); c++) {
                Commune commune = communes.get(c);
                List<Long> meetings = meetingsOf.get(committeeOf.get(commune.id()));
                added += decision(insert, meetings.get(0), "Thống nhất phân công thành viên Ban Chỉ đạo theo dõi "
                        + commune.villages().size() + " thôn, tổ dân phố; giao Thường trực xây dựng kế hoạch năm 2025.");
                added += decision(insert, meetings.get(1), "Năm 2026 tập trung nâng cao chất lượng hội nghị ở thôn, tổ dân phố "
                        + "và đối thoại của người đứng đầu với Nhân dân; giải quyết dứt điểm ý kiến, phản ánh còn tồn đọng.");
                added += decision(insert, meetings.get(2), "Giao các thành viên đôn đốc các thôn, tổ dân phố tổ chức hội nghị "
                        + "bàn và quyết định các nội dung Nhân dân đóng góp trong quý II.");
                added += decision(insert, meetings.get(3), "Biểu dương các thôn, tổ dân phố làm tốt; yêu cầu các đơn vị còn hạn "
                        + "chế khắc phục trước ngày 30/9/2026.");
                added += decision(insert, meetings.get(4), "Tổ chức hội nghị đối thoại của Bí thư Đảng ủy, Chủ tịch UBND với "
                        + "Nhân dân trong tháng 11/2026.");
                if (c % 3 == 0) {
                    withShortcoming.add(commune);
                }
            }
            insert.executeBatch();
        }
        if (withShortcoming.isEmpty()) {
            return added;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO committee_shortcoming (committee_id,"
                + " review_year, kind, description, subjective_causes, objective_causes, meeting_id, version, created_at,"
                + " updated_at) VALUES (?, 2025, ?, ?, ?, ?, ?, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))")) {
            for (int i = 0; i < withShortcoming.size(); i++) {
                Commune commune = withShortcoming.get(i);
                long committee = committeeOf.get(commune.id());
                insert.setLong(1, committee);
                insert.setString(3, description(i));
                if (i % 2 == 0) {
                    insert.setString(2, "LEFT_TO_STANDING_OFFICE");
                    insert.setString(4, "Thành viên Ban Chỉ đạo kiêm nhiệm nhiều việc, chưa bố trí thời gian xuống cơ sở.");
                    insert.setString(5, "Khối lượng công việc của chính quyền cấp xã mới tăng mạnh sau sắp xếp; địa bàn rộng.");
                } else {
                    insert.setString(2, "LOW_PARTICIPATION");
                    insert.setString(4, "Hình thức tuyên truyền chưa phong phú; thời gian họp chưa phù hợp với người lao động.");
                    insert.setString(5, "Nhiều lao động làm việc xa nhà; địa bàn thôn, tổ dân phố mở rộng sau sáp nhập.");
                }
                insert.setLong(6, meetingsOf.get(committee).get(1));
                insert.addBatch();
                added++;
            }
            insert.executeBatch();
        }
        Map<Long, Long> committeeToCommune = new HashMap<>();
        committeeOf.forEach((unit, committee) -> committeeToCommune.put(committee, unit));
        Map<Long, Long> shortcomingOf = idsBy(connection, "SELECT committee_id, id FROM committee_shortcoming"
                + " WHERE review_year = 2025 AND committee_id IN " + in(committeeOf.values()));
        try (PreparedStatement unit = connection.prepareStatement(
                "INSERT INTO committee_shortcoming_unit (shortcoming_id, unit_id) VALUES (?, ?)");
             PreparedStatement remedy = connection.prepareStatement("INSERT INTO committee_remedy (shortcoming_id, action,"
                     + " owner_unit_id, deadline, status, evidence, done_on, version, created_at, updated_at)"
                     + " VALUES (?, ?, ?, ?, 'DONE', ?, ?, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))")) {
            for (int i = 0; i < withShortcoming.size(); i++) {
                Commune commune = withShortcoming.get(i);
                long shortcoming = shortcomingOf.get(committeeOf.get(commune.id()));
                unit.setLong(1, shortcoming);
                unit.setLong(2, commune.id());
                unit.addBatch();
                remedy.setLong(1, shortcoming);
                remedy.setString(2, action(i));
                remedy.setLong(3, commune.id());
                remedy.setDate(4, Date.valueOf(REMEDY_DEADLINE));
                remedy.setString(5, i % 2 == 0
                        ? "Báo cáo của Thường trực: thành viên đã dự hội nghị ở tất cả thôn, tổ dân phố trong quý I, II (dữ liệu mẫu)"
                        : "Tỷ lệ hộ dự hội nghị thôn, tổ dân phố quý II đạt trên 70 % (dữ liệu mẫu)");
                remedy.setDate(6, Date.valueOf(LocalDate.of(2026, 6, 10 + i % 15)));
                remedy.addBatch();
                added += 2;
            }
            unit.executeBatch();
            remedy.executeBatch();
        }
        Map<Long, Long> remedyOf = idsBy(connection, "SELECT s.committee_id, r.id FROM committee_remedy r"
                + " JOIN committee_shortcoming s ON s.id = r.shortcoming_id WHERE s.review_year = 2025 AND s.committee_id IN "
                + in(committeeOf.values()));
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO committee_conclusion (meeting_id, kind,"
                + " text, owner, unit_id, deadline, status, shortcoming_id, remedy_id, version, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))")) {
            for (int i = 0; i < withShortcoming.size(); i++) {
                Commune commune = withShortcoming.get(i);
                long committee = committeeOf.get(commune.id());
                long review = meetingsOf.get(committee).get(1);
                // The review named the shortcoming, and set its remedy as a task.
                insert.setLong(1, review);
                insert.setString(2, "SHORTCOMING");
                insert.setString(3, description(i));
                insert.setNull(4, Types.VARCHAR);
                insert.setNull(5, Types.BIGINT);
                insert.setNull(6, Types.DATE);
                insert.setNull(7, Types.VARCHAR);
                insert.setLong(8, shortcomingOf.get(committee));
                insert.setNull(9, Types.BIGINT);
                insert.addBatch();
                insert.setLong(1, review);
                insert.setString(2, "TASK");
                insert.setString(3, action(i));
                insert.setString(4, commune.name());
                insert.setLong(5, commune.id());
                insert.setDate(6, Date.valueOf(REMEDY_DEADLINE));
                insert.setString(7, "DONE");
                insert.setLong(8, shortcomingOf.get(committee));
                insert.setLong(9, remedyOf.get(committee));
                insert.addBatch();
                added += 2;
            }
            insert.executeBatch();
        }
        return added;
    }

    private static String description(int i) {
        return i % 2 == 0
                ? "Việc triển khai thực hiện dân chủ sau sắp xếp còn phó mặc cho bộ phận thường trực, giúp việc; một số "
                + "thành viên chưa nắm tình hình các thôn, tổ dân phố được phân công."
                : "Tỷ lệ hộ gia đình dự hội nghị thôn, tổ dân phố còn thấp; Nhân dân ngại phát biểu, góp ý.";
    }

    private static String action(int i) {
        return i % 2 == 0
                ? "Mỗi thành viên Ban Chỉ đạo dự ít nhất một hội nghị ở thôn, tổ dân phố được phân công mỗi quý"
                : "Tổ chức hội nghị thôn, tổ dân phố vào buổi tối, cuối tuần; thông báo trên loa truyền thanh và nhóm Zalo";
    }

    private static int decision(PreparedStatement insert, long meetingId, String text) throws SQLException {
        insert.setLong(1, meetingId);
        insert.setString(2, "DECISION");
        insert.setString(3, text);
        insert.addBatch();
        return 1;
    }

    /** The communes directly under the province today, each with its villages, by code. */
    private static List<Commune> communes(Connection connection) throws SQLException {
        Map<Long, List<Long>> villages = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT v.parent_id, v.id FROM unit v JOIN unit c ON c.id = v.parent_id"
                     + " JOIN unit p ON p.id = c.parent_id WHERE v.type = 'VILLAGE' AND v.valid_to IS NULL"
                     + " AND c.type = 'COMMUNE' AND c.valid_to IS NULL AND p.type = 'PROVINCE' ORDER BY v.code, v.id")) {
            while (rs.next()) {
                villages.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
            }
        }
        List<Commune> communes = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT c.id, c.code, c.name FROM unit c JOIN unit p ON p.id = c.parent_id"
                     + " WHERE c.type = 'COMMUNE' AND c.valid_to IS NULL AND p.type = 'PROVINCE' AND p.valid_to IS NULL"
                     + " ORDER BY c.code, c.id")) {
            while (rs.next()) {
                communes.add(new Commune(rs.getLong(1), rs.getString(2), rs.getString(3),
                        villages.getOrDefault(rs.getLong(1), List.of())));
            }
        }
        return communes;
    }

    private static boolean exists(Connection connection, List<Commune> communes) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT 1 FROM committee WHERE unit_id IN " + in(communes) + " LIMIT 1")) {
            return rs.next();
        }
    }

    private static Map<Long, Long> idsBy(Connection connection, String sql) throws SQLException {
        Map<Long, Long> ids = new HashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                ids.put(rs.getLong(1), rs.getLong(2));
            }
        }
        return ids;
    }

    /** The ids of a committee's rows in a child table, in insertion (id) order, by committee. */
    private static Map<Long, List<Long>> childIds(Connection connection, String table, String column,
                                                  Map<Long, Long> committeeOf) throws SQLException {
        Map<Long, List<Long>> ids = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT " + column + ", id FROM " + table + " WHERE " + column
                     + " IN " + in(committeeOf.values()) + " ORDER BY id")) {
            while (rs.next()) {
                ids.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
            }
        }
        return ids;
    }

    private static String in(List<Commune> communes) {
        return in(communes.stream().map(Commune::id).toList());
    }

    private static String in(java.util.Collection<Long> ids) {
        StringBuilder sql = new StringBuilder("(");
        for (long id : ids) {
            sql.append(sql.length() > 1 ? "," : "").append(id);
        }
        return sql.append(")").toString();
    }

    /** "Phường Hồng Gai" → "phường Hồng Gai", as the name follows "Ban Chỉ đạo … ". */
    private static String lowerFirst(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }
}
