package vn.coso.regulations;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * An issued regulation for every active unit that must have one (every type but the province), a
 * convention (hương ước) for villages: the seed says 100 % of units had issued theirs in 2024.
 * Numbers and dates are derived from the unit's id, so the data is the same on every load.
 */
public final class RegulationDemoRecords {

    private RegulationDemoRecords() {
    }

    public static int load(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate("INSERT INTO regulation (unit_id, kind, number, title, issue_date, status,"
                    + " version, created_at, updated_at)"
                    + " SELECT u.id,"
                    + " IF(u.type = 'VILLAGE', 'CONVENTION', 'REGULATION'),"
                    + " CONCAT(1 + MOD(u.id * 7, 95), IF(u.type = 'VILLAGE', '/HƯ', '/QĐ-UBND')),"
                    + " IF(u.type = 'VILLAGE', CONCAT('Hương ước ', u.name),"
                    + "    CONCAT('Quy chế thực hiện dân chủ ở cơ sở - ', u.name)),"
                    + " DATE_ADD('2021-03-01', INTERVAL MOD(u.id * 37, 1000) DAY),"
                    + " 'ISSUED', 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)"
                    + " FROM unit u WHERE u.active AND u.type <> 'PROVINCE'"
                    // The units of 2024: those formed by a reorganisation issue theirs after it (loadRecent).
                    + " AND (u.valid_from IS NULL OR u.valid_from <= '2024-12-31')"
                    + " AND NOT EXISTS (SELECT 1 FROM regulation r WHERE r.unit_id = u.id)");
        }
    }

    /**
     * After the reorganisations: each unit formed by a reorganisation issued its democracy regulation in the months
     * after it.
     */
    public static int loadRecent(Connection connection) throws SQLException {
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
}
