package vn.coso.imports;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.jboss.logging.Logger;
import vn.coso.common.config.CosoConfig;
import vn.coso.common.errors.ProblemException;
import vn.coso.common.i18n.Messages;
import vn.coso.common.i18n.Msg;
import vn.coso.common.i18n.RequestLocale;
import vn.coso.common.paging.PageRequest;
import vn.coso.common.paging.PageResult;
import vn.coso.common.security.CurrentUser;
import vn.coso.common.web.BodyLimits;
import vn.coso.common.security.ScopeGuard;
import vn.coso.imports.ImportDtos.ImportErrorResponse;
import vn.coso.imports.ImportDtos.ImportJobResponse;
import vn.coso.imports.ImportDtos.ImportRowResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.RejectedExecutionException;

/**
 * Spreadsheet imports: takes the file, queues its job on this instance, and answers any instance's
 * jobs from the database. A job is seen only by its creator and by admin.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);
    static final String LOST = "The instance processing this import stopped showing progress; "
            + "nothing was written. Upload the file again.";
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final Instance<ImportKind> kinds;
    private final ImportJobRepository jobs;
    private final ImportRunner runner;
    private final ImportExecutor executor;
    private final ImportTemplates templates;
    private final CurrentUser user;
    private final ScopeGuard guard;
    private final CosoConfig.Imports config;
    private final RequestLocale locale;
    private final Messages messages;

    public ImportService(Instance<ImportKind> kinds, ImportJobRepository jobs, ImportRunner runner,
                         ImportExecutor executor, ImportTemplates templates, CurrentUser user, ScopeGuard guard,
                         CosoConfig config, RequestLocale locale, Messages messages) {
        this.locale = locale;
        this.messages = messages;
        this.kinds = kinds;
        this.jobs = jobs;
        this.runner = runner;
        this.executor = executor;
        this.templates = templates;
        this.user = user;
        this.guard = guard;
        this.config = config.imports();
    }

    /** Stores the file, queues its job and answers it at once; the job runs in the background. */
    public ImportJobResponse submit(String kindName, String contentType, InputStream body, boolean dryRun) {
        ImportKind kind = kind(kindName);
        if (kind.roles().stream().noneMatch(user::hasRole)) {
            throw ProblemException.forbidden("import.role", kind.name());
        }
        FileFormat format = FileFormat.ofMediaType(contentType).orElseThrow(() -> ProblemException.of(415,
                "media-type.unsupported", Msg.of("import.media-type", FileFormat.CSV_TYPE, FileFormat.XLSX_TYPE)));
        ImportCaller caller = new ImportCaller(user.username(), user.isAdmin(), guard.current(), locale.get());
        Path file = store(body, format);
        long size = sizeOf(file);
        ImportJob job = QuarkusTransaction.requiringNew().call(() -> {
            jobs.deleteFinishedBefore(Instant.now().minus(config.retention()));
            return create(kind, format, size, dryRun, caller);
        });
        try {
            executor.submit(() -> runner.run(job.id, kind, caller, file, format, dryRun));
        } catch (RejectedExecutionException e) {
            delete(file);
            QuarkusTransaction.requiringNew().run(() -> jobs.markLost(job.id, ImportStatus.QUEUED, job.heartbeatAt,
                    messages.text(caller.locale(), "import.job.rejected"), Instant.now()));
            throw ProblemException.of(503, "import.busy");
        }
        return ImportMapper.toResponse(job);
    }

    public ImportJobResponse get(String id) {
        return ImportMapper.toResponse(findVisible(id));
    }

    public PageResult<ImportJobResponse> list(PageRequest page) {
        String createdBy = user.isAdmin() ? null : user.username();
        var sort = page.sort(ImportJobRepository.SORTABLE);
        List<ImportJob> found = QuarkusTransaction.requiringNew().call(() ->
                jobs.findFor(createdBy, sort, page.offset(), page.size()));
        long total = QuarkusTransaction.requiringNew().call(() -> jobs.countFor(createdBy));
        return new PageResult<>(found.stream().map(this::reportLost).toList(), page.page(), page.size(), total)
                .map(ImportMapper::toResponse);
    }

    public PageResult<ImportErrorResponse> errors(String id, PageRequest page) {
        ImportJob job = findVisible(id);
        var sort = page.sort(ImportJobRepository.ERRORS_SORTABLE);
        return QuarkusTransaction.requiringNew().call(() -> new PageResult<>(
                jobs.errors(job.id, sort, page.offset(), page.size()), page.page(), page.size(), jobs.countErrors(job.id))
                .map(ImportMapper::toResponse));
    }

    public PageResult<ImportRowResponse> rows(String id, ImportAction action, PageRequest page) {
        ImportJob job = findVisible(id);
        var sort = page.sort(ImportJobRepository.ROWS_SORTABLE);
        return QuarkusTransaction.requiringNew().call(() -> new PageResult<>(
                jobs.rows(job.id, action, sort, page.offset(), page.size()), page.page(), page.size(),
                jobs.countRows(job.id, action))
                .map(ImportMapper::toResponse));
    }

    /** The kind's template; anyone who may import something may download any template. */
    public Template template(String kindName, String formatName) {
        ImportKind kind = kind(kindName);
        FileFormat format = formatName == null || formatName.isBlank() ? FileFormat.XLSX
                : FileFormat.ofName(formatName).orElseThrow(() -> ProblemException.invalidField("format", "import.format"));
        byte[] content = format == FileFormat.CSV ? templates.csv(kind) : templates.xlsx(kind);
        return new Template("mau-nhap-" + kind.name() + "." + format.extension(), format.mediaType(), content);
    }

    public record Template(String fileName, String mediaType, byte[] content) {
    }

    public List<String> kindNames() {
        return kinds.stream().map(ImportKind::name).sorted(Comparator.naturalOrder()).toList();
    }

    private ImportKind kind(String name) {
        return kinds.stream().filter(k -> k.name().equals(name)).findFirst()
                .orElseThrow(() -> ProblemException.of(404, "import.kind.unknown", name,
                        String.join(", ", kindNames())));
    }

    /** A job of the caller's (any job for admin), or 404; a job whose instance died is reported failed. */
    private ImportJob findVisible(String id) {
        long jobId;
        try {
            jobId = Long.parseLong(id.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.notFound("record.import-job", id);
        }
        ImportJob job = QuarkusTransaction.requiringNew().call(() -> jobs.findById(jobId));
        if (job == null || !(user.isAdmin() || job.createdBy.equals(user.username()))) {
            throw ProblemException.notFound("record.import-job", id);
        }
        return reportLost(job);
    }

    /**
     * A running job that showed no progress for {@code coso.imports.stale-after}, or a queued one whose
     * instance shows none on any of its jobs, was lost with its instance: whoever reads it first
     * records it as failed.
     */
    private ImportJob reportLost(ImportJob job) {
        if (job.status.finished()) {
            return job;
        }
        Instant now = Instant.now();
        Instant cutoff = now.minus(config.staleAfter());
        if (!job.heartbeatAt.isBefore(cutoff)) {
            return job;
        }
        boolean lost = QuarkusTransaction.requiringNew().call(() ->
                (job.status == ImportStatus.RUNNING || !jobs.instanceAlive(job.instanceId, cutoff))
                        && jobs.markLost(job.id, job.status, job.heartbeatAt,
                        messages.text(Locale.forLanguageTag(job.language), "import.job.lost"), now));
        if (lost) {
            LOG.infof("Import job %d reported failed: no progress since %s", job.id, job.heartbeatAt);
        }
        return QuarkusTransaction.requiringNew().call(() -> jobs.findById(job.id));
    }

    private ImportJob create(ImportKind kind, FileFormat format, long size, boolean dryRun, ImportCaller caller) {
        ImportJob job = new ImportJob();
        job.kind = kind.name();
        job.dryRun = dryRun;
        job.status = ImportStatus.QUEUED;
        job.fileFormat = format;
        job.fileSize = size;
        job.createdBy = caller.username();
        job.language = Messages.supported(caller.locale()).toLanguageTag();
        job.instanceId = executor.instanceId();
        // Microseconds, as the database keeps them: markLost compares the heartbeat it read.
        job.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        job.heartbeatAt = job.createdAt;
        jobs.persistAndFlush(job);
        return job;
    }

    /** Copies the body to a file of this instance, counting: past the limit, 413 and nothing kept. */
    private Path store(InputStream body, FileFormat format) {
        long limit = config.maxFileSize().asLongValue();
        Path file;
        try {
            Path directory = config.directory().orElse(Path.of(System.getProperty("java.io.tmpdir"), "coso-imports"));
            Files.createDirectories(directory);
            file = Files.createTempFile(directory, "import-", "." + format.extension());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot store an upload", e);
        }
        long written = 0;
        byte[] head = new byte[ZIP_MAGIC.length];
        try (InputStream in = body; OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (written < head.length) {
                    System.arraycopy(buffer, 0, head, (int) written, (int) Math.min(n, head.length - written));
                }
                written += n;
                if (written > limit) {
                    throw ProblemException.of(413, "import.file-too-large", BodyLimits.megabytes(limit));
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            delete(file);
            throw ProblemException.of(400, "import.upload-failed");
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
        if (written == 0) {
            delete(file);
            throw ProblemException.of(400, "import.file-empty");
        }
        boolean zip = Arrays.equals(head, ZIP_MAGIC);
        if (format == FileFormat.XLSX && !zip) {
            delete(file);
            throw ProblemException.of(400, "import.not-xlsx", FileFormat.CSV_TYPE);
        }
        if (format == FileFormat.CSV && zip) {
            delete(file);
            throw ProblemException.of(400, "import.not-csv", FileFormat.XLSX_TYPE);
        }
        return file;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warnf("Could not delete an upload: %s", e.getMessage());
        }
    }
}
