-- Quy chế dân chủ ở cơ sở (QCDC) of a unit; a village's hương ước / quy ước is kind CONVENTION.
CREATE TABLE regulation (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    unit_id       BIGINT       NOT NULL,
    kind          VARCHAR(16)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    number        VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NULL,
    title         VARCHAR(500) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NOT NULL,
    issue_date    DATE         NULL,
    status        VARCHAR(32)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    replaces_id   BIGINT       NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    created_at    DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_regulation_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_regulation_replaces FOREIGN KEY (replaces_id) REFERENCES regulation (id),
    INDEX ix_regulation_unit_status (unit_id, status),
    INDEX ix_regulation_status_issue_date (status, issue_date),
    INDEX ix_regulation_updated_at (updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
