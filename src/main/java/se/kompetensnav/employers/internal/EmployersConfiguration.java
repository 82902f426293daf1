package se.kompetensnav.employers.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.kompetensnav.employers.EmployersSettings;
import se.kompetensnav.identity.Role;
import se.kompetensnav.web.NavGroup;
import se.kompetensnav.web.NavItem;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmployersSettings.class)
class EmployersConfiguration {

	@Bean
	NavItem employersMyNeeds() {
		return NavItem.forRoles(NavGroup.EMPLOYERS, "employers.nav.needs", "/employers/my/needs", 300, Role.EMPLOYER);
	}

	@Bean
	NavItem employersMyOpportunities() {
		return NavItem.forRoles(NavGroup.EMPLOYERS, "employers.nav.opportunities", "/employers/my/opportunities",
				310, Role.EMPLOYER);
	}

	@Bean
	NavItem employersOpenOpportunities() {
		return NavItem.forRoles(NavGroup.EMPLOYERS, "employers.nav.openOpportunities", "/employers/opportunities",
				320, Role.CONSULTANT, Role.UNIT_MANAGER, Role.ADMIN);
	}

	@Bean
	NavItem employersDemand() {
		return NavItem.forRoles(NavGroup.REGION, "employers.nav.demand", "/employers/demand",
				340, Role.ANALYST, Role.ADMIN, Role.UNIT_MANAGER, Role.CONSULTANT);
	}

	@Bean
	NavItem employersOrganisations() {
		return NavItem.forRoles(NavGroup.EMPLOYERS, "employers.nav.organisations", "/employers/organisations",
				330, Role.ADMIN, Role.ANALYST, Role.UNIT_MANAGER, Role.CONSULTANT);
	}
}
