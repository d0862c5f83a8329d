package vn.coso.modelpractices;

import vn.coso.common.demo.DemoJdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A handful of model practices of grassroots democracy, and the units that replicated them. */
public final class ModelPracticeDemoRecords {

    record Row(String unitCode, int year, String name, String description, List<String> replicatedIn) {
    }

    private ModelPracticeDemoRecords() {
    }

    static List<Row> rows() {
        return List.of(
                new Row("06694", 2023, "Mô hình \"Tổ dân phố tự quản, văn minh\"",
                        "Mỗi tổ dân phố bầu tổ tự quản; hằng quý họp dân để bàn và quyết định việc chung của khu phố "
                                + "(vệ sinh môi trường, an ninh trật tự, chỉnh trang ngõ phố), kết quả công khai tại nhà văn hóa.",
                        List.of("06691", "06697", "06688")),
                new Row("193", 2024, "Mô hình \"Dân vận khéo\" trong giải phóng mặt bằng các dự án trọng điểm",
                        "Tổ công tác của thành phố cùng cấp ủy, chính quyền phường, xã đối thoại trực tiếp với từng hộ dân, "
                                + "công khai phương án bồi thường, hỗ trợ, tái định cư trước khi lấy ý kiến Nhân dân.",
                        List.of("195", "196")),
                new Row("06841", 2024, "Mô hình \"Ngày thứ Bảy cùng dân\"",
                        "Cán bộ, công chức xã về thôn vào thứ Bảy hằng tuần để nghe Nhân dân phản ánh, kiến nghị và cùng "
                                + "Nhân dân làm đường giao thông nông thôn, vệ sinh môi trường.",
                        List.of("06844", "06847", "06856")),
                new Row("22-DEMO-THAN", 2024, "Mô hình \"Đối thoại hằng quý giữa Giám đốc và công nhân lò\"",
                        "Ngoài đối thoại định kỳ theo Nghị định số 145/2020/NĐ-CP, Giám đốc đối thoại trực tiếp với công nhân "
                                + "từng phân xưởng mỗi quý; ý kiến được trả lời bằng văn bản trong 15 ngày.",
                        List.of("193-DEMO-DULICH", "193-DEMO-THUYSAN")),
                new Row("22-BVDK", 2023, "Mô hình \"Hòm thư góp ý điện tử và đường dây nóng của bệnh viện\"",
                        "Người bệnh và người nhà góp ý qua mã QR tại các khoa; phòng Quản lý chất lượng phân loại, chuyển "
                                + "khoa liên quan và công khai kết quả trả lời hằng tháng.",
                        List.of("193-TTYT")),
                new Row("06709", 2024, "Mô hình \"Chính quyền thân thiện, vì Nhân dân phục vụ\" tại bộ phận một cửa",
                        "Bộ phận tiếp nhận và trả kết quả công khai thủ tục, phí, lệ phí và thời hạn giải quyết; người dân "
                                + "đánh giá mức độ hài lòng sau mỗi lần giao dịch.",
                        List.of("06712", "06715")));
    }

    /** Inserts the practices that are not there yet (by unit and name); answers how many it added. */
    public static int load(Connection connection) throws SQLException {
        Map<String, Long> unitIds = DemoJdbc.byCode(connection, "unit");
        Set<String> present = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT unit_id, name FROM model_practice")) {
            while (rs.next()) {
                present.add(rs.getLong(1) + "|" + rs.getString(2));
            }
        }
        int added = 0;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO model_practice (unit_id, recognized_year, name, description, version, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement replicate = connection.prepareStatement(
                     "INSERT INTO model_practice_replication (model_practice_id, unit_id) VALUES (?, ?)")) {
            for (Row row : rows()) {
                Long unit = unitIds.get(row.unitCode());
                if (unit == null || present.contains(unit + "|" + row.name())) {
                    continue;
                }
                // One by one, for the generated id that the replications point at.
                insert.setLong(1, unit);
                insert.setInt(2, row.year());
                insert.setString(3, row.name());
                insert.setString(4, row.description() + " (Dữ liệu mẫu.)");
                insert.executeUpdate();
                long id;
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                for (String code : row.replicatedIn()) {
                    Long replicating = unitIds.get(code);
                    if (replicating != null) {
                        replicate.setLong(1, id);
                        replicate.setLong(2, replicating);
                        replicate.addBatch();
                    }
                }
                added++;
            }
            replicate.executeBatch();
        }
        return added;
    }
}
