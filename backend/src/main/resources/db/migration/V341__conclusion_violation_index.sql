-- The annual review counts inspections whose conclusion found a violation (a few per cent of them):
-- starting from those conclusions, not from every inspection of the year, took the count from 38 ms
-- to 3 ms on the demo (issue 15, bench/national/README.md "The annual review, second pass").
CREATE INDEX ix_conclusion_violation ON inspection_conclusion (violation_found, inspection_id);
