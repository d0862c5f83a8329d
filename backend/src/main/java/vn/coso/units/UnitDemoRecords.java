package vn.coso.units;

import vn.coso.common.demo.DemoJdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo units ({@link DemoUnits#all()}: Quảng Ninh 2024 and the made-up units under it) that are
 * not in the database yet, in JDBC batches, parents first. Called by the demo loader, in its
 * transaction, before every other feature's demo records.
 */
public final class UnitDemoRecords {

    private static final String PENDING_PATH = "pending";

    private UnitDemoRecords() {
    }

    /** Adds the demo units that are missing (by code); answers how many it added. */
    public static int load(Connection connection) throws SQLException {
        Set<String> existing = existingCodes(connection);
        List<DemoUnits.Row> missing = new ArrayList<>();
        for (DemoUnits.Row row : DemoUnits.all()) {
            if (!existing.contains(row.code())) {
                missing.add(row);
            }
        }
        // Parents first: each pass inserts the rows whose parent is already in the database.
        Set<String> present = new HashSet<>(existing);
        int added = 0;
        while (!missing.isEmpty()) {
            List<DemoUnits.Row> ready = missing.stream()
                    .filter(r -> r.parentCode() == null || present.contains(r.parentCode()))
                    .toList();
            if (ready.isEmpty()) {
                throw new IllegalStateException("Demo units with unknown parents: " + missing);
            }
            insert(connection, ready);
            fillPaths(connection);
            ready.forEach(r -> present.add(r.code()));
            missing.removeAll(ready);
            added += ready.size();
        }
        return added;
    }

    // Ids are resolved here, not by sub-selects in the INSERT: MariaDB's bulk execution of a batch
    // evaluated such a sub-select once for the whole batch and put every row under one parent.
    private static void insert(Connection connection, List<DemoUnits.Row> rows) throws SQLException {
        Map<String, Long> ids = DemoJdbc.byCode(connection, "unit");
        String sql = "INSERT INTO unit (code, name, type, parent_id, path, tax_code, address, head_count, active,"
                + " version, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (DemoUnits.Row row : rows) {
                insert.setString(1, row.code());
                insert.setString(2, row.name());
                insert.setString(3, row.type());
                DemoJdbc.setId(insert, 4, row.parentCode() == null ? null : ids.get(row.parentCode()));
                insert.setString(5, PENDING_PATH);
                insert.setString(6, row.taxCode());
                insert.setString(7, row.address());
                if (row.headCount() == null) {
                    insert.setNull(8, Types.INTEGER);
                } else {
                    insert.setInt(8, row.headCount());
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void fillPaths(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE unit SET path = CONCAT('/', id, '/')"
                    + " WHERE path = '" + PENDING_PATH + "' AND parent_id IS NULL");
            statement.executeUpdate("UPDATE unit c JOIN unit p ON c.parent_id = p.id"
                    + " SET c.path = CONCAT(p.path, c.id, '/') WHERE c.path = '" + PENDING_PATH + "'");
        }
    }

    private static Set<String> existingCodes(Connection connection) throws SQLException {
        Set<String> codes = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT code FROM unit")) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        return codes;
    }
}
