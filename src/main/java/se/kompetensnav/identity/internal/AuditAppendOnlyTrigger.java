package se.kompetensnav.identity.internal;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/** H2's counterpart of the PostgreSQL trigger that keeps audit_log append-only. */
public class AuditAppendOnlyTrigger implements Trigger {

	@Override
	public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
		throw new SQLException("audit_log is append-only");
	}
}
