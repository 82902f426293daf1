package se.kompetensnav.planning.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.kompetensnav.identity.PublicPaths;
import se.kompetensnav.identity.Role;
import se.kompetensnav.web.NavGroup;
import se.kompetensnav.web.NavItem;

@Configuration(proxyBeanMethods = false)
class PlanningWebConfiguration {

	@Bean
	NavItem planningNavItem() {
		return NavItem.forRoles(NavGroup.REGION, "planning.nav", "/planning",
				600, Role.UNIT_MANAGER, Role.ANALYST, Role.ADMIN);
	}

	/** Municipality borders are open data. */
	@Bean
	PublicPaths planningPublicPaths() {
		return PublicPaths.of("/api/planning/municipalities/**");
	}
}
