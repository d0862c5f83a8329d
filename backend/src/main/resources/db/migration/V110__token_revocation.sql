-- Access tokens that Coso refuses before they expire: when Coso's staff feature disables an account,
-- every token of that subject issued up to that moment (its iat) stops working, on every backend
-- instance within vn.coso.common.security.TokenRevocations' refresh interval. A row is kept only as
-- long as such a token could still be alive (coso.security.revocation.retention), then deleted.
-- Keycloak's own "not before" has the same meaning; it is kept here so that no request calls Keycloak.
CREATE TABLE token_revocation (
    subject     VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    not_before  DATETIME(3) NOT NULL,
    expires_at  DATETIME(3) NOT NULL,
    PRIMARY KEY (subject),
    INDEX ix_token_revocation_expires (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
