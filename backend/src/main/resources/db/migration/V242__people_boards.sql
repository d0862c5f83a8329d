-- The people's own bodies (dân kiểm tra, dân giám sát): a commune's people's inspection board
-- (Ban Thanh tra nhân dân) and, until the 2025 amendment, its community investment supervision board
-- (Ban Giám sát đầu tư của cộng đồng); the boards of public service units and state enterprises;
-- and the Fatherland Front committee (Ủy ban MTTQ) with its supervision and social critique. Each
-- board has a kind and a term, so the arrangement before and after Law 97/2025/QH15 both stand.
-- Members with their terms; the board's work (inspections, supervisions, investment supervisions
-- with the project supervised, social critiques of a draft); and its recommendations to the unit
-- concerned with that unit's answer.
CREATE TABLE people_board (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    unit_id     BIGINT       NOT NULL,
    kind        VARCHAR(40)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    name        VARCHAR(500) NOT NULL,
    term_from   DATE         NOT NULL,
    term_to     DATE         NULL,
    elected_at  VARCHAR(500) NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_people_board_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT ck_people_board_term CHECK (term_to IS NULL OR term_to >= term_from),
    INDEX ix_people_board_unit (unit_id, kind),
    INDEX ix_people_board_updated_at (updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE people_board_member (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    board_id    BIGINT       NOT NULL,
    full_name   VARCHAR(200) NOT NULL,
    role        VARCHAR(16)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    since       DATE         NOT NULL,
    until       DATE         NULL,
    elected_at  VARCHAR(500) NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_people_board_member_board FOREIGN KEY (board_id) REFERENCES people_board (id),
    CONSTRAINT ck_people_board_member_term CHECK (until IS NULL OR until >= since)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE people_board_activity (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    board_id         BIGINT        NOT NULL,
    kind             VARCHAR(32)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    subject          VARCHAR(500)  NOT NULL,
    content          VARCHAR(4000) NULL,
    started_on       DATE          NOT NULL,
    ended_on         DATE          NULL,
    findings         VARCHAR(4000) NULL,
    project_name     VARCHAR(500)  NULL,
    project_investor VARCHAR(500)  NULL,
    budget_source    VARCHAR(32)   CHARACTER SET ascii COLLATE ascii_bin NULL,
    project_stage    VARCHAR(32)   CHARACTER SET ascii COLLATE ascii_bin NULL,
    consultation_id  BIGINT        NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_people_board_activity_board FOREIGN KEY (board_id) REFERENCES people_board (id),
    CONSTRAINT fk_people_board_activity_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
    CONSTRAINT ck_people_board_activity_period CHECK (ended_on IS NULL OR ended_on >= started_on),
    INDEX ix_people_board_activity_board (board_id, started_on),
    INDEX ix_people_board_activity_started_on (started_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE people_board_recommendation (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    activity_id     BIGINT        NOT NULL,
    content         VARCHAR(2000) NOT NULL,
    addressed_to_id BIGINT        NOT NULL,
    due_on          DATE          NOT NULL,
    answer          VARCHAR(4000) NULL,
    answered_on     DATE          NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_people_board_recommendation_activity FOREIGN KEY (activity_id) REFERENCES people_board_activity (id),
    CONSTRAINT fk_people_board_recommendation_unit FOREIGN KEY (addressed_to_id) REFERENCES unit (id),
    INDEX ix_people_board_recommendation_due (due_on, answered_on),
    INDEX ix_people_board_recommendation_unit (addressed_to_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
