package se.kompetensnav.web;

import java.util.Set;

import se.kompetensnav.identity.Role;

/**
 * An entry in the main navigation. Declare one as a bean in a module; it shows to users with any of
 * {@code roles} (all signed-in users when empty, everyone when {@code open}).
 *
 * @param messageKey the label's message key
 * @param path where it leads
 * @param order position, ascending
 */
public record NavItem(String messageKey, String path, Set<Role> roles, int order, boolean open) {

	public static NavItem forRoles(String messageKey, String path, int order, Role... roles) {
		return new NavItem(messageKey, path, Set.of(roles), order, false);
	}

	public static NavItem forAll(String messageKey, String path, int order) {
		return new NavItem(messageKey, path, Set.of(), order, true);
	}
}
