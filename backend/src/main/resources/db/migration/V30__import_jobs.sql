-- Spreadsheet imports run as jobs. Their state lives here, not in an instance's memory, so that any
-- instance answers GET /imports/{id}; the uploaded file stays on the instance that processes it.
CREATE TABLE import_job (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    kind            VARCHAR(32)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    dry_run         BOOLEAN       NOT NULL,
    status          VARCHAR(16)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    phase           VARCHAR(16)   CHARACTER SET ascii COLLATE ascii_bin NULL,
    file_format     VARCHAR(8)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    file_size       BIGINT        NOT NULL,
    total_rows      INT           NULL,
    processed_rows  INT           NOT NULL DEFAULT 0,
    skipped_rows    INT           NOT NULL DEFAULT 0,
    create_count    INT           NOT NULL DEFAULT 0,
    update_count    INT           NOT NULL DEFAULT 0,
    unchanged_count INT           NOT NULL DEFAULT 0,
    error_count     INT           NOT NULL DEFAULT 0,
    ignored_columns VARCHAR(1000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NULL,
    failure         VARCHAR(1000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NULL,
    created_by      VARCHAR(255)  CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NOT NULL,
    -- The instance processing the job; its other jobs' progress shows that it is alive.
    instance_id     VARCHAR(64)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    started_at      DATETIME(6)   NULL,
    finished_at     DATETIME(6)   NULL,
    heartbeat_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_import_job_created_by (created_by, created_at),
    INDEX ix_import_job_instance (instance_id, status),
    INDEX ix_import_job_finished_at (finished_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Every problem found in a file: its row as the spreadsheet shows it and its column.
CREATE TABLE import_job_error (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    job_id      BIGINT        NOT NULL,
    sheet_row   INT           NOT NULL,
    field       VARCHAR(64)   CHARACTER SET ascii COLLATE ascii_bin NULL,
    column_name VARCHAR(255)  CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NULL,
    cell_value  VARCHAR(500)  CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NULL,
    message     VARCHAR(1000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_import_job_error_job FOREIGN KEY (job_id) REFERENCES import_job (id) ON DELETE CASCADE,
    INDEX ix_import_job_error_job_row (job_id, sheet_row, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- What each data row does (or would do, in a dry run): CREATE, UPDATE, UNCHANGED or INVALID.
CREATE TABLE import_job_row (
    job_id    BIGINT       NOT NULL,
    sheet_row INT          NOT NULL,
    action    VARCHAR(16)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    label     VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NULL,
    PRIMARY KEY (job_id, sheet_row),
    CONSTRAINT fk_import_job_row_job FOREIGN KEY (job_id) REFERENCES import_job (id) ON DELETE CASCADE,
    INDEX ix_import_job_row_action (job_id, action, sheet_row)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
