-- Character set and collation are stated explicitly: an embedded MariaDB has other defaults.
-- utf8mb4_unicode_520_ci folds Vietnamese tones and đ/d, so "bach dang" finds "Bạch Đằng".

CREATE TABLE unit (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    code        VARCHAR(32)  CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NOT NULL,
    name        VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NOT NULL,
    type        VARCHAR(32)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    parent_id   BIGINT       NULL,
    -- Materialised path of ids, e.g. '/1/14/203/': a subtree is a prefix match on an index.
    path        VARCHAR(1000) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    tax_code    VARCHAR(14)  CHARACTER SET ascii COLLATE ascii_bin NULL,
    address     VARCHAR(500) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NULL,
    head_count  INT          NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    version     BIGINT       NOT NULL DEFAULT 0,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_unit_code UNIQUE (code),
    CONSTRAINT uq_unit_tax_code UNIQUE (tax_code),
    CONSTRAINT fk_unit_parent FOREIGN KEY (parent_id) REFERENCES unit (id),
    INDEX ix_unit_parent_name (parent_id, name),
    INDEX ix_unit_path (path),
    INDEX ix_unit_type (type),
    INDEX ix_unit_updated_at (updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
