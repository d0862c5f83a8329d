package vn.coso.documents;

import vn.coso.common.demo.DemoJdbc;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The 28 directive documents that the provincial Party Executive Committee, its Standing Committee
 * and the Standing Board issued in 2024 to lead grassroots democracy (the seed's figure). Their
 * numbers and titles are made up in the style of the Provincial Party Committee's documents.
 */
public final class DocumentDemoRecords {

    static final int YEAR = 2024;
    static final String ISSUER = "22";

    private static final String EXECUTIVE = "Ban Chấp hành Đảng bộ tỉnh";
    private static final String STANDING_COMMITTEE = "Ban Thường vụ Tỉnh ủy";
    private static final String STANDING_BOARD = "Thường trực Tỉnh ủy";

    record Row(String kind, String number, LocalDate issueDate, String issuingBody, String title) {
    }

    private DocumentDemoRecords() {
    }

    static List<Row> rows() {
        return List.of(
                row("PLAN", "215-KH/TU", "2024-01-16", STANDING_COMMITTEE,
                        "Kế hoạch thực hiện công tác dân vận và dân chủ ở cơ sở năm 2024"),
                row("DIRECTIVE", "31-CT/TU", "2024-01-25", STANDING_COMMITTEE,
                        "Chỉ thị về tăng cường sự lãnh đạo của các cấp ủy đảng đối với việc thực hiện dân chủ ở cơ sở"),
                row("DECISION", "1512-QĐ/TU", "2024-02-01", STANDING_COMMITTEE,
                        "Quyết định kiện toàn Ban Chỉ đạo thực hiện dân chủ ở cơ sở tỉnh"),
                row("PLAN", "221-KH/TU", "2024-02-20", STANDING_COMMITTEE,
                        "Kế hoạch tuyên truyền, phổ biến Luật Thực hiện dân chủ ở cơ sở năm 2022 và các văn bản hướng dẫn"),
                row("GUIDELINE", "12-HD/TU", "2024-03-05", STANDING_COMMITTEE,
                        "Hướng dẫn xây dựng, ban hành quy chế thực hiện dân chủ ở cơ quan, đơn vị, doanh nghiệp"),
                row("NOTICE", "1428-TB/TU", "2024-03-12", STANDING_BOARD,
                        "Thông báo kết luận của Thường trực Tỉnh ủy về kết quả thực hiện dân chủ ở cơ sở quý I năm 2024"),
                row("CONCLUSION", "1105-KL/TU", "2024-03-28", STANDING_COMMITTEE,
                        "Kết luận về nâng cao chất lượng hội nghị cán bộ, công chức, viên chức và hội nghị người lao động"),
                row("PLAN", "229-KH/TU", "2024-04-08", STANDING_COMMITTEE,
                        "Kế hoạch kiểm tra, giám sát việc thực hiện dân chủ ở cơ sở năm 2024"),
                row("OFFICIAL_LETTER", "1874-CV/TU", "2024-04-15", STANDING_COMMITTEE,
                        "Về việc tổ chức đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân năm 2024"),
                row("RESOLUTION", "19-NQ/TU", "2024-04-26", EXECUTIVE,
                        "Nghị quyết về phát huy quyền làm chủ của Nhân dân, xây dựng chính quyền cơ sở thân thiện, "
                                + "vì Nhân dân phục vụ"),
                row("PLAN", "236-KH/TU", "2024-05-10", STANDING_COMMITTEE,
                        "Kế hoạch tập huấn, bồi dưỡng nghiệp vụ thực hiện dân chủ ở cơ sở cho cán bộ chủ chốt cấp huyện, cấp xã"),
                row("GUIDELINE", "15-HD/TU", "2024-05-22", STANDING_COMMITTEE,
                        "Hướng dẫn lấy ý kiến Nhân dân về dự thảo hương ước, quy ước thôn, khu phố"),
                row("DECISION", "1596-QĐ/TU", "2024-06-03", STANDING_COMMITTEE,
                        "Quyết định ban hành Quy chế hoạt động của Ban Chỉ đạo thực hiện dân chủ ở cơ sở tỉnh"),
                row("NOTICE", "1502-TB/TU", "2024-06-18", STANDING_BOARD,
                        "Thông báo kết luận về kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2024"),
                row("DIRECTIVE", "34-CT/TU", "2024-07-02", STANDING_COMMITTEE,
                        "Chỉ thị về tăng cường tiếp công dân, đối thoại và giải quyết phản ánh, kiến nghị của Nhân dân"),
                row("PLAN", "248-KH/TU", "2024-07-15", STANDING_COMMITTEE,
                        "Kế hoạch sơ kết 2 năm thi hành Luật Thực hiện dân chủ ở cơ sở trên địa bàn tỉnh"),
                row("OFFICIAL_LETTER", "1963-CV/TU", "2024-07-29", STANDING_COMMITTEE,
                        "Về việc thực hiện dân chủ tại doanh nghiệp, phát huy vai trò của tổ chức công đoàn cơ sở"),
                row("CONCLUSION", "1187-KL/TU", "2024-08-09", STANDING_COMMITTEE,
                        "Kết luận về xây dựng, nhân rộng mô hình điển hình trong thực hiện dân chủ ở cơ sở"),
                row("PLAN", "254-KH/TU", "2024-08-20", STANDING_COMMITTEE,
                        "Kế hoạch thực hiện phong trào thi đua \"Dân vận khéo\" gắn với thực hiện dân chủ ở cơ sở năm 2024"),
                row("GUIDELINE", "18-HD/TU", "2024-09-06", STANDING_COMMITTEE,
                        "Hướng dẫn công khai thông tin ở cơ sở theo Luật Thực hiện dân chủ ở cơ sở"),
                row("NOTICE", "1589-TB/TU", "2024-09-17", STANDING_BOARD,
                        "Thông báo kết luận về kết quả kiểm tra việc thực hiện dân chủ tại một số doanh nghiệp"),
                row("DECISION", "1688-QĐ/TU", "2024-10-04", STANDING_COMMITTEE,
                        "Quyết định thành lập các đoàn kiểm tra việc thực hiện dân chủ ở cơ sở năm 2024"),
                row("OFFICIAL_LETTER", "2041-CV/TU", "2024-10-14", STANDING_COMMITTEE,
                        "Về việc tăng cường giám sát của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội "
                                + "đối với việc thực hiện dân chủ ở cơ sở"),
                row("PLAN", "263-KH/TU", "2024-10-25", STANDING_COMMITTEE,
                        "Kế hoạch lấy ý kiến Nhân dân đối với dự thảo văn kiện đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030"),
                row("CONCLUSION", "1236-KL/TU", "2024-11-08", STANDING_COMMITTEE,
                        "Kết luận về khắc phục hạn chế trong thực hiện dân chủ tại cơ quan, đơn vị, doanh nghiệp"),
                row("OFFICIAL_LETTER", "2117-CV/TU", "2024-11-20", STANDING_BOARD,
                        "Về việc chuẩn bị tổng kết công tác thực hiện dân chủ ở cơ sở năm 2024"),
                row("NOTICE", "1677-TB/TU", "2024-12-10", STANDING_BOARD,
                        "Thông báo phân công thành viên Ban Chỉ đạo thực hiện dân chủ ở cơ sở tỉnh theo dõi địa bàn năm 2025"),
                row("PLAN", "272-KH/TU", "2024-12-17", STANDING_COMMITTEE,
                        "Kế hoạch thực hiện công tác dân vận và dân chủ ở cơ sở năm 2025"));
    }

    /** Inserts the documents that are not there yet; answers how many it added. */
    public static int load(Connection connection) throws SQLException {
        Long issuer = DemoJdbc.byCode(connection, "unit").get(ISSUER);
        if (issuer == null) {
            return 0;
        }
        Set<String> present = new HashSet<>();
        try (PreparedStatement existing = connection.prepareStatement(
                "SELECT number FROM document WHERE issuer_unit_id = ? AND issue_year = ?")) {
            existing.setLong(1, issuer);
            existing.setInt(2, YEAR);
            try (ResultSet rs = existing.executeQuery()) {
                while (rs.next()) {
                    present.add(rs.getString(1));
                }
            }
        }
        int added = 0;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO document (issuer_unit_id, issuing_body, kind, number, issue_date, title, summary,"
                        + " version, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))")) {
            for (Row row : rows()) {
                if (present.contains(row.number())) {
                    continue;
                }
                insert.setLong(1, issuer);
                insert.setString(2, row.issuingBody());
                insert.setString(3, row.kind());
                insert.setString(4, row.number());
                insert.setDate(5, Date.valueOf(row.issueDate()));
                insert.setString(6, row.title());
                insert.setString(7, summaryOf(row.kind()) + " (Dữ liệu mẫu.)");
                insert.addBatch();
                added++;
            }
            insert.executeBatch();
        }
        return added;
    }

    private static Row row(String kind, String number, String date, String body, String title) {
        return new Row(kind, number, LocalDate.parse(date), body, title);
    }

    private static String summaryOf(String kind) {
        return switch (kind) {
            case "RESOLUTION" -> "Xác định mục tiêu, nhiệm vụ, giải pháp đến năm 2025; giao Ban Chỉ đạo thực hiện dân chủ "
                    + "ở cơ sở tỉnh theo dõi, đôn đốc và định kỳ báo cáo Ban Thường vụ Tỉnh ủy.";
            case "DIRECTIVE" -> "Yêu cầu các cấp ủy, tổ chức đảng và người đứng đầu cơ quan, đơn vị quán triệt, tổ chức "
                    + "thực hiện nghiêm túc; định kỳ 6 tháng, hằng năm báo cáo kết quả.";
            case "PLAN" -> "Xác định mục đích, yêu cầu, nội dung, tiến độ thực hiện và phân công cơ quan chủ trì, phối hợp.";
            case "GUIDELINE" -> "Hướng dẫn trình tự, thủ tục và biểu mẫu để các địa phương, cơ quan, đơn vị áp dụng thống nhất.";
            case "CONCLUSION" -> "Đánh giá kết quả, chỉ ra hạn chế, nguyên nhân và giao nhiệm vụ khắc phục cho các cấp ủy trực thuộc.";
            case "NOTICE" -> "Thông báo ý kiến kết luận và giao nhiệm vụ cho các cơ quan tham mưu, giúp việc của Tỉnh ủy và "
                    + "các huyện ủy, thị ủy, thành ủy.";
            case "DECISION" -> "Có hiệu lực kể từ ngày ký; các cơ quan, đơn vị và cá nhân có liên quan chịu trách nhiệm thi hành.";
            default -> "Đề nghị các huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc Tỉnh ủy triển khai thực hiện, báo cáo kết quả.";
        };
    }
}
