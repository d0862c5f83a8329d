-- Directive documents (văn bản chỉ đạo): resolutions, directives, plans… A document belongs to the
-- scope of its issuing unit. Party organisations as issuers come with the party-organisation tables.

CREATE TABLE document (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    issuer_unit_id  BIGINT        NOT NULL,
    -- The body within the unit's political system that signed it, e.g. "Ban Thường vụ Tỉnh ủy".
    issuing_body    VARCHAR(255)  CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NULL,
    kind            VARCHAR(32)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    -- Compared under the column's collation, so "35-NQ/TU" and "35-nq/tu" are the same number.
    number          VARCHAR(64)   CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NOT NULL,
    issue_date      DATE          NOT NULL,
    issue_year      SMALLINT      AS (YEAR(issue_date)) PERSISTENT,
    title           VARCHAR(500)  CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NOT NULL,
    summary         VARCHAR(4000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_document_issuer_unit FOREIGN KEY (issuer_unit_id) REFERENCES unit (id),
    -- Issuers number their documents afresh each year.
    CONSTRAINT uq_document_issuer_year_number UNIQUE (issuer_unit_id, issue_year, number),
    INDEX ix_document_issue_date (issue_date),
    INDEX ix_document_issuer_issue_date (issuer_unit_id, issue_date),
    INDEX ix_document_updated_at (updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
