-- Kiểm tra, giám sát of party organisations and members, their conclusions, recommendations, and
-- disciplinary actions. scope_unit_id is the subject's unit when the record was made: it decides
-- who sees the record, and stays put if a member later transfers.
CREATE TABLE inspection (
    id                          BIGINT       NOT NULL AUTO_INCREMENT,
    kind                        VARCHAR(16)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    form                        VARCHAR(32)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    subject_organization_id     BIGINT       NULL,
    subject_member_id           BIGINT       NULL,
    scope_unit_id               BIGINT       NOT NULL,
    conducting_organization_id  BIGINT       NOT NULL,
    conducting_body             VARCHAR(32)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    origin_supervision_id       BIGINT       NULL,
    plan_year                   INT          NOT NULL,
    planned_start               DATE         NULL,
    planned_end                 DATE         NULL,
    actual_start                DATE         NULL,
    actual_end                  DATE         NULL,
    topic                       VARCHAR(500) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NOT NULL,
    team_members                VARCHAR(2000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NULL,
    status                      VARCHAR(16)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    cancel_reason               VARCHAR(1000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NULL,
    version                     BIGINT       NOT NULL DEFAULT 0,
    created_at                  DATETIME(6)  NOT NULL,
    updated_at                  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_inspection_one_subject CHECK ((subject_organization_id IS NULL) <> (subject_member_id IS NULL)),
    CONSTRAINT fk_inspection_subject_org FOREIGN KEY (subject_organization_id) REFERENCES party_organization (id),
    CONSTRAINT fk_inspection_subject_member FOREIGN KEY (subject_member_id) REFERENCES party_member (id),
    CONSTRAINT fk_inspection_scope_unit FOREIGN KEY (scope_unit_id) REFERENCES unit (id),
    CONSTRAINT fk_inspection_conducting FOREIGN KEY (conducting_organization_id) REFERENCES party_organization (id),
    CONSTRAINT fk_inspection_origin FOREIGN KEY (origin_supervision_id) REFERENCES inspection (id),
    -- The counting rule: kind, status and actual start in a period, then distinct subjects.
    INDEX ix_inspection_count (kind, actual_start, status),
    INDEX ix_inspection_plan (plan_year, kind, status),
    INDEX ix_inspection_scope_unit (scope_unit_id),
    INDEX ix_inspection_subject_org (subject_organization_id),
    INDEX ix_inspection_subject_member (subject_member_id),
    INDEX ix_inspection_updated_at (updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE inspection_conclusion (
    inspection_id    BIGINT      NOT NULL,
    violation_found  BOOLEAN     NOT NULL,
    findings         TEXT        CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NOT NULL,
    version          BIGINT      NOT NULL DEFAULT 0,
    created_at       DATETIME(6) NOT NULL,
    updated_at       DATETIME(6) NOT NULL,
    PRIMARY KEY (inspection_id),
    CONSTRAINT fk_conclusion_inspection FOREIGN KEY (inspection_id) REFERENCES inspection (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE inspection_recommendation (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    inspection_id        BIGINT        NOT NULL,
    content              VARCHAR(2000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NOT NULL,
    responsible_unit_id  BIGINT        NOT NULL,
    due_date             DATE          NOT NULL,
    done_on              DATE          NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_recommendation_inspection FOREIGN KEY (inspection_id) REFERENCES inspection (id),
    CONSTRAINT fk_recommendation_unit FOREIGN KEY (responsible_unit_id) REFERENCES unit (id),
    INDEX ix_recommendation_inspection (inspection_id),
    INDEX ix_recommendation_due (due_date, done_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE disciplinary_action (
    id                       BIGINT       NOT NULL AUTO_INCREMENT,
    subject_organization_id  BIGINT       NULL,
    subject_member_id        BIGINT       NULL,
    scope_unit_id            BIGINT       NOT NULL,
    form                     VARCHAR(32)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    decision_number          VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NOT NULL,
    decision_date            DATE         NOT NULL,
    deciding_body            VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NOT NULL,
    source                   VARCHAR(32)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    inspection_id            BIGINT       NULL,
    version                  BIGINT       NOT NULL DEFAULT 0,
    created_at               DATETIME(6)  NOT NULL,
    updated_at               DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_action_one_subject CHECK ((subject_organization_id IS NULL) <> (subject_member_id IS NULL)),
    CONSTRAINT fk_action_subject_org FOREIGN KEY (subject_organization_id) REFERENCES party_organization (id),
    CONSTRAINT fk_action_subject_member FOREIGN KEY (subject_member_id) REFERENCES party_member (id),
    CONSTRAINT fk_action_scope_unit FOREIGN KEY (scope_unit_id) REFERENCES unit (id),
    CONSTRAINT fk_action_inspection FOREIGN KEY (inspection_id) REFERENCES inspection (id),
    INDEX ix_action_date (decision_date, form),
    INDEX ix_action_inspection (inspection_id),
    INDEX ix_action_scope_unit (scope_unit_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
