-- Feedback (ý kiến, phản ánh, kiến nghị) of citizens and workers about a unit, and its handling.
-- The sender's name and contact live in a table of their own, read for admins only, and deleted
-- with the feedback; an anonymous feedback has no sender row at all.

CREATE TABLE feedback (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    -- Random, not derived from the id; what the sender quotes to follow the feedback.
    tracking_code       CHAR(10)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    unit_id             BIGINT        NOT NULL,
    democracy_right     VARCHAR(16)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    type                VARCHAR(16)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    channel             VARCHAR(16)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    title               VARCHAR(200)  CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NOT NULL,
    text                TEXT          CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NOT NULL,
    anonymous           BOOLEAN       NOT NULL,
    status              VARCHAR(16)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    priority            VARCHAR(16)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    received_at         DATETIME(6)   NOT NULL,
    acknowledged_at     DATETIME(6)   NULL,
    acknowledge_due_at  DATETIME(6)   NOT NULL,
    answer_due_at       DATETIME(6)   NOT NULL,
    assigned_unit_id    BIGINT        NULL,
    assignee            VARCHAR(255)  CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NULL,
    answer              TEXT          CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NULL,
    answer_published    BOOLEAN       NOT NULL DEFAULT FALSE,
    answered_at         DATETIME(6)   NULL,
    closed_at           DATETIME(6)   NULL,
    reject_reason       VARCHAR(32)   CHARACTER SET ascii COLLATE ascii_bin NULL,
    reject_note         VARCHAR(1000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NULL,
    rating              INT           NULL,
    rating_comment      VARCHAR(1000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NULL,
    rated_at            DATETIME(6)   NULL,
    -- The staff member or system that recorded it; null when the sender submitted it.
    recorded_by         VARCHAR(255)  CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_feedback_tracking_code UNIQUE (tracking_code),
    CONSTRAINT fk_feedback_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_feedback_assigned_unit FOREIGN KEY (assigned_unit_id) REFERENCES unit (id),
    CONSTRAINT ck_feedback_rating CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
    CONSTRAINT ck_feedback_status CHECK (status IN ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS', 'ANSWERED', 'CLOSED', 'REJECTED')),
    INDEX ix_feedback_unit_received (unit_id, received_at),
    INDEX ix_feedback_assigned_unit (assigned_unit_id),
    INDEX ix_feedback_received_at (received_at),
    -- The overdue filter: open feedback by deadline.
    INDEX ix_feedback_status_answer_due (status, answer_due_at),
    INDEX ix_feedback_updated_at (updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Kept only with the sender's consent (Decree 13/2023/NĐ-CP), only for admins' eyes.
CREATE TABLE feedback_sender (
    feedback_id   BIGINT       NOT NULL,
    name          VARCHAR(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NULL,
    phone         VARCHAR(32)  CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NULL,
    email         VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NULL,
    consented_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (feedback_id),
    CONSTRAINT fk_feedback_sender_feedback FOREIGN KEY (feedback_id) REFERENCES feedback (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
