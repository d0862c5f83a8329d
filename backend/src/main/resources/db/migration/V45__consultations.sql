-- Consultations on a unit's draft (lấy ý kiến dự thảo) and the comments people send, with the
-- unit's answer to each (tiếp thu, giải trình). Whether a consultation is open follows from its
-- dates; the status only records what the unit did (published, concluded, cancelled).
CREATE TABLE consultation (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    unit_id       BIGINT       NOT NULL,
    kind          VARCHAR(16)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    title         VARCHAR(500) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NOT NULL,
    draft_text    MEDIUMTEXT   CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NOT NULL,
    opens_on      DATE         NOT NULL,
    closes_on     DATE         NOT NULL,
    status        VARCHAR(16)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    published_at  DATETIME(6)  NULL,
    concluded_at  DATETIME(6)  NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    created_at    DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_consultation_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT ck_consultation_window CHECK (closes_on >= opens_on),
    INDEX ix_consultation_unit_opens_on (unit_id, opens_on),
    -- The public list: published ones by their window.
    INDEX ix_consultation_status_opens_on (status, opens_on),
    INDEX ix_consultation_updated_at (updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- The commenter's name and contact are kept only with their consent, and shown only to admin.
CREATE TABLE consultation_comment (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    consultation_id  BIGINT        NOT NULL,
    body             TEXT          CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NOT NULL,
    author_name      VARCHAR(255)  CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NULL,
    author_phone     VARCHAR(32)   CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NULL,
    author_email     VARCHAR(255)  CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NULL,
    received_at      DATETIME(6)   NOT NULL,
    outcome          VARCHAR(16)   CHARACTER SET ascii COLLATE ascii_bin NULL,
    explanation      VARCHAR(4000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NULL,
    answered_at      DATETIME(6)   NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_consultation_comment_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
    CONSTRAINT ck_consultation_comment_answer CHECK ((outcome IS NULL) = (explanation IS NULL)),
    INDEX ix_consultation_comment_consultation (consultation_id, received_at),
    INDEX ix_consultation_comment_outcome (consultation_id, outcome)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- A regulation may name the consultation that preceded it.
ALTER TABLE regulation
    ADD COLUMN consultation_id BIGINT NULL AFTER replaces_id,
    ADD CONSTRAINT fk_regulation_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id);
