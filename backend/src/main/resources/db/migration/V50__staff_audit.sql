-- Who changed which staff account, when, and what changed. Staff accounts live in Keycloak and
-- keep Keycloak's string ids, so they get a history table of their own rather than
-- change_history (whose entity_id is a number). The username is kept beside the id so that the
-- entry still says whom it was about after the account is deleted in Keycloak.
CREATE TABLE staff_audit (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    staff_id       VARCHAR(36)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    staff_username VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NOT NULL,
    action         VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    changed_by     VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NOT NULL,
    changed_at     DATETIME(6)  NOT NULL,
    changes        LONGTEXT     CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (JSON_VALID(changes)),
    PRIMARY KEY (id),
    INDEX ix_staff_audit_staff (staff_id, changed_at),
    INDEX ix_staff_audit_changed_at (changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- One row that every change to staff accounts locks (SELECT ... FOR UPDATE) for the length of its
-- transaction, so that two admins working through two backend instances cannot, between them,
-- disable the last two admins or both pass the same version check.
CREATE TABLE staff_change_lock (
    id TINYINT NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB;
INSERT INTO staff_change_lock (id) VALUES (1);
