package se.kompetensnav.places.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.kompetensnav.identity.PublicPaths;
import se.kompetensnav.identity.Role;
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
		return NavItem.forRoles("places.nav.assessments", "/platser", 80, Role.ADMIN, Role.UNIT_MANAGER, Role.ANALYST);
	}

	@Bean
	NavItem placesInboxNav() {
		return NavItem.forRoles("places.nav.inbox", "/platser/forfragningar", 81, Role.ADMIN, Role.UNIT_MANAGER);
	}

	@Bean
	NavItem placesProfilesNav() {
		return NavItem.forAll("places.nav.profiles", "/platser/kommuner", 82);
	}
}
