package se.kompetensnav.identity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One row of the audit log.
 *
 * @param subjectType what kind of record, e.g. {@code participant}
 * @param subjectId the record's id
 * @param personRef the person the data is about (a participant id, pseudonymised where the record is statistical),
 *     so that a unit manager can review everything done to one person's data
 * @param purpose why (e.g. "case work", "ESF+ report", "registerutdrag")
 */
public record AuditEntry(long id, Instant at, @Nullable Long userId, String username, @Nullable Long unitId,
		AuditAction action, String subjectType, @Nullable String subjectId, @Nullable String personRef,
		String purpose, @Nullable String details) {
}
