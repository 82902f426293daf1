package se.kompetensnav.energy.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.kompetensnav.identity.Role;
import se.kompetensnav.web.NavGroup;
import se.kompetensnav.web.NavItem;

@Configuration(proxyBeanMethods = false)
class EnergyWebConfiguration {

	@Bean
	NavItem energyNavItem() {
		return NavItem.forRoles(NavGroup.REGION, "energy.nav", "/energy",
				610, Role.UNIT_MANAGER, Role.ANALYST, Role.ADMIN, Role.CONSULTANT);
	}
}
