package se.kompetensnav.taxonomy.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.kompetensnav.identity.PublicPaths;
import se.kompetensnav.web.NavGroup;
import se.kompetensnav.web.NavItem;

/** The taxonomy is open data: its API and pages need no login. */
@Configuration(proxyBeanMethods = false)
class TaxonomyConfiguration {

	@Bean
	PublicPaths taxonomyPublicPaths() {
		return PublicPaths.of("/api/taxonomy/**", "/api/municipalities", "/api/municipalities/**", "/taxonomy",
				"/taxonomy/**");
	}

	@Bean
	NavItem taxonomyNavItem() {
		return NavItem.forAll(NavGroup.EDUCATION, "taxonomy.nav", "/taxonomy", 20);
	}
}
