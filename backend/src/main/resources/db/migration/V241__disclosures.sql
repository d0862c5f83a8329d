-- Public disclosure (công khai, "dân biết"): what a unit made public, in which category of the law,
-- in which forms (notice board, loudspeaker, web portal, meeting, document), where, and for how
-- long it was posted. A disclosure belongs to the scope of the unit that made it.
CREATE TABLE disclosure (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    unit_id       BIGINT        NOT NULL,
    category      VARCHAR(32)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    title         VARCHAR(500)  NOT NULL,
    content       VARCHAR(4000) NULL,
    posted_on     DATE          NOT NULL,
    posted_until  DATE          NULL,
    place         VARCHAR(500)  NULL,
    link          VARCHAR(1000) NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    created_at    DATETIME(6)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_disclosure_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT ck_disclosure_period CHECK (posted_until IS NULL OR posted_until >= posted_on),
    -- "Which communes disclosed each required category this year" looks up each unit's disclosures by date.
    INDEX ix_disclosure_unit_posted_on (unit_id, posted_on),
    INDEX ix_disclosure_posted_on (posted_on),
    INDEX ix_disclosure_updated_at (updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE disclosure_form (
    disclosure_id BIGINT      NOT NULL,
    form          VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    PRIMARY KEY (disclosure_id, form),
    CONSTRAINT fk_disclosure_form_disclosure FOREIGN KEY (disclosure_id) REFERENCES disclosure (id) ON DELETE CASCADE
) ENGINE = InnoDB;
