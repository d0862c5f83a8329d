-- Staff conferences of agencies and public service units; workers' conferences and workplace
-- dialogues of enterprises. A conference belongs to the scope of the unit that held it.

CREATE TABLE conference (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    unit_id       BIGINT        NOT NULL,
    kind          VARCHAR(32)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    held_on       DATE          NOT NULL,
    title         VARCHAR(500)  CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NOT NULL,
    participants  INT           NOT NULL,
    resolutions   VARCHAR(4000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    created_at    DATETIME(6)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_conference_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT ck_conference_participants CHECK (participants BETWEEN 0 AND 100000),
    -- "Which units held none this year" looks up each unit's conferences by date.
    INDEX ix_conference_unit_held_on (unit_id, held_on),
    INDEX ix_conference_held_on (held_on),
    INDEX ix_conference_updated_at (updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
