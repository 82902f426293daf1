package se.kompetensnav.parameters.internal;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractResourceBasedMessageSource;

import se.kompetensnav.identity.Role;
import se.kompetensnav.web.NavGroup;
import se.kompetensnav.web.NavItem;

@Configuration(proxyBeanMethods = false)
class ParametersConfiguration {

	@Bean
	NavItem parametersNavItem() {
		return NavItem.forRoles(NavGroup.ADMINISTRATION, "parameters.nav", "/parameters",
				900, Role.ADMIN, Role.UNIT_MANAGER, Role.CONSULTANT, Role.ANALYST);
	}

	/**
	 * Adds this module's text bundle to the application's message source. The shared basename list predates the
	 * module; adding a basename twice has no effect, so this stays harmless once the list names it.
	 */
	@Bean
	static BeanPostProcessor parametersMessages() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
				if (bean instanceof AbstractResourceBasedMessageSource source && "messageSource".equals(beanName)) {
					source.addBasenames("i18n/parameters");
				}
				return bean;
			}
		};
	}
}
