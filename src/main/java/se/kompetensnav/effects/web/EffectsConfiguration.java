package se.kompetensnav.effects.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.kompetensnav.identity.Role;
import se.kompetensnav.web.NavGroup;
import se.kompetensnav.web.NavItem;

@Configuration(proxyBeanMethods = false)
class EffectsConfiguration {

	@Bean
	NavItem effectsNavItem() {
		return NavItem.forRoles(NavGroup.REGION, "effects.nav", "/effects",
				700, Role.UNIT_MANAGER, Role.CONSULTANT, Role.ANALYST, Role.ADMIN);
	}
}
