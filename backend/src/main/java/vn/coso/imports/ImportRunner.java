package vn.coso.imports;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.jboss.logging.Logger;
import vn.coso.common.config.CosoConfig;
import vn.coso.common.i18n.Messages;
import vn.coso.common.i18n.Msg;
import vn.coso.common.web.Texts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Processes one import job in the background, in three passes over the stored file (see
 * {@link ImportSession}): reading, checking, and — for a real run of a file without problems —
 * writing everything in one transaction. Memory stays bounded: rows are streamed, checked and
 * written a chunk at a time, and only keys and the few facts the checks need are kept.
 */
@ApplicationScoped
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class);
    /** A title or notes may stand above the header row; it is looked for in this many non-empty rows. */
    private static final int HEADER_SEARCH_ROWS = 10;
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(1);

    private final ImportJobRepository jobs;
    private final AgroalDataSource dataSource;
    private final ValidatorFactory validation;
    private final CosoConfig.Imports config;
    private final Messages messages;

    public ImportRunner(ImportJobRepository jobs, AgroalDataSource dataSource, ValidatorFactory validation,
                        CosoConfig config, Messages messages) {
        this.jobs = jobs;
        this.dataSource = dataSource;
        this.validation = validation;
        this.config = config.imports();
        this.messages = messages;
    }

    /** Runs a queued job to its end and deletes its file; never throws. */
    public void run(long jobId, ImportKind kind, ImportCaller caller, Path file, FileFormat format, boolean dryRun) {
        try {
            boolean started = QuarkusTransaction.requiringNew().call(() -> jobs.start(jobId, Instant.now()));
            if (started) {
                new Job<>(jobId, kind, kind.open(caller), file, format, dryRun, caller.locale()).run();
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "Import job %d could not be recorded as finished", jobId);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warnf("Could not delete the upload of import job %d: %s", jobId, e.getMessage());
            }
        }
    }

    /** Records changed between the checking and the writing pass; the transaction rolls back. */
    private static final class ChangedMeanwhile extends RuntimeException {
        ChangedMeanwhile() {
            super(null, null, false, false);
        }
    }

    private final class Job<R> {

        private final long id;
        private final ImportKind kind;
        private final ImportSession<R> session;
        private final Path file;
        private final FileFormat format;
        private final boolean dryRun;
        private final ImportRecorder recorder;
        /** The requester's language: the report's messages, Bean Validation's included, are written in it. */
        private final Locale locale;
        private final Validator validator;
        /** Rows with problems found while reading (by row number). */
        private final BitSet invalid = new BitSet();

        private ImportLayout layout;
        private int headerRow;
        private List<String> ignoredColumns = List.of();
        private int total;
        private int skipped;
        private final int[] counts = new int[ImportAction.values().length];

        private ImportPhase phase;
        private int processed;
        private Instant lastProgress = Instant.EPOCH;

        Job(long id, ImportKind kind, ImportSession<R> session, Path file, FileFormat format, boolean dryRun,
            Locale locale) {
            this.locale = Messages.supported(locale);
            this.validator = validation.usingContext()
                    .messageInterpolator(new InLanguage(validation.getMessageInterpolator(), this.locale))
                    .getValidator();
            this.id = id;
            this.kind = kind;
            this.session = session;
            this.file = file;
            this.format = format;
            this.dryRun = dryRun;
            this.recorder = new ImportRecorder(id, dataSource, config.maxStoredErrors());
        }

        void run() {
            try {
                read();
                // Checked even when reading found problems, so that one report names them all.
                check();
                if (recorder.errorCount() > 0) {
                    recorder.flush();
                    finish(ImportStatus.FAILED, text(dryRun ? "import.failed.problems"
                            : "import.failed.problems.nothing-written", recorder.errorCount()));
                    return;
                }
                if (!dryRun) {
                    write();
                }
                recorder.flush();
                finish(ImportStatus.SUCCEEDED, null);
            } catch (ImportFileException e) {
                String message = e.detail() == null ? e.getMessage() : messages.text(locale, e.detail());
                if (!e.reported()) {
                    recorder.error(new ImportRow.RowError(Math.max(e.row(), 1), null, null, null, message));
                }
                recorder.flush();
                finish(ImportStatus.FAILED, message);
            } catch (ChangedMeanwhile e) {
                recorder.flush();
                Arrays.fill(counts, 0);
                finish(ImportStatus.FAILED, text("import.failed.changed"));
            } catch (RuntimeException e) {
                Arrays.fill(counts, 0);
                if (causedBy(e, SQLIntegrityConstraintViolationException.class)) {
                    LOG.infof("Import job %d met a concurrent change: %s", id, e.getMessage());
                    safeFlush();
                    finish(ImportStatus.FAILED, text("import.failed.duplicate"));
                } else {
                    String errorId = UUID.randomUUID().toString();
                    LOG.errorf(e, "Import job %d failed, error id %s", id, errorId);
                    safeFlush();
                    finish(ImportStatus.FAILED, text("import.failed.internal", errorId));
                }
            }
        }

        /** Pass 1: the header, then every row's types, required values and duplicate keys. */
        private void read() {
            Map<String, Integer> firstRowOfKey = new HashMap<>();
            List<List<String>> rowsBeforeHeader = new ArrayList<>();
            progress(ImportPhase.READING, null);
            SheetReader.of(format).read(file, (number, cells) -> {
                if (layout == null) {
                    findHeader(number, cells, rowsBeforeHeader);
                    return;
                }
                ImportRow row = dataRow(number, cells);
                if (row == null) {
                    return;
                }
                if (isExample(row)) {
                    skipped++;
                    return;
                }
                total++;
                R record = session.parse(row);
                String key = session.key(record);
                if (key != null) {
                    Integer first = firstRowOfKey.putIfAbsent(key, number);
                    if (first != null) {
                        row.error(session.keyField(), Msg.of("import.row.duplicate-key", String.valueOf(first)));
                    }
                }
                session.remember(record, row);
                if (row.hasErrors()) {
                    invalid.set(number);
                    row.errors().forEach(recorder::error);
                }
                tick();
            });
            if (layout == null) {
                throw new ImportFileException(1, text("import.header.none",
                        String.join(", ", kind.columns().stream().map(ImportColumn::templateHeader).toList())));
            }
        }

        private void findHeader(int number, List<String> cells, List<List<String>> rowsBeforeHeader) {
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                return;
            }
            HeaderRow header = HeaderRow.tryRow(kind.columns(), cells);
            if (header == null) {
                rowsBeforeHeader.add(cells);
                if (rowsBeforeHeader.size() >= HEADER_SEARCH_ROWS) {
                    throw new ImportFileException(number, text("import.header.none-within", HEADER_SEARCH_ROWS,
                            kind.columns().get(0).templateHeader()));
                }
                return;
            }
            headerRow = number;
            ignoredColumns = header.ignored;
            for (var repeated : header.repeated.entrySet()) {
                recorder.error(new ImportRow.RowError(number, repeated.getKey().field(), repeated.getValue().get(1), null,
                        text("import.header.repeated", repeated.getValue().get(0))));
            }
            for (int i = 0; i < kind.columns().size(); i++) {
                ImportColumn column = kind.columns().get(i);
                if (column.required() && header.fileIndexes[i] < 0) {
                    recorder.error(new ImportRow.RowError(number, column.field(), column.templateHeader(), null,
                            text("import.header.missing")));
                }
            }
            if (recorder.errorCount() > 0) {
                throw new ImportFileException(number, text("import.header.invalid"), true);
            }
            layout = new ImportLayout(kind.columns(), header.fileIndexes, header.fileHeaders, validator, messages, locale);
            session.useLayout(layout);
        }

        /** Pass 2: every row against the database and the rules, chunk by chunk; records what each would do. */
        private void check() {
            progress(ImportPhase.VALIDATING, total);
            try (Connection connection = dataSource.getConnection()) {
                session.prepare(connection, false);
                forEachChunk(chunk -> checkChunk(chunk, connection, false));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Pass 3: in one transaction, every row checked again under lock and written. */
        private void write() {
            Arrays.fill(counts, 0);
            progress(ImportPhase.WRITING, total);
            QuarkusTransaction.requiringNew().timeout((int) config.writeTimeout().toSeconds()).run(() -> {
                try (Connection connection = dataSource.getConnection()) {
                    session.prepare(connection, true);
                    forEachChunk(chunk -> {
                        List<ImportAction> actions = checkChunk(chunk, connection, true);
                        try {
                            session.write(chunk.records, actions, connection);
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    session.finish(connection);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        private List<ImportAction> checkChunk(Chunk<R> chunk, Connection connection, boolean forWrite) {
            try {
                session.load(chunk.records, connection, forWrite);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            List<ImportAction> actions = new ArrayList<>(chunk.rows.size());
            boolean changed = false;
            for (int i = 0; i < chunk.rows.size(); i++) {
                ImportRow row = chunk.rows.get(i);
                R record = session.complete(chunk.records.get(i));
                chunk.records.set(i, record);
                int before = chunk.parseErrors.get(i);
                ImportAction action = session.check(record, row);
                List<ImportRow.RowError> found = row.errors().subList(before, row.errors().size());
                found.forEach(recorder::error);
                boolean bad = invalid.get(row.number()) || !found.isEmpty();
                ImportAction outcome = bad ? ImportAction.INVALID : action;
                actions.add(outcome);
                counts[outcome.ordinal()]++;
                changed |= bad;
                if (!forWrite) {
                    recorder.outcome(row.number(), outcome, session.label(record));
                }
                tick();
            }
            if (forWrite && changed) {
                throw new ChangedMeanwhile();
            }
            return actions;
        }

        /** Reads the file again and hands its data rows over in chunks, each row parsed again. */
        private void forEachChunk(Consumer<Chunk<R>> handler) {
            var current = new Object() {
                Chunk<R> chunk = new Chunk<>();
            };
            SheetReader.of(format).read(file, (number, cells) -> {
                if (number <= headerRow) {
                    return;
                }
                ImportRow row = dataRow(number, cells);
                if (row == null || isExample(row)) {
                    return;
                }
                R record = session.parse(row);
                current.chunk.add(row, record);
                if (current.chunk.rows.size() >= config.chunkSize()) {
                    handler.accept(current.chunk);
                    current.chunk = new Chunk<>();
                }
            });
            if (!current.chunk.rows.isEmpty()) {
                handler.accept(current.chunk);
            }
        }

        /** The row's cells for the kind's columns, cleaned; null when they are all empty. */
        private ImportRow dataRow(int number, List<String> cells) {
            List<ImportColumn> columns = layout.columns();
            String[] values = new String[columns.size()];
            boolean empty = true;
            for (int i = 0; i < values.length; i++) {
                int index = layout.fileIndex(i);
                String value = index >= 0 && index < cells.size() ? Texts.clean(cells.get(index)) : null;
                values[i] = value;
                empty &= value == null;
            }
            return empty ? null : new ImportRow(number, values, layout);
        }

        /** The template's example row, left as it was downloaded, is not data. */
        private boolean isExample(ImportRow row) {
            List<ImportColumn> columns = layout.columns();
            boolean compared = false;
            for (int i = 0; i < columns.size(); i++) {
                if (layout.fileIndex(i) < 0) {
                    continue;
                }
                String example = columns.get(i).example();
                String value = row.values()[i];
                if (example == null ? value != null : !example.equals(value)) {
                    return false;
                }
                compared |= example != null;
            }
            return compared;
        }

        private void progress(ImportPhase next, Integer totalRows) {
            phase = next;
            processed = 0;
            writeProgress(totalRows);
        }

        private void tick() {
            processed++;
            if (Duration.between(lastProgress, Instant.now()).compareTo(PROGRESS_EVERY) >= 0) {
                writeProgress(phase == ImportPhase.READING ? null : total);
            }
        }

        private void writeProgress(Integer totalRows) {
            Instant now = Instant.now();
            lastProgress = now;
            recorder.flush();
            QuarkusTransaction.requiringNew().run(() -> jobs.progress(id, phase, processed, totalRows, now));
        }

        private String text(String key, Object... args) {
            return messages.text(locale, key, args);
        }

        private void finish(ImportStatus status, String failure) {
            ImportJobRepository.Counts result = new ImportJobRepository.Counts(layout == null ? null : total,
                    processed, skipped, counts[ImportAction.CREATE.ordinal()], counts[ImportAction.UPDATE.ordinal()],
                    counts[ImportAction.UNCHANGED.ordinal()], recorder.errorCount(),
                    ignoredColumns.isEmpty() ? null : truncate(String.join(", ", ignoredColumns)));
            QuarkusTransaction.requiringNew().run(() -> jobs.finish(id, status, result, failure, Instant.now()));
        }

        private void safeFlush() {
            try {
                recorder.flush();
            } catch (RuntimeException e) {
                LOG.warnf("Import job %d: could not record its report: %s", id, e.getMessage());
            }
        }
    }

    /** Bean Validation's messages in a given language, whatever the thread's request says. */
    private record InLanguage(MessageInterpolator delegate, Locale locale) implements MessageInterpolator {

        @Override
        public String interpolate(String template, Context context) {
            return delegate.interpolate(template, context, locale);
        }

        @Override
        public String interpolate(String template, Context context, Locale ignored) {
            return delegate.interpolate(template, context, locale);
        }
    }

    /** A chunk of parsed rows, with how many problems each had after parsing. */
    private static final class Chunk<R> {
        final List<ImportRow> rows = new ArrayList<>();
        final List<R> records = new ArrayList<>();
        final List<Integer> parseErrors = new ArrayList<>();

        void add(ImportRow row, R record) {
            rows.add(row);
            records.add(record);
            parseErrors.add(row.errors().size());
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String truncate(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 999) + "…";
    }
}
