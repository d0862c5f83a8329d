package vn.coso.imports;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a job's errors and row outcomes, in JDBC batches and transactions of their own (so that
 * they stay when the writing transaction rolls back). Errors beyond a limit are counted, not kept.
 */
final class ImportRecorder {

    private static final int BATCH = 500;

    private final long jobId;
    private final AgroalDataSource dataSource;
    private final int maxStoredErrors;
    private final List<ImportRow.RowError> errors = new ArrayList<>();
    private final List<Object[]> outcomes = new ArrayList<>();
    private int errorCount;
    private int keptErrors;

    ImportRecorder(long jobId, AgroalDataSource dataSource, int maxStoredErrors) {
        this.jobId = jobId;
        this.dataSource = dataSource;
        this.maxStoredErrors = maxStoredErrors;
    }

    void error(ImportRow.RowError error) {
        errorCount++;
        if (keptErrors < maxStoredErrors) {
            keptErrors++;
            errors.add(error);
            if (errors.size() >= BATCH) {
                flush();
            }
        }
    }

    void outcome(int row, ImportAction action, String label) {
        outcomes.add(new Object[] {row, action, label});
        if (outcomes.size() >= BATCH) {
            flush();
        }
    }

    int errorCount() {
        return errorCount;
    }

    void flush() {
        if (errors.isEmpty() && outcomes.isEmpty()) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource.getConnection()) {
                insertErrors(connection);
                insertOutcomes(connection);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot record the import's report", e);
            }
        });
        errors.clear();
        outcomes.clear();
    }

    private void insertErrors(Connection connection) throws SQLException {
        if (errors.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO import_job_error"
                + " (job_id, sheet_row, field, column_name, cell_value, message) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (ImportRow.RowError error : errors) {
                insert.setLong(1, jobId);
                insert.setInt(2, error.row());
                setText(insert, 3, error.field(), 64);
                setText(insert, 4, error.column(), 255);
                setText(insert, 5, error.value(), 500);
                setText(insert, 6, error.message(), 1000);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void insertOutcomes(Connection connection) throws SQLException {
        if (outcomes.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO import_job_row (job_id, sheet_row, action, label) VALUES (?, ?, ?, ?)")) {
            for (Object[] outcome : outcomes) {
                insert.setLong(1, jobId);
                insert.setInt(2, (Integer) outcome[0]);
                insert.setString(3, ((ImportAction) outcome[1]).name());
                setText(insert, 4, (String) outcome[2], 255);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void setText(PreparedStatement statement, int index, String value, int max) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value.length() <= max ? value : value.substring(0, max - 1) + "…");
        }
    }
}
