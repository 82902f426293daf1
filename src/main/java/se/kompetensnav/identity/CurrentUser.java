package se.kompetensnav.identity;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The signed-in user as other modules see them.
 *
 * @param unitId the user's own unit, or null for users without one (e.g. a global admin)
 * @param visibleUnitIds the user's unit and every unit below it: the scope of case data a unit manager may see
 */
public record CurrentUser(long id, String username, String displayName, Set<Role> roles, @Nullable Long unitId,
		Set<Long> visibleUnitIds) {

	public CurrentUser {
		roles = Set.copyOf(roles);
		visibleUnitIds = Set.copyOf(visibleUnitIds);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	public boolean hasAny(Role... wanted) {
		for (Role r : wanted) {
			if (roles.contains(r)) {
				return true;
			}
		}
		return false;
	}

	/** True when the unit lies within the user's own unit subtree. Admins are not given case access by this. */
	public boolean canSeeUnit(@Nullable Long otherUnitId) {
		return otherUnitId != null && visibleUnitIds.contains(otherUnitId);
	}
}
