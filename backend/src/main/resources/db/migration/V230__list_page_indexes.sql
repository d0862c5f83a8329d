-- Lists at constant cost (issue 15): every default sort is served by an index, so a page reads its
-- rows in order and stops after them instead of sorting the whole table (EXPLAIN without
-- "Using temporary; Using filesort"). InnoDB appends the primary key to a secondary index, so
-- (sort key) also orders by (sort key, id), the tie-breaker every list adds.

-- Inspections: by planned start (the default), and within a plan year (the SPA's default filter).
CREATE INDEX ix_inspection_planned_start ON inspection (planned_start);
CREATE INDEX ix_inspection_year_planned_start ON inspection (plan_year, planned_start);

-- Party organisations: by name (the default).
CREATE INDEX ix_party_organization_name ON party_organization (name);

-- Units: by code (the default); ix_unit_code (code, valid_from) puts the validity before the id.
CREATE INDEX ix_unit_code_id ON unit (code);
