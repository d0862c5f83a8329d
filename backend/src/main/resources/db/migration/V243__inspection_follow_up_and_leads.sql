-- A recommendation of an inspection is followed up after the inspection closes: marked done with
-- its evidence, by the responsible unit's officer or an inspector, with optimistic locking.
ALTER TABLE inspection_recommendation
    ADD COLUMN evidence VARCHAR(2000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci NULL,
    ADD COLUMN version  BIGINT NOT NULL DEFAULT 0;


-- An inspection or supervision may start from a citizen's feedback (the lead); only the link is
-- kept — nothing of the feedback, its sender least of all, is copied.
ALTER TABLE inspection
    ADD COLUMN lead_feedback_id BIGINT NULL,
    ADD CONSTRAINT fk_inspection_lead_feedback FOREIGN KEY (lead_feedback_id) REFERENCES feedback (id);
