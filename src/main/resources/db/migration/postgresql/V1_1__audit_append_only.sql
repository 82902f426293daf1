create function audit_log_refuse_change() returns trigger as $$
begin
    raise exception 'audit_log is append-only';
end;
$$ language plpgsql;

create trigger audit_log_no_update before update or delete on audit_log
    for each row execute function audit_log_refuse_change();
