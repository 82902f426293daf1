package se.kompetensnav.analysis.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.kompetensnav.identity.Role;
import se.kompetensnav.web.NavGroup;
import se.kompetensnav.web.NavItem;

@Configuration(proxyBeanMethods = false)
class AnalysisWebConfiguration {

	static final String ROLES = "hasAnyRole('ANALYST','UNIT_MANAGER','ADMIN')";

	@Bean
	NavItem analysisNavItem() {
		return NavItem.forRoles(NavGroup.REGION, "analysis.nav", "/analys",
				550, Role.ANALYST, Role.UNIT_MANAGER, Role.ADMIN);
	}
}
