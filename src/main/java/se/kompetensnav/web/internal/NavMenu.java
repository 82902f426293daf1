package se.kompetensnav.web.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import se.kompetensnav.identity.CurrentUser;
import se.kompetensnav.web.NavGroup;
import se.kompetensnav.web.NavItem;

/**
 * One menu of the main navigation as the layout renders it: a group with the entries this user sees. The layout
 * shows a menu with one entry as a plain link and a menu with several as a dropdown.
 *
 * @param current true when one of the entries is the current page
 */
public record NavMenu(NavGroup group, List<Entry> entries, boolean current) {

	/** An entry, and whether it is the current page (the entry whose path is the longest prefix of the request's). */
	public record Entry(NavItem item, boolean current) {
	}

	/** For ids: the group's name in lower case, e.g. {@code nav-group-participants}. */
	public String id() {
		return "nav-group-" + group.name().toLowerCase(Locale.ROOT);
	}

	/** True when the menu shows as a plain link. */
	public boolean single() {
		return entries.size() == 1;
	}

	/**
	 * The menus the user sees, in the groups' order, each with its visible items in their order; groups without a
	 * visible item are left out.
	 */
	static List<NavMenu> of(List<NavItem> items, @Nullable CurrentUser user, @Nullable String currentPath) {
		List<NavItem> visible = items.stream().filter(i -> visible(i, user))
			.sorted(Comparator.comparingInt(NavItem::order)).toList();
		NavItem current = currentItem(visible, currentPath);
		Map<NavGroup, List<Entry>> byGroup = new EnumMap<>(NavGroup.class);
		for (NavItem item : visible) {
			byGroup.computeIfAbsent(item.group(), g -> new ArrayList<>()).add(new Entry(item, item == current));
		}
		List<NavMenu> menus = new ArrayList<>();
		byGroup.forEach((group, entries) -> menus
			.add(new NavMenu(group, List.copyOf(entries), entries.stream().anyMatch(Entry::current))));
		return menus;
	}

	static boolean visible(NavItem item, @Nullable CurrentUser user) {
		if (item.open()) {
			return true;
		}
		if (user == null) {
			return false;
		}
		return item.roles().isEmpty() || item.roles().stream().anyMatch(user::has);
	}

	/** The item whose path is the longest whole-segment prefix of the path, e.g. /people/programmes over /people. */
	private static @Nullable NavItem currentItem(List<NavItem> items, @Nullable String path) {
		if (path == null) {
			return null;
		}
		NavItem best = null;
		for (NavItem item : items) {
			String p = item.path();
			boolean matches = !p.equals("/") && (path.equals(p) || path.startsWith(p.endsWith("/") ? p : p + "/"));
			if (matches && (best == null || p.length() > best.path().length())) {
				best = item;
			}
		}
		return best;
	}
}
