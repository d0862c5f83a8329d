package vn.coso.attachments;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Attachments' settings (prefix {@code coso.attachments}); see README "Configure". */
@ConfigMapping(prefix = "coso.attachments")
public interface AttachmentConfig {

    /** Where the content lives: {@code database} (default; nothing else to run) or {@code filesystem}. */
    @WithDefault("database")
    StorageKind storage();

    /** The folder of the filesystem back end: shared by every instance (NFS, a mounted volume). */
    Optional<Path> directory();

    /** Largest file (413 above). Env: COSO_ATTACHMENTS_MAX_FILE_SIZE. */
    @WithDefault("20M")
    MemorySize maxFileSize();

    /** Files one record may hold (422 above). */
    @WithDefault("20")
    int maxFilesPerRecord();

    /** Bytes one record may hold in all (422 above). */
    @WithDefault("100M")
    MemorySize maxBytesPerRecord();

    /** Files a citizen may add to a feedback from the portal. */
    @WithDefault("3")
    int maxPublicFiles();

    /** How long after sending a feedback the portal may still add its files. */
    @WithDefault("2h")
    Duration publicUploadWindow();

    /** Largest image in pixels, read from its header before any decoding (422 above). */
    @WithDefault("50000000")
    long maxPixels();

    /** Longest side of a thumbnail, in pixels. */
    @WithDefault("320")
    int thumbnailSize();

    /** Size of one content row of the database back end. */
    @WithDefault("256K")
    MemorySize chunkSize();

    /** Where uploads wait while they are checked; default the system's temp folder. */
    Optional<Path> workDirectory();

    /** How often the orphan sweep runs on each instance. */
    @WithDefault("10m")
    Duration sweepInterval();

    Clamd clamd();

    enum StorageKind { DATABASE, FILESYSTEM }

    /** ClamAV's daemon: when a host is set every file is scanned (INSTREAM) before it is stored. */
    interface Clamd {
        Optional<String> host();

        @WithDefault("3310")
        int port();

        @WithDefault("30s")
        Duration timeout();
    }
}
