-- Protection of the public, signed-out operations (feedback, consultation comments) against
-- retries and floods. Nothing here names a person: client addresses are kept only as salted
-- hashes, the salt rotates and is deleted, and every row expires (see vn.coso.common.abuse).

-- One random salt per rotation period, shared by every backend instance. Once a period's salt is
-- deleted its hashes can no longer be tied to an address, not even by trying every address.
CREATE TABLE abuse_salt (
    period      BIGINT      NOT NULL,
    salt        CHAR(64)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (period),
    INDEX ix_abuse_salt_expires_at (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Requests counted per limit ("bucket"), hashed client and fixed time window.
CREATE TABLE rate_limit_window (
    bucket       VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    client_hash  CHAR(64)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    window_start DATETIME(6) NOT NULL,
    hits         INT         NOT NULL,
    expires_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (bucket, client_hash, window_start),
    INDEX ix_rate_limit_window_expires_at (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- The first answer to a POST that carried an Idempotency-Key, replayed to its retries. The row is
-- written in the transaction of the POST itself: both are there, or neither.
CREATE TABLE idempotency_key (
    operation       VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    key_hash        CHAR(64)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    request_hash    CHAR(64)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    response_body   LONGTEXT    CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    created_at      DATETIME(6) NOT NULL,
    expires_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (operation, key_hash),
    INDEX ix_idempotency_key_expires_at (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
