-- Notifications about records other than feedback (a consultation commented, an inspection's
-- recommendation falling due), each staff member's language for mails and in-app titles, and the
-- recommendations whose officers were reminded that they fall due (once each).

ALTER TABLE notification
    ADD COLUMN record_type VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NULL,
    ADD COLUMN record_id   BIGINT      NULL;

UPDATE notification SET record_type = 'feedback', record_id = feedback_id WHERE feedback_id IS NOT NULL;

-- The language a staff member chose for what Coso tells them ('vi' or 'en'); without a row, the
-- language of their Keycloak account (its locale attribute), else Vietnamese.
CREATE TABLE staff_language (
    username    VARCHAR(255)  CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NOT NULL,
    language    VARCHAR(8)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- A recommendation whose officers were told it falls due. Keyed by what the recommendation says, not
-- by its row id: a conclusion saved again recreates its recommendations, and an unchanged one must not
-- be announced twice. The insert (INSERT IGNORE) is what makes the reminder once only, on any instance.
CREATE TABLE inspection_recommendation_notice (
    inspection_id        BIGINT       NOT NULL,
    responsible_unit_id  BIGINT       NOT NULL,
    due_date             DATE         NOT NULL,
    content_hash         CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    notified_at          DATETIME(6)  NOT NULL,
    PRIMARY KEY (inspection_id, responsible_unit_id, due_date, content_hash),
    CONSTRAINT fk_recommendation_notice_inspection FOREIGN KEY (inspection_id) REFERENCES inspection (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
