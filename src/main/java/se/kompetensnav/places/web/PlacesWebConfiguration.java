package se.kompetensnav.places.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.kompetensnav.identity.PublicPaths;
import se.kompetensnav.identity.Role;
import se.kompetensnav.web.NavGroup;
import se.kompetensnav.web.NavItem;

@Configuration(proxyBeanMethods = false)
class PlacesWebConfiguration {

	@Bean
	PublicPaths placesPublicPaths() {
		return PublicPaths.of("/platser/svar/**", "/platser/kommuner", "/platser/kommun/**", "/platser/flytta",
				"/platser/flytta/**", "/api/places/inquiries", "/js/places.js");
	}

	@Bean
	NavItem placesAssessmentsNav() {
		return NavItem.forRoles(NavGroup.REGION, "places.nav.assessments", "/platser",
				630, Role.ADMIN, Role.UNIT_MANAGER, Role.ANALYST);
	}

	@Bean
	NavItem placesInboxNav() {
		return NavItem.forRoles(NavGroup.REGION, "places.nav.inbox", "/platser/forfragningar",
				631, Role.ADMIN, Role.UNIT_MANAGER);
	}

	@Bean
	NavItem placesProfilesNav() {
		return NavItem.forAll(NavGroup.REGION, "places.nav.profiles", "/platser/kommuner", 632);
	}
}
