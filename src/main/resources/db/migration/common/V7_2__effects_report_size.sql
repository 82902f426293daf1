-- How many participations a programme report was built from: a report from fewer than the disclosure threshold
-- (kompetensnav.effects.min-participants) is read only by managers of the owning unit, who see the cases anyway.
-- Null for scenarios, cost-of-exclusion calculations and reports stored before this column.
alter table effects_calculation add column participants int;
