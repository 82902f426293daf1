/**
 * Identity: organisational units in a tree, users and their roles, the signed-in user, and the audit log of
 * personal-data access.
 * <p>
 * Other modules use {@link se.kompetensnav.identity.CurrentUsers} to learn who is asking and which units they may
 * see, {@link se.kompetensnav.identity.Units} to find units, and {@link se.kompetensnav.identity.AuditLog} to record
 * every read and write of personal data in the same transaction as the write.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package se.kompetensnav.identity;

import org.jspecify.annotations.NullMarked;
