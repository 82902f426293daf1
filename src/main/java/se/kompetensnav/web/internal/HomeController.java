package se.kompetensnav.web.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.kompetensnav.identity.CurrentUser;
import se.kompetensnav.identity.CurrentUsers;
import se.kompetensnav.identity.Role;
import se.kompetensnav.web.NavItem;

/**
 * The start page, per role: for each of the user's roles a short introduction and the entry points (navigation
 * items) meant for that role; entries for every signed-in user after them. Also the login and about pages.
 */
@Controller
class HomeController {

	static final String HOME = "home";

	static final String LOGIN = "login";

	static final String ABOUT = "about";

	/** Per role: heading and introduction keys. */
	static final Map<Role, RoleText> TEXTS = Map.of(
			Role.ADMIN, new RoleText("home.role.admin.heading", "home.role.admin.intro"),
			Role.UNIT_MANAGER, new RoleText("home.role.manager.heading", "home.role.manager.intro"),
			Role.CONSULTANT, new RoleText("home.role.consultant.heading", "home.role.consultant.intro"),
			Role.ANALYST, new RoleText("home.role.analyst.heading", "home.role.analyst.intro"),
			Role.EMPLOYER, new RoleText("home.role.employer.heading", "home.role.employer.intro"),
			Role.PROVIDER, new RoleText("home.role.provider.heading", "home.role.provider.intro"));

	record RoleText(String headingKey, String introKey) {
	}

	/** One block of the start page: a role's introduction and its entry points. */
	record Section(Role role, String headingKey, String introKey, List<NavItem> items) {
	}

	private final List<NavItem> items;

	private final CurrentUsers users;

	HomeController(List<NavItem> items, CurrentUsers users) {
		this.items = items.stream().sorted(Comparator.comparingInt(NavItem::order)).toList();
		this.users = users;
	}

	@GetMapping("/")
	String home(Model model) {
		CurrentUser user = users.current().orElse(null);
		model.addAttribute("sections", user == null ? List.of() : sections(user.roles(), items));
		model.addAttribute("commonItems", user == null ? List.of()
				: items.stream().filter(i -> i.roles().isEmpty()).toList());
		return HOME;
	}

	static List<Section> sections(Set<Role> roles, List<NavItem> items) {
		List<Section> out = new ArrayList<>();
		for (Role role : Role.values()) {
			if (roles.contains(role)) {
				RoleText text = TEXTS.get(role);
				out.add(new Section(role, text.headingKey(), text.introKey(),
						items.stream().filter(i -> i.roles().contains(role)).toList()));
			}
		}
		return out;
	}

	@GetMapping("/login")
	String login() {
		return LOGIN;
	}

	@GetMapping("/om")
	String about() {
		return ABOUT;
	}
}
