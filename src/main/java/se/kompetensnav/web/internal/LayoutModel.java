package se.kompetensnav.web.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import se.kompetensnav.common.Demo;
import se.kompetensnav.identity.CurrentUser;
import se.kompetensnav.identity.CurrentUsers;
import se.kompetensnav.web.NavItem;

/** What the layout needs on every page: the navigation for this user, the demo banner, the user's name. */
@ControllerAdvice
class LayoutModel {

	private final List<NavItem> items;

	private final CurrentUsers users;

	private final Demo demo;

	LayoutModel(List<NavItem> items, CurrentUsers users, Demo demo) {
		this.items = List.copyOf(items);
		this.users = users;
		this.demo = demo;
	}

	/** The main navigation for this user: menus of the groups they see an item of. */
	@ModelAttribute("navMenus")
	List<NavMenu> navMenus(HttpServletRequest request) {
		return NavMenu.of(items, users.current().orElse(null), currentPath(request));
	}

	/** The request path without the context path, for marking the current navigation entry. */
	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	@ModelAttribute("demoMode")
	boolean demoMode() {
		return demo.enabled();
	}

	@ModelAttribute("currentUser")
	CurrentUser currentUser() {
		return users.current().orElse(null);
	}
}
