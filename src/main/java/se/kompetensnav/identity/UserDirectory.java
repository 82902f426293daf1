package se.kompetensnav.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Who works where: a read-only directory of users for other modules (naming a case's consultant, choosing a
 * programme's staff). No passwords, e-mail addresses or login state.
 */
public interface UserDirectory {

	/** A user as other modules may see them. */
	record Entry(long id, String username, String displayName, @Nullable Long unitId, Set<Role> roles) {

		public Entry {
			roles = Set.copyOf(roles);
		}

		public boolean has(Role role) {
			return roles.contains(role);
		}
	}

	Optional<Entry> byId(long id);

	Optional<Entry> byUsername(String username);

	/** The users among {@code ids} that exist, by id. */
	Map<Long, Entry> byIds(Collection<Long> ids);

	/** Users whose unit is one of {@code unitIds}, by display name. */
	List<Entry> inUnits(Collection<Long> unitIds);
}
