package se.kompetensnav.places.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.kompetensnav.identity.PublicJsonPost;
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

	/**
	 * The inquiry API takes JSON from other sites' back ends (a municipality's or a partner's web site), which have
	 * no session and no CSRF token; it is anonymous and limits each address (NewcomerInquiries). The HTML form
	 * (/platser/flytta) keeps its token.
	 */
	@Bean
	PublicJsonPost placesInquiryJsonPost() {
		return new PublicJsonPost("/api/places/inquiries");
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
