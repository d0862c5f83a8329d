-- Notifications: mails waiting to be sent (an outbox, sent after commit by a clustered job), staff's
-- in-app notifications and preferences, the directory of staff contacts refreshed from Keycloak, the
-- addresses that unsubscribed, and the escalation of feedback past a deadline.

CREATE TABLE mail_outbox (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    -- The Message-ID header, the same on every attempt, so a repeat is recognisable.
    message_id       VARCHAR(128)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    -- An address, deleted with the row soon after sending (coso.notifications.mail-retention).
    recipient        VARCHAR(320)  CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NOT NULL,
    subject          VARCHAR(500)  CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NOT NULL,
    body             TEXT          CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NOT NULL,
    unsubscribe_url  VARCHAR(1000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NULL,
    status           VARCHAR(16)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    attempts         INT           NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME(6)   NOT NULL,
    last_error       VARCHAR(500)  CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NULL,
    sent_at          DATETIME(6)   NULL,
    created_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_mail_outbox_message (message_id),
    INDEX ix_mail_outbox_due (status, next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Staff who may be told of events: officers and admins, with their unit, from Keycloak.
CREATE TABLE staff_contact (
    username      VARCHAR(255)  CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NOT NULL,
    email         VARCHAR(320)  CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NULL,
    display_name  VARCHAR(255)  CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NULL,
    role          VARCHAR(16)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    unit_id       BIGINT        NOT NULL,
    locale        VARCHAR(8)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    refreshed_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (username),
    INDEX ix_staff_contact_unit (unit_id, role)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE notification (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    username        VARCHAR(255)  CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NOT NULL,
    event_type      VARCHAR(64)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    feedback_id     BIGINT        NULL,
    unit_id         BIGINT        NOT NULL,
    title           VARCHAR(500)  CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NOT NULL,
    -- Waiting for the recipient's daily digest mail.
    digest_pending  BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at      DATETIME(6)   NOT NULL,
    read_at         DATETIME(6)   NULL,
    PRIMARY KEY (id),
    INDEX ix_notification_user (username, read_at, id),
    INDEX ix_notification_digest (digest_pending, username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- How a person wants an event type: MAIL (a mail each), DIGEST (one mail a day), APP (in-app only), NONE.
CREATE TABLE notification_preference (
    username    VARCHAR(255)  CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NOT NULL,
    event_type  VARCHAR(64)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    delivery    VARCHAR(8)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    PRIMARY KEY (username, event_type)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Citizens who asked for no more mail: the SHA-256 of the address, not the address.
CREATE TABLE mail_unsubscribe (
    address_hash  CHAR(64)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (address_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- A feedback past its deadline is escalated: 1 = to the parent unit's officers, 2 = to the province's.
ALTER TABLE feedback
    ADD COLUMN escalation_level     INT          NOT NULL DEFAULT 0,
    ADD COLUMN escalated_to_unit_id BIGINT       NULL,
    ADD COLUMN escalated_at         DATETIME(6)  NULL,
    ADD INDEX ix_feedback_escalation (status, escalation_level, answer_due_at);
