-- Model practices (mô hình điển hình) of democracy at the grassroots, and the units that replicated
-- them. A practice belongs to the scope of the unit where it was recognised.

CREATE TABLE model_practice (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    unit_id          BIGINT        NOT NULL,
    recognized_year  INT           NOT NULL,
    name             VARCHAR(500)  CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NOT NULL,
    description      VARCHAR(4000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_model_practice_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    INDEX ix_model_practice_year (recognized_year),
    INDEX ix_model_practice_unit_year (unit_id, recognized_year),
    INDEX ix_model_practice_updated_at (updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Where a practice was replicated (nhân rộng).
CREATE TABLE model_practice_replication (
    model_practice_id  BIGINT NOT NULL,
    unit_id            BIGINT NOT NULL,
    PRIMARY KEY (model_practice_id, unit_id),
    CONSTRAINT fk_model_practice_replication_practice FOREIGN KEY (model_practice_id)
        REFERENCES model_practice (id) ON DELETE CASCADE,
    CONSTRAINT fk_model_practice_replication_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    INDEX ix_model_practice_replication_unit (unit_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
