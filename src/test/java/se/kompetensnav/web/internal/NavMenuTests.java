package se.kompetensnav.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.kompetensnav.identity.CurrentUser;
import se.kompetensnav.identity.Role;
import se.kompetensnav.web.NavGroup;
import se.kompetensnav.web.NavItem;

/** The main menu's groups: which the user sees, in what order, and which entry is the current page. */
class NavMenuTests {

	private static final List<NavItem> ITEMS = List.of(
			NavItem.forRoles(NavGroup.ADMINISTRATION, "identity.nav.users", "/admin/users", 920, Role.ADMIN),
			NavItem.forRoles(NavGroup.ADMINISTRATION, "identity.nav.audit", "/audit", 900, Role.ADMIN,
					Role.UNIT_MANAGER),
			NavItem.forRoles(NavGroup.PARTICIPANTS, "people.nav.programmes", "/people/programmes", 31,
					Role.CONSULTANT),
			NavItem.forRoles(NavGroup.PARTICIPANTS, "people.nav.caseload", "/people", 30, Role.CONSULTANT),
			NavItem.forSignedIn(NavGroup.NETWORK, "network.nav", "/network", 620),
			NavItem.forAll(NavGroup.EDUCATION, "taxonomy.nav", "/taxonomy", 20));

	private static CurrentUser user(Role... roles) {
		return new CurrentUser(1, "u", "U", Set.of(roles), null, Set.of());
	}

	private static List<NavGroup> groups(List<NavMenu> menus) {
		return menus.stream().map(NavMenu::group).toList();
	}

	private static List<String> keys(NavMenu menu) {
		return menu.entries().stream().map(e -> e.item().messageKey()).toList();
	}

	@Test
	void aGroupShowsOnlyWhenTheUserSeesOneOfItsItemsAndGroupsKeepTheirOrder() {
		List<NavMenu> consultant = NavMenu.of(ITEMS, user(Role.CONSULTANT), "/");
		assertThat(groups(consultant)).containsExactly(NavGroup.PARTICIPANTS, NavGroup.EDUCATION, NavGroup.NETWORK);
		assertThat(keys(consultant.getFirst())).containsExactly("people.nav.caseload", "people.nav.programmes");

		List<NavMenu> admin = NavMenu.of(ITEMS, user(Role.ADMIN), "/");
		assertThat(groups(admin)).containsExactly(NavGroup.EDUCATION, NavGroup.NETWORK, NavGroup.ADMINISTRATION);
		assertThat(keys(admin.getLast())).containsExactly("identity.nav.audit", "identity.nav.users");
		assertThat(admin.getLast().single()).isFalse();

		// A unit manager sees one administration entry: the menu is a single link.
		NavMenu manager = NavMenu.of(ITEMS, user(Role.UNIT_MANAGER), "/").getLast();
		assertThat(manager.group()).isEqualTo(NavGroup.ADMINISTRATION);
		assertThat(manager.single()).isTrue();

		// Signed out: only open entries, so only their groups.
		assertThat(groups(NavMenu.of(ITEMS, null, "/"))).containsExactly(NavGroup.EDUCATION);
		assertThat(NavMenu.of(List.of(ITEMS.getFirst()), null, "/")).isEmpty();
	}

	@Test
	void theCurrentPageIsTheEntryWithTheLongestWholeSegmentPrefix() {
		List<NavMenu> menus = NavMenu.of(ITEMS, user(Role.CONSULTANT), "/people/programmes/7");
		NavMenu participants = menus.getFirst();
		assertThat(participants.current()).isTrue();
		assertThat(participants.entries()).extracting(NavMenu.Entry::current).containsExactly(false, true);
		assertThat(menus.subList(1, menus.size())).noneMatch(NavMenu::current);

		assertThat(NavMenu.of(ITEMS, user(Role.CONSULTANT), "/people/42").getFirst().entries())
			.extracting(NavMenu.Entry::current).containsExactly(true, false);
		// "/peoplex" is not under "/people"; the start page marks nothing.
		assertThat(NavMenu.of(ITEMS, user(Role.CONSULTANT), "/peoplex")).noneMatch(NavMenu::current);
		assertThat(NavMenu.of(ITEMS, user(Role.CONSULTANT), "/")).noneMatch(NavMenu::current);
	}

	@Test
	void menuIdsAreStableForLabelsAndTests() {
		assertThat(NavMenu.of(ITEMS, user(Role.ADMIN), "/").getLast().id())
			.isEqualTo("nav-group-administration");
	}
}
