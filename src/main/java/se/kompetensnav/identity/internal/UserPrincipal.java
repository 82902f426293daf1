package se.kompetensnav.identity.internal;

import java.io.Serial;
import java.util.Collection;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import se.kompetensnav.identity.CurrentUser;
import se.kompetensnav.identity.Role;

/** The authenticated principal for form login and API tokens; OIDC logins are mapped onto the same account. */
final class UserPrincipal implements UserDetails {

	@Serial
	private static final long serialVersionUID = 1L;

	private final CurrentUser user;

	private final @Nullable String passwordHash;

	private final boolean enabled;

	private final boolean locked;

	UserPrincipal(CurrentUser user, @Nullable String passwordHash, boolean enabled, boolean locked) {
		this.user = user;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.locked = locked;
	}

	CurrentUser user() {
		return user;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return authorities(user.roles());
	}

	static Collection<? extends GrantedAuthority> authorities(Set<Role> roles) {
		return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return user.username();
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}
}
