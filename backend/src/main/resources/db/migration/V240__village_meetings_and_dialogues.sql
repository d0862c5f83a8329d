-- Meetings where people discuss and decide (dân bàn, dân quyết): a village or residential-group
-- meeting records the households of the village and those represented, and each agenda item with
-- the way it was decided and its votes (in households). Whether the meeting was valid (more than
-- half of the households represented) and an item decided (more than half of all households
-- agreeing) is computed, never stored. Communes now also hold leaders' dialogues with citizens and
-- their staff conference (kinds are checked by the service against the unit's type of the day).
ALTER TABLE conference
    ADD COLUMN households_total       INT NULL,
    ADD COLUMN households_represented INT NULL,
    ADD CONSTRAINT ck_conference_households CHECK (
        (households_total IS NULL AND households_represented IS NULL)
        OR (households_total BETWEEN 1 AND 100000 AND households_represented BETWEEN 0 AND households_total));

CREATE TABLE conference_item (
    conference_id  BIGINT        NOT NULL,
    position       INT           NOT NULL,
    title          VARCHAR(1000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NOT NULL,
    decided_by     VARCHAR(32)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    votes_for      INT           NOT NULL,
    votes_against  INT           NOT NULL,
    votes_abstain  INT           NOT NULL,
    -- MONEY or WORK when households contribute (dân làm); NONE otherwise.
    contribution   VARCHAR(16)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    -- The commune recognised the decision (công nhận).
    recognised     BOOLEAN       NOT NULL DEFAULT FALSE,
    -- The decided work was completed and handed over (dân thụ hưởng).
    completed_on   DATE          NULL,
    PRIMARY KEY (conference_id, position),
    CONSTRAINT fk_conference_item_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE,
    CONSTRAINT ck_conference_item_votes CHECK (votes_for >= 0 AND votes_against >= 0 AND votes_abstain >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_conference_kind_held_on ON conference (kind, held_on);
