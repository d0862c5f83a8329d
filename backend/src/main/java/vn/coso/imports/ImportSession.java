package vn.coso.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * One kind's side of one import job. The runner calls it in three passes over the file:
 * <ol>
 *   <li>reading: {@link #parse} every row, the runner finds duplicate {@link #key}s, {@link #remember}
 *       keeps what other rows' checks need (e.g. the tree the file describes);</li>
 *   <li>checking: {@link #prepare}, then per chunk of rows {@link #load}, {@link #complete} and
 *       {@link #check};</li>
 *   <li>writing, only when nothing was wrong and it is not a dry run, in one transaction:
 *       {@link #prepare} again with locks, per chunk {@link #load}, {@link #check} again (the database
 *       may have changed since) and {@link #write}, then {@link #finish}.</li>
 * </ol>
 * Only what the checks need stays in memory between chunks: keys and a few facts per record.
 *
 * @param <R> one parsed row
 */
public abstract class ImportSession<R> {

    protected final ImportCaller caller;
    private ImportLayout layout;

    protected ImportSession(ImportCaller caller) {
        this.caller = caller;
    }

    void useLayout(ImportLayout layout) {
        this.layout = layout;
    }

    /**
     * Whether the file has this column. A row that updates a record changes only the columns the
     * file has: a blank cell clears a value, a missing column keeps it (see {@link #complete}).
     */
    protected boolean fileHas(String field) {
        return layout.present(field);
    }

    /** The row's values, typed and checked field by field; problems go on the row. Runs in every pass. */
    protected abstract R parse(ImportRow row);

    /** What makes the row an update of an existing record, folded for comparison; null when there is none. */
    protected abstract String key(R record);

    /** The field blamed when two rows have the same key. */
    protected abstract String keyField();

    /** How the per-row report names the record (a code, a card number…). */
    protected abstract String label(R record);

    /** Reading pass: keep what checking other rows needs. May add problems to the row. */
    protected void remember(R record, ImportRow row) {
    }

    /**
     * Before the checking pass and again at the start of the writing transaction: load from the
     * database what the whole file needs, forgetting what an earlier pass loaded; when writing, lock
     * the records that will be updated.
     */
    protected void prepare(Connection connection, boolean forWrite) throws SQLException {
    }

    /** Before checking a chunk of rows: load what they need; when writing, lock what they update. */
    protected void load(List<R> chunk, Connection connection, boolean forWrite) throws SQLException {
    }

    /**
     * After {@link #load}, before {@link #check}: a row that updates a record takes the record's values
     * for the columns the file does not have. What it answers is checked and written.
     */
    protected R complete(R record) {
        return record;
    }

    /** The rules of the records, as the service applies them; problems go on the row. */
    protected abstract ImportAction check(R record, ImportRow row);

    /** Writes a checked chunk; rows whose action is UNCHANGED are skipped. */
    protected abstract void write(List<R> records, List<ImportAction> actions, Connection connection)
            throws SQLException;

    /** Sets one row's values on a prepared statement, for {@link #writeBatches}. */
    @FunctionalInterface
    protected interface RowStatement<R> {
        void set(PreparedStatement statement, R row) throws SQLException;
    }

    /**
     * Writes a checked chunk as two JDBC batches: the rows whose action is CREATE through
     * {@code insertSql}, those whose action is UPDATE through {@code updateSql}; UNCHANGED rows are
     * skipped. The kind sets each statement's values.
     */
    protected static <R> void writeBatches(List<R> records, List<ImportAction> actions, Connection connection,
                                           String insertSql, RowStatement<R> insertValues,
                                           String updateSql, RowStatement<R> updateValues) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(insertSql);
             PreparedStatement update = connection.prepareStatement(updateSql)) {
            boolean inserts = false;
            boolean updates = false;
            for (int i = 0; i < records.size(); i++) {
                if (actions.get(i) == ImportAction.CREATE) {
                    insertValues.set(insert, records.get(i));
                    insert.addBatch();
                    inserts = true;
                } else if (actions.get(i) == ImportAction.UPDATE) {
                    updateValues.set(update, records.get(i));
                    update.addBatch();
                    updates = true;
                }
            }
            if (inserts) {
                insert.executeBatch();
            }
            if (updates) {
                update.executeBatch();
            }
        }
    }

    /** After the last chunk, in the same transaction: what needs every row written first (tree paths…). */
    protected void finish(Connection connection) throws SQLException {
    }
}
