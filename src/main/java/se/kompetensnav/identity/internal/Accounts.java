package se.kompetensnav.identity.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import se.kompetensnav.identity.CurrentUser;
import se.kompetensnav.identity.Units;

/** Turns stored accounts into principals. */
@Service
class Accounts implements UserDetailsService {

	private final UserStore store;

	private final Units units;

	private final Clock clock;

	Accounts(UserStore store, Units units, Clock clock) {
		this.store = store;
		this.units = units;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return principal(username).orElseThrow(() -> new UsernameNotFoundException(username));
	}

	Optional<UserPrincipal> principal(String username) {
		return store.findByUsername(username).map(this::principal);
	}

	Optional<UserPrincipal> principal(long userId) {
		return store.findById(userId).map(this::principal);
	}

	UserPrincipal principal(UserAccount account) {
		Set<Long> visible = account.unitId() == null ? Set.of() : units.subtree(account.unitId());
		CurrentUser user = new CurrentUser(account.id(), account.username(), account.displayName(), account.roles(),
				account.unitId(), visible);
		return new UserPrincipal(user, account.passwordHash(), account.enabled(), account.lockedAt(clock.instant()));
	}
}
