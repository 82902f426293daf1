package se.kompetensnav.identity.internal;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import se.kompetensnav.identity.Role;

/** A user as stored. */
record UserAccount(long id, String username, @Nullable String passwordHash, String displayName,
		@Nullable String email, @Nullable Long unitId, boolean enabled, int failedAttempts,
		@Nullable Instant lockedUntil, boolean demo, Set<Role> roles) {

	boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}
}
