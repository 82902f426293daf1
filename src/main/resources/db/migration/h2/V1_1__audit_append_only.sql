create trigger audit_log_no_update before update, delete on audit_log
    for each row call 'se.kompetensnav.identity.internal.AuditAppendOnlyTrigger';
