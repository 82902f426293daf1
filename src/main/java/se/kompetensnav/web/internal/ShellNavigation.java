package se.kompetensnav.web.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.kompetensnav.identity.PublicPaths;
import se.kompetensnav.identity.Role;
import se.kompetensnav.web.NavGroup;
import se.kompetensnav.web.NavItem;

/**
 * Navigation to the identity module's pages and the shell's public pages. Declared here rather than in identity,
 * because the web module already depends on identity (for the current user) and the reverse would be a cycle.
 */
@Configuration(proxyBeanMethods = false)
class ShellNavigation {

	@Bean
	NavItem identityAuditNav() {
		return NavItem.forRoles(NavGroup.ADMINISTRATION, "identity.nav.audit", "/audit",
				900, Role.ADMIN, Role.UNIT_MANAGER);
	}

	@Bean
	NavItem identityUnitsNav() {
		return NavItem.forRoles(NavGroup.ADMINISTRATION, "identity.nav.units", "/admin/units", 910, Role.ADMIN);
	}

	@Bean
	NavItem identityUsersNav() {
		return NavItem.forRoles(NavGroup.ADMINISTRATION, "identity.nav.users", "/admin/users", 920, Role.ADMIN);
	}

	@Bean
	PublicPaths shellPublicPaths() {
		return PublicPaths.of("/om");
	}
}
