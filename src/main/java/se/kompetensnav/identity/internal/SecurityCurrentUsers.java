package se.kompetensnav.identity.internal;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import se.kompetensnav.identity.CurrentUser;
import se.kompetensnav.identity.CurrentUsers;

@Service
class SecurityCurrentUsers implements CurrentUsers {

	@Override
	public Optional<CurrentUser> current() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null) {
			return Optional.empty();
		}
		Object principal = auth.getPrincipal();
		if (principal instanceof UserPrincipal p) {
			return Optional.of(p.user());
		}
		if (principal instanceof OidcAccountUser o) {
			return Optional.of(o.account().user());
		}
		return Optional.empty();
	}
}
