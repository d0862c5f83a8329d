-- One history store (issue 13): staff accounts' changes move from staff_audit into change_history.
-- Staff accounts live in Keycloak and keep its string ids, so a history entry names its record
-- either by a number (entity_id) or by a text key (entity_key); entity_label keeps the record's
-- name as it was (a staff account's username), so that the entry still says whom it was about
-- after the record itself is gone.
ALTER TABLE change_history
    MODIFY entity_id BIGINT NULL,
    ADD COLUMN entity_key VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL AFTER entity_id,
    ADD COLUMN entity_label VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NULL AFTER entity_key,
    ADD CONSTRAINT ck_change_history_record CHECK (entity_id IS NOT NULL OR entity_key IS NOT NULL),
    ADD INDEX ix_change_history_key (entity_type, entity_key, changed_at),
    ADD INDEX ix_change_history_type_changed_at (entity_type, changed_at);

INSERT INTO change_history (entity_type, entity_id, entity_key, entity_label, action, changed_by, changed_at, changes)
SELECT 'staff', NULL, staff_id, staff_username, action, changed_by, changed_at, changes
FROM staff_audit
ORDER BY id;

DROP TABLE staff_audit;
