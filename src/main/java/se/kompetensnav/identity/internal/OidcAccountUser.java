package se.kompetensnav.identity.internal;

import java.io.Serial;
import java.util.Collection;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A user signed in through the municipality's identity provider, mapped onto the local account with the same
 * username: roles and unit always come from Kompetensnav, never from the identity provider.
 */
final class OidcAccountUser implements OidcUser {

	@Serial
	private static final long serialVersionUID = 1L;

	private final OidcUser oidc;

	private final UserPrincipal account;

	OidcAccountUser(OidcUser oidc, UserPrincipal account) {
		this.oidc = oidc;
		this.account = account;
	}

	UserPrincipal account() {
		return account;
	}

	@Override
	public Map<String, Object> getClaims() {
		return oidc.getClaims();
	}

	@Override
	public @Nullable OidcUserInfo getUserInfo() {
		return oidc.getUserInfo();
	}

	@Override
	public OidcIdToken getIdToken() {
		return oidc.getIdToken();
	}

	@Override
	public Map<String, Object> getAttributes() {
		return oidc.getAttributes();
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return account.getAuthorities();
	}

	@Override
	public String getName() {
		return account.getUsername();
	}
}
