package se.kompetensnav.identity.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer kn_...}: authenticates the request as the token's owner for this request only.
 * A bearer token that is unknown, revoked or expired is answered 401 at once.
 */
class ApiTokenFilter extends OncePerRequestFilter {

	private final ApiTokens tokens;

	private final Accounts accounts;

	ApiTokenFilter(ApiTokens tokens, Accounts accounts) {
		this.tokens = tokens;
		this.accounts = accounts;
	}

	static boolean hasBearer(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!hasBearer(request)) {
			chain.doFilter(request, response);
			return;
		}
		String token = request.getHeader(HttpHeaders.AUTHORIZATION).substring(7).trim();
		Optional<UserPrincipal> principal = tokens.authenticate(token).flatMap(accounts::principal)
			.filter(p -> p.isEnabled() && p.isAccountNonLocked());
		if (principal.isEmpty()) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
			response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "invalid or revoked token");
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal.get(), null,
				principal.get().getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
