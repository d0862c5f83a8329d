-- Attachments (issue 19): files of feedback, answers, conclusions, drafts, minutes, documents and model
-- practices. One row per file; the owner is a (kind, id) pair that each feature resolves in the caller's
-- scope (vn.coso.attachments.AttachmentOwner). The content lives in the storage back end under storage_key:
-- in attachment_chunk by default, or in files (coso.attachments.storage=filesystem).
CREATE TABLE attachment (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    owner_kind    VARCHAR(32)  NOT NULL,
    owner_id      BIGINT       NOT NULL,
    file_name     VARCHAR(255) NOT NULL,
    media_type    VARCHAR(100) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    visibility    VARCHAR(16)  NOT NULL,
    from_public   BOOLEAN      NOT NULL,
    uploaded_by   VARCHAR(255),
    uploaded_at   TIMESTAMP(6) NOT NULL,
    storage_key   CHAR(36)     NOT NULL,
    width         INT,
    height        INT,
    thumbnail     MEDIUMBLOB,
    -- Deduplication per record: the same content twice on one record is one file.
    CONSTRAINT uk_attachment_owner_content UNIQUE (owner_kind, owner_id, sha256),
    CONSTRAINT uk_attachment_storage_key UNIQUE (storage_key),
    INDEX ix_attachment_owner (owner_kind, owner_id, uploaded_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The database back end: the content in chunks of coso.attachments.chunk-size, written and read one
-- chunk at a time so that no file is ever whole in memory.
CREATE TABLE attachment_chunk (
    storage_key CHAR(36)   NOT NULL,
    seq         INT        NOT NULL,
    data        MEDIUMBLOB NOT NULL,
    PRIMARY KEY (storage_key, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
