-- A code identifies at most one unit on any date (V130). The check reads the code's holders; two
-- requests on two instances could both read "free" and both write. Every check first takes this
-- row's lock (inserted once per code, then SELECT ... FOR UPDATE), so that checks and writes on one
-- code follow each other, and reads the holders with a locking read (the latest committed rows).
CREATE TABLE unit_code_lock (
    code VARCHAR(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
