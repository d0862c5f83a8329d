-- Indexes for the annual review (reports): each figure is a count over the records of a period
-- whose unit lies in a subtree (unit.path LIKE '/1/14/%'). The indexes below let those counts be
-- answered from the index alone, without reading the rows.

-- Inspected / supervised subjects: the subtree's units are found on unit.path, then each unit's
-- inspections of a kind started in the period, counted by status and distinct subject, from the
-- index alone (EXPLAIN: "Using index").
CREATE INDEX ix_inspection_report
    ON inspection (scope_unit_id, kind, actual_start, status, subject_organization_id, subject_member_id);

-- Regulation coverage at the end of a period: an ISSUED regulation of the unit issued by then.
CREATE INDEX ix_regulation_unit_status_issue_date ON regulation (unit_id, status, issue_date);

-- Units that must have a regulation or hold a conference: active units of some types in a subtree.
CREATE INDEX ix_unit_path_active_type ON unit (path, active, type);

-- Training classes and attendances summed per organiser and period.
CREATE INDEX ix_training_organizer_held_on_attendances ON training (organizer_unit_id, held_on, attendances);

-- Disciplinary actions of a period by form, per unit of the subtree.
CREATE INDEX ix_action_report ON disciplinary_action (scope_unit_id, decision_date, form);
