-- Units in time (issue 11). A unit exists from valid_from to valid_to (its last day, both
-- inclusive); NULL valid_from means "since before Coso's records", NULL valid_to "still exists".
-- A closed unit is kept with its records: closed is not inactive.
-- A code identifies at most one unit on any date (checked by UnitService and the reorganisation
-- service over overlapping periods), so a new unit may take a predecessor's code: the global
-- unique key goes.
ALTER TABLE unit
    ADD COLUMN valid_from DATE NULL,
    ADD COLUMN valid_to DATE NULL,
    DROP INDEX uq_unit_code,
    ADD INDEX ix_unit_code (code, valid_from);

-- A reorganisation: one plan applied at once, with its legal basis.
CREATE TABLE reorganisation (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    effective_date     DATE         NOT NULL,
    legal_basis_number VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NOT NULL,
    legal_basis_date   DATE         NULL,
    title              VARCHAR(500) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NULL,
    plan_json          LONGTEXT     CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    applied_by         VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NULL,
    applied_at         DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_reorganisation_effective (effective_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Where units came from and went into. MERGED_INTO / DIVIDED_INTO: from the closed unit to a
-- successor (is_primary marks the one its records and staff follow); SPLIT_FROM: from a unit that
-- lives on to a new unit; RENAMED / RETYPED / MOVED: from the unit to itself; ESTABLISHED: no
-- from unit; DISSOLVED: no successor (to_unit_id NULL) or the one that takes its units.
CREATE TABLE unit_lineage (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    reorganisation_id  BIGINT       NULL,
    from_unit_id       BIGINT       NULL,
    to_unit_id         BIGINT       NULL,
    kind               VARCHAR(32)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    is_primary         BOOLEAN      NOT NULL DEFAULT FALSE,
    effective_date     DATE         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_lineage_reorganisation FOREIGN KEY (reorganisation_id) REFERENCES reorganisation (id),
    CONSTRAINT fk_lineage_from FOREIGN KEY (from_unit_id) REFERENCES unit (id),
    CONSTRAINT fk_lineage_to FOREIGN KEY (to_unit_id) REFERENCES unit (id),
    INDEX ix_lineage_from (from_unit_id, effective_date),
    INDEX ix_lineage_to (to_unit_id, effective_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- A unit's placement over time: its parent, materialised path, name and type from valid_from to
-- valid_to. A unit without rows here has always been placed as the unit row says; a unit with rows
-- has rows covering its whole life (the first from NULL). After a unit closes, its placement
-- continues under its primary successor (path = successor's path + own id), so "the structure on
-- D" and "where do D's records count" are one join for any D.
CREATE TABLE unit_placement (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    unit_id     BIGINT       NOT NULL,
    valid_from  DATE         NULL,
    valid_to    DATE         NULL,
    parent_id   BIGINT       NULL,
    path        VARCHAR(1000) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    name        VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NOT NULL,
    type        VARCHAR(32)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_placement_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_placement_parent FOREIGN KEY (parent_id) REFERENCES unit (id),
    INDEX ix_placement_unit (unit_id, valid_from),
    INDEX ix_placement_path (path)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
