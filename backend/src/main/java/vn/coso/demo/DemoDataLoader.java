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
 * batches, under a database lock so that several instances starting together load it once. The
 * province as it is now: the 2024 structure and records, the steering committee's work, then the
 * reorganisations of 1 November 2024 and 1 July 2025 applied through the reorganisation operation
 * ({@link DemoReorganisations}), then the records of 2025 and 2026 on the structure of their day
 * ({@link RecentDemoData}, {@link PeopleDemoData#loadRecent}) and the new communes' steering committees
 * ({@link CommuneCommitteeDemoData}).
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);
    private static final String PENDING_PATH = "pending";

    private final AgroalDataSource dataSource;
    private final CosoConfig config;
    private final CommitteeDemoData committees;
    private final DemoReorganisations reorganisations;

    public DemoDataLoader(AgroalDataSource dataSource, CosoConfig config, CommitteeDemoData committees,
                          DemoReorganisations reorganisations) {
        this.dataSource = dataSource;
        this.config = config;
        this.committees = committees;
        this.reorganisations = reorganisations;
    }

    void onStart(@Observes StartupEvent event) throws SQLException {
        if (config.demo().enabled()) {
            long started = System.nanoTime();
            int added = "2024".equals(config.demo().structure()) ? load2024WithCommittee() : loadAsNow();
            LOG.infof("Demo data: %d record(s) added in %d ms", added, (System.nanoTime() - started) / 1_000_000);
        }
    }

    /**
     * Adds the 2024 demo records that are missing, on the 2024 structure (nothing after it); answers
     * how many it added. The API tests that read the seed's figures share a database: they load this.
     */
    public int load() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            lock(connection);
            try {
                return load2024(connection);
            } finally {
                unlock(connection);
            }
        }
    }

    /** The 2024 province only, with its steering committee's work (COSO_DEMO_STRUCTURE=2024). */
    public int load2024WithCommittee() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            lock(connection);
            try {
                return load2024(connection) + loadCommittees();
            } finally {
                unlock(connection);
            }
        }
    }

    /**
     * The province as it is now: {@link #load()}, the steering committee's work, the two
     * reorganisations, then the records of the second half of 2025 and of 2026 on the new structure.
     */
    public int loadAsNow() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            lock(connection);
            try {
                int added = load2024(connection);
                added += loadCommittees();
                long started = System.nanoTime();
                int changed = reorganisations.applyMissing();
                if (changed > 0) {
                    LOG.infof("Demo data: the 2024 and 2025 reorganisations created, closed or changed %d unit(s) in %d ms",
                            changed, (System.nanoTime() - started) / 1_000_000);
                }
                added += changed;
                added += inTransaction(connection, () -> RecentDemoData.load(connection, config));
                added += inTransaction(connection, () -> PeopleDemoData.loadRecent(connection));
                added += inTransaction(connection, () -> CommuneCommitteeDemoData.load(connection));
                return added;
            } finally {
                unlock(connection);
            }
        }
    }

    private int loadCommittees() {
        try {
            return committees.load();
        } catch (RuntimeException e) {
            // Another instance loading at the same time hits the one-committee-per-unit constraint.
            LOG.warnf("Demo committee data not loaded: %s", e.getMessage());
            return 0;
        }
    }

    private interface Work {
        int run() throws SQLException;
    }

    private static int inTransaction(Connection connection, Work work) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        try {
            connection.setAutoCommit(false);
            int added = work.run();
            connection.commit();
            return added;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private int load2024(Connection connection) throws SQLException {
        return inTransaction(connection, () -> {
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
                return added;
        });
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
