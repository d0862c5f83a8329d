package vn.coso.inspections;

import vn.coso.common.demo.DemoJdbc;
import vn.coso.party.PartyDemoRecords;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

/**
 * The seed's 2024 figures as records over the demo party organisations and members: inspections
 * of exactly 1,688 organisations and 7,113 members, supervisions of exactly 1,524 organisations and
 * 5,955 members, each started in 2024 and mostly concluded or closed, with a few violations and the
 * disciplinary actions decided on them. Set-based and derived from ids, so every load is the same.
 */
public final class InspectionDemoRecords {

    static final String TOPIC = "Việc thực hiện dân chủ ở cơ sở năm 2024";
    /** The topic of the inspections and supervisions after the reform ({@link #loadRecent}). */
    static final String RECENT_TOPIC = "Kiểm tra, giám sát việc thực hiện dân chủ ở cơ sở sau sắp xếp đơn vị hành chính";

    private InspectionDemoRecords() {
    }

    public static int load(Connection connection) throws SQLException {
        if (DemoJdbc.exists(connection, "SELECT 1 FROM inspection WHERE topic = '" + TOPIC + "'")) {
            return 0;
        }
        String provincialPath = provincialPath(connection);
        if (provincialPath == null) {
            return 0;
        }
        int added = 0;
        added += insert(connection, "INSPECTION", "THEMATIC", false, provincialPath, "o.id", 1688);
        added += insert(connection, "INSPECTION", "THEMATIC", true, provincialPath, "m.id", 7113);
        added += insert(connection, "SUPERVISION", "REGULAR", false, provincialPath, "o.id DESC", 1524);
        added += insert(connection, "SUPERVISION", "THEMATIC", true, provincialPath, "m.id DESC", 5955);
        try (Statement statement = connection.createStatement()) {
            // About one in thirty concluded inspections or supervisions found a violation.
            statement.executeUpdate("INSERT INTO inspection_conclusion (inspection_id, violation_found, findings, version,"
                    + " created_at, updated_at) SELECT i.id, MOD(i.id, 31) = 0,"
                    + " IF(MOD(i.id, 31) = 0, 'Chưa thực hiện đầy đủ việc công khai và lấy ý kiến theo quy chế dân chủ.',"
                    + " 'Thực hiện nghiêm quy chế dân chủ ở cơ sở.'), 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)"
                    + " FROM inspection i WHERE i.topic = '" + TOPIC + "' AND i.status IN ('CONCLUDED', 'CLOSED')");
            statement.executeUpdate("INSERT INTO disciplinary_action (subject_organization_id, subject_member_id,"
                    + " scope_unit_id, form, decision_number, decision_date, deciding_body, source, inspection_id, version,"
                    + " created_at, updated_at)"
                    + " SELECT i.subject_organization_id, i.subject_member_id, i.scope_unit_id,"
                    + " IF(MOD(i.id, 2) = 0, 'REPRIMAND', 'WARNING'), CONCAT(MOD(i.id, 300) + 1, '-QĐ/UBKT'),"
                    + " LEAST(DATE_ADD(i.actual_end, INTERVAL 20 DAY), '2024-12-31'), 'Ủy ban Kiểm tra cấp ủy cấp trên',"
                    + " 'INSPECTION', i.id, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)"
                    + " FROM inspection i JOIN inspection_conclusion c ON c.inspection_id = i.id"
                    + " WHERE i.topic = '" + TOPIC + "' AND i.kind = 'INSPECTION' AND c.violation_found");
        }
        return added;
    }

    /** Inserts one inspection for each of the first {@code count} demo subjects in the given order. */
    private static int insert(Connection connection, String kind, String form, boolean members, String provincialPath,
                              String order, int count) throws SQLException {
        String subjects = members
                ? "SELECT m.id AS member_id, NULL AS organization_id, o.unit_id, COALESCE(o.parent_id, o.id) AS conducting,"
                + " ROW_NUMBER() OVER (ORDER BY " + order + ") AS rn FROM party_member m"
                + " JOIN party_organization o ON o.id = m.organization_id WHERE o.path LIKE ? AND m.status = 'ACTIVE'"
                : "SELECT NULL AS member_id, o.id AS organization_id, o.unit_id, o.parent_id AS conducting,"
                + " ROW_NUMBER() OVER (ORDER BY " + order + ") AS rn FROM party_organization o"
                + " WHERE o.path LIKE ? AND o.parent_id IS NOT NULL";
        String sql = "INSERT INTO inspection (kind, form, subject_organization_id, subject_member_id, scope_unit_id,"
                + " conducting_organization_id, conducting_body, plan_year, planned_start, planned_end, actual_start,"
                + " actual_end, topic, status, version, created_at, updated_at)"
                + " SELECT ?, ?, s.organization_id, s.member_id, s.unit_id, s.conducting,"
                + " IF(MOD(s.rn, 3) = 0, 'EXECUTIVE_COMMITTEE', 'INSPECTION_COMMISSION'), 2024,"
                + " DATE_ADD('2024-01-03', INTERVAL MOD(s.rn * 13, 330) DAY),"
                + " DATE_ADD('2024-01-13', INTERVAL MOD(s.rn * 13, 330) DAY),"
                + " DATE_ADD('2024-01-08', INTERVAL MOD(s.rn * 13, 330) DAY),"
                + " IF(MOD(s.rn, 10) = 9, NULL, DATE_ADD('2024-01-15', INTERVAL MOD(s.rn * 13, 330) DAY)),"
                + " ?, CASE WHEN MOD(s.rn, 10) < 7 THEN 'CLOSED' WHEN MOD(s.rn, 10) < 9 THEN 'CONCLUDED' ELSE 'IN_PROGRESS' END,"
                + " 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)"
                + " FROM (" + subjects + ") s WHERE s.rn <= ?";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, kind);
            insert.setString(2, form);
            insert.setString(3, TOPIC);
            insert.setString(4, provincialPath + "%");
            insert.setInt(5, count);
            int inserted = insert.executeUpdate();
            if (inserted != count) {
                throw new IllegalStateException("Demo data has " + inserted + " subjects for " + count + " " + kind
                        + (members ? " of members" : " of organisations"));
            }
            return inserted;
        }
    }

    private static String provincialPath(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT path FROM party_organization WHERE code = '"
                     + PartyDemoRecords.PROVINCIAL_CODE + "'")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /**
     * Supervisions of the party organisations whose units live on (their units' records moved with
     * them), in the second half of 2025, and inspections of them in 2026.
     */
    public static int loadRecent(Connection connection) throws SQLException {
        if (DemoJdbc.exists(connection, "SELECT 1 FROM inspection WHERE topic = '" + RECENT_TOPIC + "' LIMIT 1")) {
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
                insert.setString(i++, RECENT_TOPIC);
                insert.setInt(i, (Integer) b[4]);
                added += insert.executeUpdate();
            }
        }
        return added;
    }
}
