-- Who changed what and when, for the records whose history PRODUCT.md says is kept
-- (regulations, inspections, conclusions, feedback…). One row per change, the changed
-- fields as a JSON array of {"field", "from", "to"}.
CREATE TABLE change_history (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    entity_type VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    entity_id   BIGINT       NOT NULL,
    action      VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    changed_by  VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NOT NULL,
    changed_at  DATETIME(6)  NOT NULL,
    changes     LONGTEXT     CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (JSON_VALID(changes)),
    PRIMARY KEY (id),
    INDEX ix_change_history_entity (entity_type, entity_id, changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
