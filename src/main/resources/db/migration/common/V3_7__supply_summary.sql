-- Maintained summary of supply for regional analysis (people.internal.SupplySummary; docs/ARCHITECTURE.md,
-- "Maintained summaries"). Written in the same transaction as every participant write, under the lock row below.

-- The lock and the day the level table is valid for; as_of is null until the first (re)build at start-up.
create table ppl_supply_state (
    id     integer primary key,
    as_of  date,
    built_at timestamp
);
insert into ppl_supply_state (id, as_of) values (1, null);

-- People in the system on as_of by kind (WANTED, EXPERIENCED, EITHER = wants or has worked in it, SKILL),
-- concept and municipality ('' where none is recorded). Cells that fell to zero stay as rows.
create table ppl_supply_level (
    kind              varchar(12) not null,
    concept_id        varchar(40) not null,
    municipality_code varchar(4)  not null,
    people            bigint      not null,
    primary key (kind, concept_id, municipality_code)
);

-- Entries (+1 on the day applied) and exits (-1 on the exit date) by municipality: the count on any day is the
-- sum of the deltas up to it.
create table ppl_supply_day (
    municipality_code varchar(4) not null,
    on_day            date       not null,
    delta             bigint     not null,
    primary key (municipality_code, on_day)
);
