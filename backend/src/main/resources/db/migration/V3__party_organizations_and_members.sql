CREATE TABLE party_organization (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    code           VARCHAR(32)   CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NOT NULL,
    name           VARCHAR(255)  CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NOT NULL,
    level          VARCHAR(32)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    form           VARCHAR(16)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    unit_id        BIGINT        NOT NULL,
    parent_id      BIGINT        NULL,
    -- Materialised path of ids, as for units.
    path           VARCHAR(1000) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    secretary_name VARCHAR(255)  CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NULL,
    active         BOOLEAN       NOT NULL DEFAULT TRUE,
    version        BIGINT        NOT NULL DEFAULT 0,
    created_at     DATETIME(6)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_party_organization_code UNIQUE (code),
    CONSTRAINT fk_party_organization_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_party_organization_parent FOREIGN KEY (parent_id) REFERENCES party_organization (id),
    INDEX ix_party_organization_parent_name (parent_id, name),
    INDEX ix_party_organization_unit (unit_id),
    INDEX ix_party_organization_path (path),
    INDEX ix_party_organization_level (level),
    INDEX ix_party_organization_updated_at (updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE party_member (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    full_name           VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NOT NULL,
    party_card_number   VARCHAR(20)  CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NOT NULL,
    date_of_birth       DATE         NULL,
    admission_date      DATE         NOT NULL,
    official_date       DATE         NULL,
    organization_id     BIGINT       NOT NULL,
    post                VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NULL,
    status              VARCHAR(32)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    created_at          DATETIME(6)  NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_party_member_card UNIQUE (party_card_number),
    CONSTRAINT fk_party_member_organization FOREIGN KEY (organization_id) REFERENCES party_organization (id),
    INDEX ix_party_member_organization_status (organization_id, status),
    INDEX ix_party_member_name (full_name),
    INDEX ix_party_member_updated_at (updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Chuyển sinh hoạt đảng: each move of a member between organisations.
CREATE TABLE party_member_transfer (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    member_id            BIGINT       NOT NULL,
    from_organization_id BIGINT       NOT NULL,
    to_organization_id   BIGINT       NOT NULL,
    transfer_date        DATE         NOT NULL,
    decision_number      VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NULL,
    note                 VARCHAR(1000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NULL,
    recorded_by          VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NOT NULL,
    recorded_at          DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_transfer_member FOREIGN KEY (member_id) REFERENCES party_member (id),
    CONSTRAINT fk_transfer_from FOREIGN KEY (from_organization_id) REFERENCES party_organization (id),
    CONSTRAINT fk_transfer_to FOREIGN KEY (to_organization_id) REFERENCES party_organization (id),
    INDEX ix_transfer_member (member_id, transfer_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
