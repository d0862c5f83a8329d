package vn.coso.common.demo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The database lock under which the demo data is loaded, so that several instances starting
 * together load it once (MariaDB's named lock, held by the connection).
 */
public final class DemoLock {

    private static final String NAME = "coso.demo-data";

    private DemoLock() {
    }

    public static void lock(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT GET_LOCK('" + NAME + "', 120)")) {
            if (!rs.next() || rs.getInt(1) != 1) {
                throw new IllegalStateException("Another instance holds the demo-data lock for too long");
            }
        }
    }

    public static void unlock(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT RELEASE_LOCK('" + NAME + "')");
        }
    }
}
