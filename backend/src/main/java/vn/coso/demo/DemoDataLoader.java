package vn.coso.demo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import vn.coso.common.config.CosoConfig;

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
 * Loads the demo data at start when {@code coso.demo.enabled}: only what is missing, in JDBC
 * batches, under a database lock so that several instances starting together load it once.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);
    private static final String PENDING_PATH = "pending";

    private final AgroalDataSource dataSource;
    private final CosoConfig config;

    public DemoDataLoader(AgroalDataSource dataSource, CosoConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) throws SQLException {
        if (config.demo().enabled()) {
            long started = System.nanoTime();
            int added = load();
            LOG.infof("Demo data: %d record(s) added in %d ms", added, (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** Adds the demo records that are missing; answers how many it added. */
    public int load() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            lock(connection);
            try {
                connection.setAutoCommit(false);
                int added = loadUnits(connection);
                added += PartyDemoData.load(connection);
                added += RegulationDemoData.load(connection);
                added += InspectionDemoData.load(connection);
                added += DocumentDemoData.load(connection);
                added += TrainingDemoData.load(connection);
                added += ConferenceDemoData.load(connection);
                added += ModelPracticeDemoData.load(connection);
                added += ConsultationDemoData.load(connection);
                added += FeedbackDemoData.load(connection, config);
                added += PeopleDemoData.load(connection);
                connection.commit();
                return added;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
                unlock(connection);
            }
        }
    }

    private int loadUnits(Connection connection) throws SQLException {
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
        Map<String, Long> ids = DemoIds.byCode(connection, "unit");
        String sql = "INSERT INTO unit (code, name, type, parent_id, path, tax_code, address, head_count, active,"
                + " version, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (DemoUnits.Row row : rows) {
                insert.setString(1, row.code());
                insert.setString(2, row.name());
                insert.setString(3, row.type());
                DemoIds.setId(insert, 4, row.parentCode() == null ? null : ids.get(row.parentCode()));
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

    private static void lock(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT GET_LOCK('coso.demo-data', 120)")) {
            if (!rs.next() || rs.getInt(1) != 1) {
                throw new IllegalStateException("Another instance holds the demo-data lock for too long");
            }
        }
    }

    private static void unlock(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT RELEASE_LOCK('coso.demo-data')");
        }
    }
}
