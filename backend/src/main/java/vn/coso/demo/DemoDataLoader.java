package vn.coso.demo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import vn.coso.boards.BoardDemoRecords;
import vn.coso.committees.CommitteeDemoRecords;
import vn.coso.committees.CommuneCommitteeDemoRecords;
import vn.coso.common.config.CosoConfig;
import vn.coso.common.demo.DemoLock;
import vn.coso.conferences.ConferenceDemoRecords;
import vn.coso.consultations.ConsultationDemoRecords;
import vn.coso.disclosures.DisclosureDemoRecords;
import vn.coso.documents.DocumentDemoRecords;
import vn.coso.feedback.FeedbackDemoRecords;
import vn.coso.inspections.InspectionDemoRecords;
import vn.coso.modelpractices.ModelPracticeDemoRecords;
import vn.coso.party.PartyDemoRecords;
import vn.coso.regulations.RegulationDemoRecords;
import vn.coso.trainings.TrainingDemoRecords;
import vn.coso.units.DemoUnits;
import vn.coso.units.UnitDemoRecords;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Loads the demo data at start when {@code coso.demo.enabled}: only what is missing, in JDBC
 * batches, under a database lock so that several instances starting together load it once. The
 * province as it is now: the 2024 structure and records, the steering committee's work, then the
 * reorganisations of 1 November 2024 and 1 July 2025 applied through the reorganisation operation
 * ({@link DemoReorganisations}), then the records of 2025 and 2026 on the structure of their day and
 * the new communes' steering committees. Each feature writes its own tables' demo rows (its
 * {@code *DemoRecords}, set-based and batched); this class holds only the lock, the order and what is
 * missing, and writes nothing itself (ArchitectureRulesTest).
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    private final AgroalDataSource dataSource;
    private final CosoConfig config;
    private final CommitteeDemoRecords committees;
    private final DemoReorganisations reorganisations;

    public DemoDataLoader(AgroalDataSource dataSource, CosoConfig config, CommitteeDemoRecords committees,
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
        return locked(this::load2024);
    }

    /** The 2024 province only, with its steering committee's work (COSO_DEMO_STRUCTURE=2024). */
    public int load2024WithCommittee() throws SQLException {
        return locked(connection -> load2024(connection) + loadCommittees());
    }

    /**
     * The province as it is now: {@link #load()}, the steering committee's work, the two
     * reorganisations, then the records of the second half of 2025 and of 2026 on the new structure.
     */
    public int loadAsNow() throws SQLException {
        return locked(connection -> {
            int added = load2024(connection);
            added += loadCommittees();
            long started = System.nanoTime();
            int changed = reorganisations.applyMissing();
            if (changed > 0) {
                LOG.infof("Demo data: the 2024 and 2025 reorganisations created, closed or changed %d unit(s) in %d ms",
                        changed, (System.nanoTime() - started) / 1_000_000);
            }
            added += changed;
            added += inTransaction(connection, () -> loadRecent(connection));
            added += inTransaction(connection, () -> loadPeopleRecent(connection));
            added += inTransaction(connection, () -> CommuneCommitteeDemoRecords.load(connection));
            return added;
        });
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

    private interface LockedWork {
        int run(Connection connection) throws SQLException;
    }

    /** Runs the work on one connection under the demo-data lock (DemoLock), so that the data is loaded once. */
    private int locked(LockedWork work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DemoLock.lock(connection);
            try {
                return work.run(connection);
            } finally {
                DemoLock.unlock(connection);
            }
        }
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
            int added = UnitDemoRecords.load(connection);
            added += PartyDemoRecords.load(connection);
            added += RegulationDemoRecords.load(connection);
            added += InspectionDemoRecords.load(connection);
            added += DocumentDemoRecords.load(connection);
            added += TrainingDemoRecords.load(connection);
            added += ConferenceDemoRecords.load(connection);
            added += ModelPracticeDemoRecords.load(connection);
            added += ConsultationDemoRecords.load(connection);
            added += FeedbackDemoRecords.load(connection, config);
            // The people's part (issue 18) is added whole or not at all, keyed by its boards and disclosures.
            if (!BoardDemoRecords.any(connection) && !DisclosureDemoRecords.any(connection)) {
                added += DisclosureDemoRecords.load(connection);
                added += BoardDemoRecords.load(connection);
                added += ConferenceDemoRecords.loadVillageMeetings(connection);
            }
            return added;
        });
    }

    /**
     * The records after the reform of 1 July 2025, on the new structure: the new units' regulations,
     * trainings, feedback, conferences, consultations and inspections of the second half of 2025 and of
     * 2026 (to the end of November), about the 54 communes directly under the province and the
     * agencies, public service units and enterprises that live on. Each kind is added once (a writer
     * that finds records of its kind after the reform adds none).
     */
    private int loadRecent(Connection connection) throws SQLException {
        List<DemoUnits.Stored> communes = DemoUnits.communesUnderProvince(connection);
        if (communes.isEmpty()) {
            return 0; // the reform is not applied: nothing to add on its structure
        }
        List<DemoUnits.Stored> workplaces = DemoUnits.workplaces(connection);
        int added = RegulationDemoRecords.loadRecent(connection);
        added += TrainingDemoRecords.loadRecent(connection, communes);
        added += FeedbackDemoRecords.loadRecent(connection, config, communes, workplaces);
        added += ConferenceDemoRecords.loadRecent(connection, workplaces);
        added += ConsultationDemoRecords.loadRecent(connection, communes);
        added += InspectionDemoRecords.loadRecent(connection);
        return added;
    }

    /**
     * The people's part of 2025 and 2026 once the reorganisations are applied and its 2024 part is
     * there (added once): the old communes' disclosures and boards up to their last day, the new
     * communes' disclosures and people's inspection boards, the Front's work, the villages' meetings.
     */
    private static int loadPeopleRecent(Connection connection) throws SQLException {
        List<DemoUnits.Stored> communes = DemoUnits.communesUnderProvince(connection);
        if (communes.isEmpty() || !BoardDemoRecords.recentMissing(connection)) {
            return 0; // the reform is not applied, the 2024 part is missing, or this part is already there
        }
        int added = DisclosureDemoRecords.loadRecent(connection, communes);
        added += BoardDemoRecords.loadRecent(connection, communes);
        added += ConferenceDemoRecords.loadRecentVillageMeetings(connection);
        return added;
    }
}
