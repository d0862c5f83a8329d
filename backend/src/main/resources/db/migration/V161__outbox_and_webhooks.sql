-- Events written in the same transaction as the change that caused them (the outbox), and the
-- webhook subscriptions of admins and integrating systems with one delivery per event and
-- subscription. Deliveries are claimed with SELECT ... FOR UPDATE SKIP LOCKED, so that two instances
-- never send the same attempt.

CREATE TABLE outbox_event (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    -- The Standard Webhooks message id (webhook-id): the same on every retry, so a receiver drops repeats.
    message_id   VARCHAR(64)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    type         VARCHAR(64)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    unit_id      BIGINT        NOT NULL,
    unit_path    VARCHAR(255)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    -- The minimal payload (ids, type, unit, status, timestamps, tracking code); never a sender.
    payload      TEXT          CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NOT NULL,
    occurred_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_outbox_event_message (message_id),
    INDEX ix_outbox_event_occurred (occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE webhook_subscription (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    target_url      VARCHAR(2000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NOT NULL,
    -- Comma-separated event types.
    event_types     VARCHAR(1000) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    description     VARCHAR(255)  CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NULL,
    unit_id         BIGINT        NULL,
    -- Events of units under this path only: the unit's, else the owner's scope; NULL = the whole province.
    scope_path      VARCHAR(255)  CHARACTER SET ascii COLLATE ascii_bin NULL,
    -- whsec_ + base64 of 32 random bytes; kept to sign, shown once.
    secret          VARCHAR(100)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    owner           VARCHAR(255)  CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NOT NULL,
    owner_is_admin  BOOLEAN       NOT NULL,
    enabled         BOOLEAN       NOT NULL,
    disabled_reason VARCHAR(32)   CHARACTER SET ascii COLLATE ascii_bin NULL,
    failure_streak  INT           NOT NULL DEFAULT 0,
    version         BIGINT        NOT NULL DEFAULT 0,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_webhook_subscription_owner (owner),
    CONSTRAINT fk_webhook_subscription_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE webhook_delivery (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    subscription_id  BIGINT        NOT NULL,
    event_id         BIGINT        NOT NULL,
    -- PENDING (waiting for its next attempt), DELIVERED, FAILED (retries exhausted).
    status           VARCHAR(16)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    attempts         INT           NOT NULL DEFAULT 0,
    -- When it is due; a claimed delivery's is pushed by the lease, so a dead instance's claim expires.
    next_attempt_at  DATETIME(6)   NOT NULL,
    last_attempt_at  DATETIME(6)   NULL,
    last_status_code INT           NULL,
    last_error       VARCHAR(500)  CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NULL,
    delivered_at     DATETIME(6)   NULL,
    created_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_webhook_delivery (subscription_id, event_id),
    INDEX ix_webhook_delivery_due (status, next_attempt_at),
    CONSTRAINT fk_webhook_delivery_subscription FOREIGN KEY (subscription_id) REFERENCES webhook_subscription (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_webhook_delivery_event FOREIGN KEY (event_id) REFERENCES outbox_event (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Every attempt, for the subscription's delivery log.
CREATE TABLE webhook_attempt (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    delivery_id  BIGINT        NOT NULL,
    attempt      INT           NOT NULL,
    attempted_at DATETIME(6)   NOT NULL,
    status_code  INT           NULL,
    error        VARCHAR(500)  CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NULL,
    duration_ms  INT           NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_webhook_attempt_delivery (delivery_id),
    CONSTRAINT fk_webhook_attempt_delivery FOREIGN KEY (delivery_id) REFERENCES webhook_delivery (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
