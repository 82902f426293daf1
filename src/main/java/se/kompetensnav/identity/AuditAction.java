package se.kompetensnav.identity;

/** What was done to personal data. */
public enum AuditAction {
	READ, SEARCH, CREATE, UPDATE, DELETE, EXPORT, CULL,
	/** An attempt to reach a record outside the user's scope: answered 404, logged here. */
	DENIED
}
