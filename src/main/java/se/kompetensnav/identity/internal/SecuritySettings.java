package se.kompetensnav.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login rules.
 *
 * @param maxFailedLogins failed logins in a row that lock the account
 * @param lockout how long a locked account stays locked
 * @param adminUsername the first admin created on an empty production database (with {@code adminPassword})
 */
@ConfigurationProperties("kompetensnav.security")
record SecuritySettings(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockout,
		@DefaultValue("") String adminUsername, @DefaultValue("") String adminPassword) {
}
