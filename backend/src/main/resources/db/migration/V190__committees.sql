-- Ban Chỉ đạo thực hiện dân chủ ở cơ sở: the steering committee of a unit, its members (thành viên:
-- trưởng ban, phó trưởng ban, thường trực), the units each member follows, its annual plans with
-- targets on the review's figures, its meetings and conclusions, and the shortcomings (hạn chế) it
-- named, followed to their remedies (giải pháp).
CREATE TABLE committee (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    unit_id         BIGINT       NOT NULL,
    name            VARCHAR(500) NOT NULL,
    decision_number VARCHAR(64)  NULL,
    decision_date   DATE         NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_committee_unit UNIQUE (unit_id),
    CONSTRAINT fk_committee_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    INDEX ix_committee_updated_at (updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE committee_member (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    committee_id BIGINT       NOT NULL,
    full_name    VARCHAR(200) NOT NULL,
    position     VARCHAR(500) NULL,
    role         VARCHAR(32)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    since        DATE         NOT NULL,
    until        DATE         NULL,
    username     VARCHAR(255) NULL,
    tasks        TEXT         NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_committee_member_committee FOREIGN KEY (committee_id) REFERENCES committee (id),
    INDEX ix_committee_member_username (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- The units (or areas, as subtrees) a member follows: each inside the committee's unit's subtree.
CREATE TABLE committee_member_unit (
    member_id BIGINT NOT NULL,
    unit_id   BIGINT NOT NULL,
    PRIMARY KEY (member_id, unit_id),
    CONSTRAINT fk_committee_member_unit_member FOREIGN KEY (member_id) REFERENCES committee_member (id) ON DELETE CASCADE,
    CONSTRAINT fk_committee_member_unit_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    INDEX ix_committee_member_unit_unit (unit_id)
) ENGINE = InnoDB;

CREATE TABLE committee_plan (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    committee_id BIGINT        NOT NULL,
    plan_year    INT           NOT NULL,
    theme        VARCHAR(1000) NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    created_at   DATETIME(6)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_committee_plan_year UNIQUE (committee_id, plan_year),
    CONSTRAINT fk_committee_plan_committee FOREIGN KEY (committee_id) REFERENCES committee (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE committee_plan_task (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    plan_id    BIGINT        NOT NULL,
    title      VARCHAR(1000) NOT NULL,
    owner      VARCHAR(500)  NULL,
    deadline   DATE          NULL,
    status     VARCHAR(32)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    version    BIGINT        NOT NULL DEFAULT 0,
    created_at DATETIME(6)   NOT NULL,
    updated_at DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_committee_plan_task_plan FOREIGN KEY (plan_id) REFERENCES committee_plan (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- A target (chỉ tiêu) on one of the annual review's own figures, for the committee's subtree or one unit of it.
CREATE TABLE committee_target (
    id         BIGINT         NOT NULL AUTO_INCREMENT,
    plan_id    BIGINT         NOT NULL,
    figure_key VARCHAR(128)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    comparator VARCHAR(8)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    threshold  DECIMAL(20, 6) NOT NULL,
    unit_id    BIGINT         NULL,
    label      VARCHAR(500)   NULL,
    version    BIGINT         NOT NULL DEFAULT 0,
    created_at DATETIME(6)    NOT NULL,
    updated_at DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_committee_target_plan FOREIGN KEY (plan_id) REFERENCES committee_plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_committee_target_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE committee_meeting (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    committee_id BIGINT       NOT NULL,
    kind         VARCHAR(32)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    meeting_date DATE         NOT NULL,
    title        VARCHAR(500) NOT NULL,
    agenda       TEXT         NULL,
    minutes      LONGTEXT     NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_committee_meeting_committee FOREIGN KEY (committee_id) REFERENCES committee (id),
    INDEX ix_committee_meeting_date (committee_id, meeting_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE committee_meeting_attendee (
    meeting_id BIGINT NOT NULL,
    member_id  BIGINT NOT NULL,
    PRIMARY KEY (meeting_id, member_id),
    CONSTRAINT fk_committee_attendee_meeting FOREIGN KEY (meeting_id) REFERENCES committee_meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_committee_attendee_member FOREIGN KEY (member_id) REFERENCES committee_member (id)
) ENGINE = InnoDB;

-- A shortcoming (hạn chế) the committee named, with its subjective and objective causes.
CREATE TABLE committee_shortcoming (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    committee_id      BIGINT        NOT NULL,
    review_year       INT           NOT NULL,
    kind              VARCHAR(64)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    description       TEXT          NOT NULL,
    subjective_causes TEXT          NULL,
    objective_causes  TEXT          NULL,
    meeting_id        BIGINT        NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_committee_shortcoming_committee FOREIGN KEY (committee_id) REFERENCES committee (id),
    CONSTRAINT fk_committee_shortcoming_meeting FOREIGN KEY (meeting_id) REFERENCES committee_meeting (id),
    INDEX ix_committee_shortcoming_year (committee_id, review_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE committee_shortcoming_unit (
    shortcoming_id BIGINT NOT NULL,
    unit_id        BIGINT NOT NULL,
    PRIMARY KEY (shortcoming_id, unit_id),
    CONSTRAINT fk_committee_shortcoming_unit_sc FOREIGN KEY (shortcoming_id) REFERENCES committee_shortcoming (id) ON DELETE CASCADE,
    CONSTRAINT fk_committee_shortcoming_unit_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    INDEX ix_committee_shortcoming_unit_unit (unit_id)
) ENGINE = InnoDB;

-- A remedy (giải pháp khắc phục): what is to be done, by which unit, by when, and the evidence that it was.
CREATE TABLE committee_remedy (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    shortcoming_id BIGINT        NOT NULL,
    action         VARCHAR(1000) NOT NULL,
    owner_unit_id  BIGINT        NOT NULL,
    deadline       DATE          NOT NULL,
    status         VARCHAR(32)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    evidence       TEXT          NULL,
    done_on        DATE          NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    created_at     DATETIME(6)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_committee_remedy_shortcoming FOREIGN KEY (shortcoming_id) REFERENCES committee_shortcoming (id) ON DELETE CASCADE,
    CONSTRAINT fk_committee_remedy_unit FOREIGN KEY (owner_unit_id) REFERENCES unit (id),
    INDEX ix_committee_remedy_owner_deadline (owner_unit_id, deadline)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- A meeting's conclusion (kết luận): a DECISION, a TASK (owner, unit, deadline, status; a remedy
-- when it answers a shortcoming) or a SHORTCOMING it names.
CREATE TABLE committee_conclusion (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    meeting_id     BIGINT        NOT NULL,
    kind           VARCHAR(32)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    text           TEXT          NOT NULL,
    owner          VARCHAR(500)  NULL,
    unit_id        BIGINT        NULL,
    deadline       DATE          NULL,
    status         VARCHAR(32)   CHARACTER SET ascii COLLATE ascii_bin NULL,
    shortcoming_id BIGINT        NULL,
    remedy_id      BIGINT        NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    created_at     DATETIME(6)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_committee_conclusion_meeting FOREIGN KEY (meeting_id) REFERENCES committee_meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_committee_conclusion_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_committee_conclusion_shortcoming FOREIGN KEY (shortcoming_id) REFERENCES committee_shortcoming (id),
    CONSTRAINT fk_committee_conclusion_remedy FOREIGN KEY (remedy_id) REFERENCES committee_remedy (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
