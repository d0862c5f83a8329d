package vn.coso.consultations;

import vn.coso.common.demo.DemoDates;
import vn.coso.common.demo.DemoJdbc;
import vn.coso.units.DemoUnits;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A few 2024 consultations on drafts, with the comments people sent and the units' answers
 * (tiếp thu, giải trình): a ward's revised regulation, an enterprise's workplace rule, the city's
 * plan, all concluded; and a residential group's convention whose last comment is still unanswered.
 * A consultation is there once (by unit and title); its comments come with it.
 */
public final class ConsultationDemoRecords {


    record Comment(String text, String authorName, String authorPhone, int day, String outcome, String explanation) {
    }

    record Row(String unitCode, String kind, String title, String text, LocalDate opensOn, LocalDate closesOn,
               boolean concluded, List<Comment> comments) {
    }

    private ConsultationDemoRecords() {
    }

    static List<Row> rows() {
        return List.of(
                new Row("06694", "REGULATION",
                        "Dự thảo Quy chế thực hiện dân chủ ở cơ sở phường Bạch Đằng (sửa đổi, bổ sung)",
                        "Chương I. QUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\nQuy chế này quy định nội dung, hình thức, "
                                + "trách nhiệm thực hiện dân chủ ở cơ sở trên địa bàn phường Bạch Đằng theo Luật Thực hiện "
                                + "dân chủ ở cơ sở năm 2022.\nĐiều 2. Những nội dung công khai để Nhân dân biết\n"
                                + "1. Kế hoạch sử dụng đất, chỉnh trang đô thị trên địa bàn phường.\n"
                                + "2. Thu, chi ngân sách phường và các khoản đóng góp của Nhân dân.\n"
                                + "Điều 3. Những nội dung Nhân dân bàn và quyết định\n"
                                + "Chủ trương và mức đóng góp xây dựng công trình công cộng của tổ dân phố.",
                        LocalDate.of(2024, 3, 4), LocalDate.of(2024, 4, 3), true, List.of(
                        new Comment("Đề nghị bổ sung việc công khai danh sách hộ nghèo, cận nghèo tại nhà văn hóa tổ dân phố.",
                                "Trần Văn Hùng", "0912 402 118", 6, "ACCEPTED",
                                "Tiếp thu, bổ sung vào khoản 3 Điều 2 của dự thảo."),
                        new Comment("Thời gian niêm yết công khai 15 ngày là ngắn, đề nghị 30 ngày.", null, null, 11,
                                "PARTLY_ACCEPTED", "Tiếp thu một phần: nâng lên 20 ngày đối với thu, chi ngân sách; các nội "
                                + "dung khác giữ 15 ngày theo Điều 13 Luật Thực hiện dân chủ ở cơ sở."),
                        new Comment("Đề nghị họp tổ dân phố vào buổi tối để người đi làm tham dự được.", null, null, 15,
                                "ACCEPTED", "Tiếp thu: hội nghị tổ dân phố tổ chức sau 19 giờ hoặc ngày nghỉ."),
                        new Comment("Đề nghị phường chi trả toàn bộ chi phí sửa đường ngõ, không huy động đóng góp.",
                                null, null, 20, "NOT_ACCEPTED", "Giải trình: đường ngõ do Nhân dân bàn và quyết định mức "
                                + "đóng góp theo Điều 15 Luật Thực hiện dân chủ ở cơ sở; ngân sách phường hỗ trợ vật liệu."),
                        new Comment("Nên có hòm thư góp ý đặt tại trụ sở tổ dân phố.", "Phạm Thị Lan", null, 27,
                                "ACCEPTED", "Tiếp thu, bổ sung vào Điều 8."))),
                new Row("22-DEMO-THAN", "RULE",
                        "Dự thảo Quy chế dân chủ ở cơ sở tại nơi làm việc năm 2024",
                        "Điều 1. Người lao động được biết: nội quy lao động, thang lương, bảng lương, định mức lao động; "
                                + "trích nộp bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp.\n"
                                + "Điều 2. Người lao động tham gia ý kiến: thỏa ước lao động tập thể; biện pháp cải thiện "
                                + "điều kiện làm việc, bảo vệ sức khỏe.\nĐiều 3. Đối thoại định kỳ tại nơi làm việc "
                                + "6 tháng một lần.",
                        LocalDate.of(2024, 1, 8), LocalDate.of(2024, 1, 22), true, List.of(
                        new Comment("Đề nghị công khai bảng lương tại từng phân xưởng, không chỉ ở văn phòng công ty.",
                                null, null, 2, "ACCEPTED", "Tiếp thu, bổ sung vào Điều 1."),
                        new Comment("Đối thoại nên 3 tháng một lần đối với công nhân hầm lò.", null, null, 5,
                                "PARTLY_ACCEPTED", "Tiếp thu một phần: đối thoại định kỳ 6 tháng; phân xưởng hầm lò "
                                + "đối thoại đột xuất khi có yêu cầu của công đoàn."),
                        new Comment("Đề nghị tăng tiền ăn ca lên 50.000 đồng.", null, null, 9, "NOT_ACCEPTED",
                                "Giải trình: tiền ăn ca không thuộc quy chế dân chủ; công ty đưa vào nội dung thương lượng "
                                + "thỏa ước lao động tập thể năm 2024."))),
                new Row("193", "PLAN",
                        "Dự thảo Kế hoạch chỉnh trang đô thị thành phố Hạ Long năm 2025",
                        "I. MỤC ĐÍCH, YÊU CẦU\nChỉnh trang vỉa hè, cây xanh, chiếu sáng các tuyến phố chính.\n"
                                + "II. NỘI DUNG\n1. Cải tạo vỉa hè đường Trần Hưng Đạo, Lê Thánh Tông.\n"
                                + "2. Trồng bổ sung cây xanh tại các phường Bạch Đằng, Hồng Gai, Trần Hưng Đạo.",
                        LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 31), true, List.of(
                        new Comment("Đề nghị bố trí lối đi cho người khuyết tật khi cải tạo vỉa hè.", null, null, 3,
                                "ACCEPTED", "Tiếp thu, bổ sung yêu cầu tại mục II.1."),
                        new Comment("Đề nghị không chặt cây cổ thụ trên đường Lê Thánh Tông.", "Đỗ Minh Tuấn",
                                "0203 3825 111", 12, "ACCEPTED", "Tiếp thu: giữ nguyên cây cổ thụ, chỉ cắt tỉa."))),
                new Row("06694-TDP1", "REGULATION",
                        "Dự thảo Hương ước tổ dân phố 1 phường Bạch Đằng (sửa đổi)",
                        "Điều 1. Giữ gìn vệ sinh môi trường, đổ rác đúng giờ quy định.\n"
                                + "Điều 2. Không sử dụng loa công suất lớn sau 22 giờ.\n"
                                + "Điều 3. Hòa giải mâu thuẫn trong cộng đồng tại tổ hòa giải.",
                        LocalDate.of(2024, 11, 15), LocalDate.of(2024, 12, 15), false, List.of(
                        new Comment("Đề nghị quy định cụ thể giờ đổ rác: 17 giờ đến 19 giờ.", null, null, 4,
                                "ACCEPTED", "Tiếp thu, bổ sung vào Điều 1."),
                        new Comment("Cấm hát karaoke sau 21 giờ thay vì 22 giờ.", null, null, 10, "NOT_ACCEPTED",
                                "Giải trình: giữ 22 giờ theo Nghị định 144/2021/NĐ-CP."),
                        new Comment("Đề nghị thành lập tổ tự quản về an ninh trật tự.", "Vũ Thị Mai", null, 21,
                                null, null))));
    }

    /** Inserts the consultations that are not there yet, with their comments; answers how many records it added. */
    public static int load(Connection connection) throws SQLException {
        Map<String, Long> unitIds = DemoJdbc.byCode(connection, "unit");
        Set<String> present = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT unit_id, title FROM consultation")) {
            while (rs.next()) {
                present.add(rs.getLong(1) + "|" + rs.getString(2));
            }
        }
        int added = 0;
        for (Row row : rows()) {
            Long unit = unitIds.get(row.unitCode());
            if (unit == null || present.contains(unit + "|" + row.title())) {
                continue;
            }
            long id = insertConsultation(connection, unit, row);
            added += 1 + insertComments(connection, id, row);
        }
        return added;
    }

    private static long insertConsultation(Connection connection, long unitId, Row row) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO consultation (unit_id, kind, title, draft_text, opens_on, closes_on, status, published_at,"
                        + " concluded_at, version, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, unitId);
            insert.setString(2, row.kind());
            insert.setString(3, row.title());
            insert.setString(4, row.text());
            insert.setDate(5, Date.valueOf(row.opensOn()));
            insert.setDate(6, Date.valueOf(row.closesOn()));
            insert.setString(7, row.concluded() ? "CONCLUDED" : "PUBLISHED");
            insert.setObject(8, DemoDates.at(row.opensOn().minusDays(1), 8));
            insert.setObject(9, row.concluded() ? DemoDates.at(row.closesOn().plusDays(10), 16) : null);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static int insertComments(Connection connection, long consultationId, Row row) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO consultation_comment (consultation_id, body, author_name, author_phone, received_at,"
                        + " outcome, explanation, answered_at, version, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))")) {
            for (Comment comment : row.comments()) {
                insert.setLong(1, consultationId);
                insert.setString(2, comment.text());
                insert.setString(3, comment.authorName());
                insert.setString(4, comment.authorPhone());
                insert.setObject(5, DemoDates.at(row.opensOn().plusDays(comment.day()), 9 + comment.day() % 8));
                insert.setString(6, comment.outcome());
                insert.setString(7, comment.explanation());
                insert.setObject(8, comment.outcome() == null ? null : DemoDates.at(row.closesOn().plusDays(5), 10));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return row.comments().size();
    }


    /** After the reform: every fourth new commune consulted its people on its democracy regulation in 2026. */
    public static int loadRecent(Connection connection, List<DemoUnits.Stored> communes) throws SQLException {
        if (DemoJdbc.exists(connection, "SELECT 1 FROM consultation WHERE opens_on >= '2025-07-01' LIMIT 1")) {
            return 0;
        }
        int added = 0;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO consultation (unit_id, kind, title, draft_text, opens_on, closes_on, status, published_at,"
                        + " concluded_at, version, created_at, updated_at)"
                        + " VALUES (?, 'REGULATION', ?, ?, ?, ?, ?, ?, ?, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))")) {
            // Every fourth commune consulted its people on the new commune's democracy regulation.
            for (int i = 0; i < communes.size(); i += 4) {
                DemoUnits.Stored commune = communes.get(i);
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
                insert.setObject(7, DemoDates.at(opens.minusDays(1), 8));
                insert.setObject(8, concluded ? DemoDates.at(closes.plusDays(10), 16) : null);
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
}
