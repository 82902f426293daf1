-- A programme report belongs to a programme of the people module (and its owning unit): only those who may see
-- the programme's aggregated figures read it. Null for scenarios and cost-of-exclusion calculations.
alter table effects_calculation add column programme_id bigint;
alter table effects_calculation add column unit_id bigint;
create index ix_effects_calculation_programme on effects_calculation (programme_id);
