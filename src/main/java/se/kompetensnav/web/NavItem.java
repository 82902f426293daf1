package se.kompetensnav.web;

import java.util.Set;

import se.kompetensnav.identity.Role;

/**
 * An entry in the main navigation. Declare one as a bean in a module; it shows in its {@link NavGroup}'s menu to
 * users with any of {@code roles} (all signed-in users when empty, everyone when {@code open}).
 *
 * @param group the menu it belongs to
 * @param messageKey the label's message key
 * @param path where it leads
 * @param order position within the menu (and on the start page), ascending
 */
public record NavItem(NavGroup group, String messageKey, String path, Set<Role> roles, int order, boolean open) {

	/** An entry for signed-in users with any of {@code roles}. */
	public static NavItem forRoles(NavGroup group, String messageKey, String path, int order, Role... roles) {
		return new NavItem(group, messageKey, path, Set.of(roles), order, false);
	}

	/** An entry for every signed-in user. */
	public static NavItem forSignedIn(NavGroup group, String messageKey, String path, int order) {
		return new NavItem(group, messageKey, path, Set.of(), order, false);
	}

	/** An entry for everyone, signed in or not (public pages). */
	public static NavItem forAll(NavGroup group, String messageKey, String path, int order) {
		return new NavItem(group, messageKey, path, Set.of(), order, true);
	}
}
