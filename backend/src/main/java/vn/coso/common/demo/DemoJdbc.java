package vn.coso.common.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HashMap;
import java.util.Map;

/**
 * The few JDBC helpers the features' demo writers share (each feature writes its own tables' demo
 * rows in batches; see vn.coso.demo.DemoDataLoader for the order): ids by code, nullable ids,
 * whether a row is there, the last id of a table and its size.
 */
public final class DemoJdbc {

    private DemoJdbc() {
    }

    /**
     * Ids by code; for a code that several units have held (a unit formed by a reorganisation takes a
     * predecessor's code), the first holder: the 2024 records belong to the 2024 units.
     */
    public static Map<String, Long> byCode(Connection connection, String table) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT code, id FROM " + table + " ORDER BY id DESC")) {
            while (rs.next()) {
                ids.put(rs.getString(1), rs.getLong(2));
            }
        }
        return ids;
    }

    public static void setId(PreparedStatement statement, int index, Long id) throws SQLException {
        if (id == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, id);
        }
    }

    /** Whether the query answers a row. */
    public static boolean exists(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            return rs.next();
        }
    }

    /** The table's highest id, 0 when it is empty: the rows a writer adds next come after it. */
    public static long maxId(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
