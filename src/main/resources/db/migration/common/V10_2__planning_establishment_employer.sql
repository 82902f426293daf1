-- An establishment derived from an employer's recorded needs keeps the employer (an id in the employers module, no
-- foreign key across modules), so that a planner can derive a new scenario when the employer's needs change.
alter table planning_establishment add column organisation_id bigint;
