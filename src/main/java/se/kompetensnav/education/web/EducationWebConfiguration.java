package se.kompetensnav.education.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.kompetensnav.identity.Role;
import se.kompetensnav.web.NavItem;

@Configuration(proxyBeanMethods = false)
class EducationWebConfiguration {

	/** The catalogue, for every signed-in user. */
	@Bean
	NavItem educationNav() {
		return new NavItem("education.nav.catalogue", "/utbildningar", Set.of(), 300, false);
	}

	/** Course maintenance, for providers. */
	@Bean
	NavItem educationMyCoursesNav() {
		return NavItem.forRoles("education.nav.myCourses", "/utbildningar/mina", 301, Role.PROVIDER);
	}
}
