package vn.coso.common.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Coso's own settings (prefix {@code coso}); production values come from environment variables. */
@ConfigMapping(prefix = "coso")
public interface CosoConfig {

    Demo demo();

    Http http();

    Imports imports();

    Abuse abuse();

    Calendar calendar();

    Feedback feedback();

    Inspections inspections();

    Security security();

    Production production();

    interface Demo {
        /** Load the Quảng Ninh demo data at start (idempotent). Env: COSO_DEMO_ENABLED. */
        @WithDefault("false")
        boolean enabled();

        /**
         * Which province the demo shows: {@code now} (the 2024 records, both reorganisations, then 2025 H2
         * and 2026 on the 54 communes) or {@code 2024} (the 2024 structure and records with the steering
         * committee only: the browser tests' flows are written on its wards). Env: COSO_DEMO_STRUCTURE.
         */
        @WithDefault("now")
        String structure();
    }

    interface Http {
        /** Largest request body of every operation but the spreadsheet upload (413 above). */
        @WithDefault("1M")
        MemorySize maxBodySize();

        /** Largest request body of the public, signed-out operations (413 above). */
        @WithDefault("64K")
        MemorySize maxPublicBodySize();
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

    /** Protection of the public operations: see {@link vn.coso.common.abuse}. */
    interface Abuse {
        /**
         * How long one salt of the client-address hashes lives; rate-limit windows restart when it
         * turns, so keep it much longer than the longest window.
         */
        @WithDefault("1d")
        Duration saltRotation();

        /** How long the first answer to a POST is replayed to retries that carry its Idempotency-Key. */
        @WithDefault("24h")
        Duration idempotencyRetention();

        /** Limits by name, e.g. {@code coso.abuse.rate-limits.public-feedback.requests=5}. */
        Map<String, RateLimit> rateLimits();

        /** The limit of a name that is not configured. */
        RateLimit defaultRateLimit();
    }

    interface RateLimit {
        /** Requests one client may make in a window; more answer 429. */
        @WithDefault("20")
        int requests();

        @WithDefault("10m")
        Duration window();
    }

    /** Working time, for deadlines in working hours and days (the holidays are in the database). */
    interface Calendar {
        @WithDefault("Asia/Ho_Chi_Minh")
        ZoneId zone();

        /** The working periods of a working day (giờ hành chính). */
        @WithDefault("08:00-12:00,13:00-17:00")
        List<String> workingHours();
    }

    interface Feedback {
        /**
         * Deadlines by type and priority ({@code feedback-normal}, {@code feedback-urgent},
         * {@code petition-normal}, {@code petition-urgent}) in working time: "8h", "10d".
         */
        Map<String, DeadlineRule> deadlines();

        /**
         * How long the sender's name and contact are kept after the feedback was closed or rejected
         * (Decree 13/2023/NĐ-CP: only as long as the feedback needs them); then they are deleted.
         */
        @WithDefault("365d")
        Duration senderRetention();

        /** A feedback escalated to the parent unit and still overdue this long after is escalated to the province. */
        @WithDefault("2d")
        Duration escalateAgainAfter();
    }

    interface Inspections {
        /**
         * A recommendation not yet done is announced to the officers of its responsible unit this many days
         * before its due date (once; one missed by a stopped scan is still announced up to as long after).
         */
        @WithDefault("7")
        int recommendationDueWithinDays();
    }

    interface DeadlineRule {
        /** From receipt to acknowledgement (assigned, started, answered or rejected). */
        String acknowledge();

        /** From acknowledgement (while there is none, from its deadline) to the answer. */
        String answer();
    }

    interface Security {
        Revocation revocation();
    }

    /** Access tokens refused before they expire: see {@link vn.coso.common.security.TokenRevocations}. */
    interface Revocation {
        /** How often each instance reads the revocation list again: the delay before other instances enforce one. */
        @WithDefault("10s")
        Duration refresh();

        /** How long a revocation is kept: longer than the realm's access-token lifespan (15 minutes). */
        @WithDefault("1h")
        Duration retention();
    }

    /** What the prod profile allows: see {@link ProductionSettings}. */
    interface Production {
        /**
         * Accept an OIDC issuer over plain HTTP in the prod profile (e.g. behind a TLS-terminating proxy
         * on a private network). Env: COSO_PRODUCTION_ALLOW_HTTP_ISSUER.
         */
        @WithDefault("false")
        boolean allowHttpIssuer();
    }
}
