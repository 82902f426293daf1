-- The socio-economic effect report (effects module) needs the income at entry and the activity hours of every
-- participation, also after culling: the culled record keeps them (hours as GUIDANCE=12.5;COURSE=80).
alter table ppl_statistical_record add column income_source varchar(24);
alter table ppl_statistical_record add column activity_hours varchar(200) not null default '';
