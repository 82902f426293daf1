-- Energy: hourly profiles (8,760 values, kW) of sources and sinks, entered by form or API. One per source or sink;
-- it replaces the monthly profile (and, for a greenhouse, the model's demand) in matching.
create table energy_hourly_profile (
    owner_type varchar(10) not null,
    owner_id bigint not null,
    kw_series text not null,
    annual_mwh double precision not null,
    peak_kw double precision not null,
    updated_at timestamp not null,
    primary key (owner_type, owner_id)
);
