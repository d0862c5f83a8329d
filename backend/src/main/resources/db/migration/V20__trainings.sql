-- Training classes (tập huấn) and their attendances (lượt người). A class belongs to the scope of
-- its organising unit. Party organisations as organisers come with the party-organisation tables.

CREATE TABLE training (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    organizer_unit_id  BIGINT       NOT NULL,
    held_on            DATE         NOT NULL,
    topic              VARCHAR(500) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NOT NULL,
    audience           VARCHAR(500) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NULL,
    location           VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NULL,
    attendances        INT          NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    created_at         DATETIME(6)  NOT NULL,
    updated_at         DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_training_organizer_unit FOREIGN KEY (organizer_unit_id) REFERENCES unit (id),
    CONSTRAINT ck_training_attendances CHECK (attendances BETWEEN 0 AND 100000),
    -- Lists and yearly figures filter by period, alone or within one organiser.
    INDEX ix_training_held_on (held_on),
    INDEX ix_training_organizer_held_on (organizer_unit_id, held_on),
    INDEX ix_training_updated_at (updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
