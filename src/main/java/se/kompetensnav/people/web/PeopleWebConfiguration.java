package se.kompetensnav.people.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.kompetensnav.identity.Role;
import se.kompetensnav.web.NavGroup;
import se.kompetensnav.web.NavItem;

@Configuration(proxyBeanMethods = false)
class PeopleWebConfiguration {

	@Bean
	NavItem peopleCaseloadNav() {
		return NavItem.forRoles(NavGroup.PARTICIPANTS, "people.nav.caseload", "/people",
				30, Role.CONSULTANT, Role.UNIT_MANAGER);
	}

	@Bean
	NavItem peopleProgrammesNav() {
		return NavItem.forRoles(NavGroup.PARTICIPANTS, "people.nav.programmes", "/people/programmes",
				31, Role.CONSULTANT, Role.UNIT_MANAGER, Role.ANALYST, Role.ADMIN);
	}
}
