package se.kompetensnav.education.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.kompetensnav.identity.Role;
import se.kompetensnav.web.NavItem;

@Configuration(proxyBeanMethods = false)
class EducationWebConfiguration {

	@Bean
	NavItem educationNav() {
		return new NavItem("education.nav.catalogue", "/utbildningar", java.util.Set.of(), 300, false);
	}

	@Bean
	NavItem educationMyCoursesNav() {
		return NavItem.forRoles("education.nav.myCourses", "/utbildningar/mina", 301, Role.PROVIDER);
	}
}
