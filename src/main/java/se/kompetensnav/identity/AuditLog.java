package se.kompetensnav.identity;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The append-only log of every read and write of personal data (who, when, which record, action, purpose).
 * <p>
 * {@link #record} joins the caller's transaction, so a write and its audit row commit or roll back together.
 * Nothing can update or delete a row: the database refuses it.
 */
public interface AuditLog {

	void record(AuditAction action, String subjectType, @Nullable Object subjectId, @Nullable Object personRef,
			String purpose, @Nullable String details);

	default void record(AuditAction action, String subjectType, @Nullable Object subjectId, @Nullable Object personRef,
			String purpose) {
		record(action, subjectType, subjectId, personRef, purpose, null);
	}

	/** Entries for review (loggkontroll); null arguments do not filter. Newest first. */
	List<AuditEntry> search(@Nullable String username, @Nullable String personRef, @Nullable Instant from,
			@Nullable Instant to, @Nullable Long unitScope, int limit);
}
