package vn.coso.common.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Coso's own settings (prefix {@code coso}); production values come from environment variables. */
@ConfigMapping(prefix = "coso")
public interface CosoConfig {

    Demo demo();

    Http http();

    Imports imports();

    interface Demo {
        /** Load the Quảng Ninh demo data at start (idempotent). Env: COSO_DEMO_ENABLED. */
        @WithDefault("false")
        boolean enabled();
    }

    interface Http {
        /** Largest request body of every operation but the spreadsheet upload (413 above). */
        @WithDefault("1M")
        MemorySize maxBodySize();
    }

    interface Imports {
        /** Largest spreadsheet accepted (413 above). Env: COSO_IMPORTS_MAX_FILE_SIZE. */
        @WithDefault("20M")
        MemorySize maxFileSize();

        /** Where uploads wait for their job on the instance that received them; default the system's temp folder. */
        Optional<Path> directory();

        /** Imports processed at once on one instance; more wait in its queue. */
        @WithDefault("2")
        int concurrency();

        /** Imports that may wait on one instance; beyond that the upload answers 503. */
        @WithDefault("20")
        int queue();

        /** Rows checked, and written, per database round. */
        @WithDefault("500")
        int chunkSize();

        /** A queued or running job whose instance has shown no progress for this long is reported failed. */
        @WithDefault("5m")
        Duration staleAfter();

        /** Errors kept per job (the count stays exact beyond it). */
        @WithDefault("10000")
        int maxStoredErrors();

        /** Time allowed to the one transaction that writes a file. */
        @WithDefault("30m")
        Duration writeTimeout();

        /** Finished jobs, their errors and row reports are deleted after this long. */
        @WithDefault("30d")
        Duration retention();
    }
}
