package coso.tools;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs SQL statements over JDBC, for machines that have no {@code mariadb} client.
 *
 * <pre>
 * COSO_SQL_PASSWORD=... java -cp "target/embedded-mariadb.jar:$(cat target/classpath.txt)" coso.tools.Sql \
 *     jdbc:mariadb://127.0.0.1:3306/ root "STATEMENT" ["STATEMENT"...]
 * </pre>
 *
 * Each argument after the user is one statement. Rows of a query are printed tab-separated.
 * Exits 1 at the first failing statement.
 */
public final class Sql {

    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: Sql JDBC_URL USER STATEMENT... (password in COSO_SQL_PASSWORD)");
            System.exit(2);
        }
        String password = System.getenv().getOrDefault("COSO_SQL_PASSWORD", "");
        try (Connection connection = DriverManager.getConnection(args[0], args[1], password);
                Statement statement = connection.createStatement()) {
            for (int i = 2; i < args.length; i++) {
                if (statement.execute(args[i])) {
                    print(statement.getResultSet());
                }
            }
        } catch (SQLException e) {
            System.err.println("SQL failed: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void print(ResultSet rows) throws SQLException {
        int columns = rows.getMetaData().getColumnCount();
        while (rows.next()) {
            StringBuilder line = new StringBuilder();
            for (int c = 1; c <= columns; c++) {
                if (c > 1) {
                    line.append('\t');
                }
                line.append(rows.getString(c));
            }
            System.out.println(line);
        }
    }

    private Sql() {
    }
}
