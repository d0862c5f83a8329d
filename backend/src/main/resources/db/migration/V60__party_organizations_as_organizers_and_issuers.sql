-- A training may be organised, and a directive document issued, by a party organisation instead of
-- a unit (the district party committees train; the provincial party committee issues most
-- directives). Exactly one of the two is set. A party organisation's record belongs to the scope of
-- the unit it is attached to, read through the organisation, so that it follows the organisation
-- if that moves to another unit.

ALTER TABLE training
    MODIFY organizer_unit_id BIGINT NULL,
    ADD COLUMN organizer_party_organization_id BIGINT NULL AFTER organizer_unit_id,
    ADD CONSTRAINT fk_training_organizer_party_organization
        FOREIGN KEY (organizer_party_organization_id) REFERENCES party_organization (id),
    ADD CONSTRAINT ck_training_one_organizer
        CHECK ((organizer_unit_id IS NULL) <> (organizer_party_organization_id IS NULL)),
    ADD INDEX ix_training_organizer_party_organization_held_on (organizer_party_organization_id, held_on);

-- Numbers stay unique per issuer and year: a unit's and its party committee's documents are
-- numbered apart ("01/KH-UBND", "01-KH/ĐU"), so each kind of issuer has its own key. A NULL issuer
-- column never collides, so the two keys do not interfere.
ALTER TABLE document
    MODIFY issuer_unit_id BIGINT NULL,
    ADD COLUMN issuer_party_organization_id BIGINT NULL AFTER issuer_unit_id,
    ADD CONSTRAINT fk_document_issuer_party_organization
        FOREIGN KEY (issuer_party_organization_id) REFERENCES party_organization (id),
    ADD CONSTRAINT ck_document_one_issuer
        CHECK ((issuer_unit_id IS NULL) <> (issuer_party_organization_id IS NULL)),
    ADD CONSTRAINT uq_document_issuer_party_organization_year_number
        UNIQUE (issuer_party_organization_id, issue_year, number),
    ADD INDEX ix_document_issuer_party_organization_issue_date (issuer_party_organization_id, issue_date);
