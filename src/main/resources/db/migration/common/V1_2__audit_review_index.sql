-- Loggkontroll: a unit manager reviews the entries of the users in their unit subtree, newest first.
create index audit_log_unit on audit_log(unit_id, at);
