package se.kompetensnav.identity.internal;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Locks an account after repeated failed logins; a successful login resets the count. */
@Component
class LoginAttempts {

	private final UserStore store;

	private final SecuritySettings settings;

	private final Clock clock;

	LoginAttempts(UserStore store, SecuritySettings settings, Clock clock) {
		this.store = store;
		this.settings = settings;
		this.clock = clock;
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		store.recordFailure(event.getAuthentication().getName(), settings.maxFailedLogins(),
				clock.instant().plus(settings.lockout()));
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		store.recordSuccess(event.getAuthentication().getName());
	}
}
