-- Settings of the employers module that administrators change at run time (e.g. the URL job ads are fetched from).
create table emp_setting (
    setting_key   varchar(60)   primary key,
    setting_value varchar(1000) not null
);
