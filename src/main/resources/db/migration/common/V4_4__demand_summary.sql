-- Maintained summary of demand for regional analysis (employers.internal.DemandSummary; docs/ARCHITECTURE.md,
-- "Maintained summaries"). Written in the same transaction as every write to a critical function, an
-- organisation's municipality or an opportunity, under the lock row below.

create table emp_demand_state (
    id       integer primary key,
    built_at timestamp
);
insert into emp_demand_state (id, built_at) values (1, null);

-- Critical functions' headcounts (by the organisation's municipality) and open opportunities' positions, by
-- occupation and municipality; functions and opportunities count the rows behind a cell (zero cells stay as rows).
create table emp_demand_level (
    occupation_id     varchar(20) not null,
    municipality_code varchar(4)  not null,
    functions         bigint      not null,
    needs_now         bigint      not null,
    needs_1y          bigint      not null,
    needs_3y          bigint      not null,
    needs_5y          bigint      not null,
    opportunities     bigint      not null,
    open_positions    bigint      not null,
    primary key (occupation_id, municipality_code)
);

-- Critical functions' MUST skills × headcount, by the organisation's municipality.
create table emp_skill_demand_level (
    skill_id          varchar(20) not null,
    municipality_code varchar(4)  not null,
    functions         bigint      not null,
    needs_now         bigint      not null,
    needs_1y          bigint      not null,
    needs_3y          bigint      not null,
    needs_5y          bigint      not null,
    primary key (skill_id, municipality_code)
);
