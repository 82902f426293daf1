package se.kompetensnav.network.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.kompetensnav.identity.PublicPaths;
import se.kompetensnav.identity.Role;
import se.kompetensnav.web.NavGroup;
import se.kompetensnav.web.NavItem;

@Configuration(proxyBeanMethods = false)
class NetworkWebConfiguration {

	@Bean
	NavItem networkNavItem() {
		return NavItem.forSignedIn(NavGroup.NETWORK, "network.nav", "/network", 620);
	}

	@Bean
	NavItem cohortsNavItem() {
		return NavItem.forRoles(NavGroup.EMPLOYERS, "network.nav.cohorts", "/cohorts",
				315, Role.EMPLOYER, Role.PROVIDER, Role.CONSULTANT, Role.UNIT_MANAGER, Role.ANALYST, Role.ADMIN);
	}

	/** The actor directory is open data in a documented format (docs/network.md). */
	@Bean
	PublicPaths networkPublicPaths() {
		return PublicPaths.of("/api/network/directory.csv", "/api/network/directory.json",
				"/api/network/directory.schema.json");
	}
}
