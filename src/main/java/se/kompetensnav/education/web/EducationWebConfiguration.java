package se.kompetensnav.education.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.kompetensnav.identity.Role;
import se.kompetensnav.web.NavGroup;
import se.kompetensnav.web.NavItem;

@Configuration(proxyBeanMethods = false)
class EducationWebConfiguration {

	/** The catalogue, for every signed-in user. */
	@Bean
	NavItem educationNav() {
		return NavItem.forSignedIn(NavGroup.EDUCATION, "education.nav.catalogue", "/utbildningar", 300);
	}

	/** Course maintenance, for providers. */
	@Bean
	NavItem educationMyCoursesNav() {
		return NavItem.forRoles(NavGroup.EDUCATION, "education.nav.myCourses", "/utbildningar/mina",
				301, Role.PROVIDER);
	}
}
