package vn.coso.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HashMap;
import java.util.Map;

/** Looks up the ids of records by their codes, for the demo loaders' batched inserts. */
final class DemoIds {

    private DemoIds() {
    }

    /**
     * Ids by code; for a code that several units have held (a unit formed by a reorganisation takes a
     * predecessor's code), the first holder: the 2024 records belong to the 2024 units.
     */
    static Map<String, Long> byCode(Connection connection, String table) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT code, id FROM " + table + " ORDER BY id DESC")) {
            while (rs.next()) {
                ids.put(rs.getString(1), rs.getLong(2));
            }
        }
        return ids;
    }

    static void setId(PreparedStatement statement, int index, Long id) throws SQLException {
        if (id == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, id);
        }
    }
}
