package se.kompetensnav.identity.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;

import jakarta.servlet.SessionTrackingMode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import se.kompetensnav.identity.PublicJsonPost;
import se.kompetensnav.identity.PublicPaths;
import se.kompetensnav.identity.Role;

/**
 * Who may reach what. Pages need a login (form, or OIDC where a client registration is configured); API calls
 * authenticate with a session or a personal token. Modules open paths to the public by declaring
 * {@link PublicPaths} beans; everything else requires authentication, and finer rules sit on the services
 * (method security) and in the modules' unit scoping.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

	static final String OIDC_USERNAME_CLAIM = "preferred_username";

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	/** Sessions only by cookie: never a session id rewritten into links (;jsessionid=...), where it would leak. */
	@Bean
	ServletContextInitializer cookieOnlySessions() {
		return context -> context.setSessionTrackingModes(EnumSet.of(SessionTrackingMode.COOKIE));
	}

	@Bean
	PublicPaths identityPublicPaths() {
		return PublicPaths.of("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error",
				"/actuator/health", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html");
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, List<PublicPaths> publicPaths,
			ObjectProvider<PublicJsonPost> publicJsonPosts, ApiTokens tokens, Accounts accounts,
			ObjectProvider<ClientRegistrationRepository> oidcClients) throws Exception {
		RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
		List<RequestMatcher> jsonPosts = new ArrayList<>();
		for (PublicJsonPost post : publicJsonPosts.orderedStream().toList()) {
			jsonPosts.add(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, post.path()));
		}
		http.authorizeHttpRequests(auth -> {
			for (PublicPaths paths : publicPaths) {
				auth.requestMatchers(paths.patterns().toArray(String[]::new)).permitAll();
			}
			for (RequestMatcher post : jsonPosts) {
				auth.requestMatchers(post).permitAll();
			}
			auth.requestMatchers("/admin/**", "/api/admin/**").hasRole(Role.ADMIN.name());
			auth.requestMatchers("/audit/**", "/api/audit/**").hasAnyRole(Role.ADMIN.name(), Role.UNIT_MANAGER.name());
			auth.anyRequest().authenticated();
		});
		http.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll());
		http.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll());
		RequestMatcher publicJson = jsonPosts.isEmpty() ? request -> false : new OrRequestMatcher(jsonPosts);
		http.csrf(csrf -> csrf.ignoringRequestMatchers(ApiTokenFilter::hasBearer,
				request -> sendsJson(request) && publicJson.matches(request)));
		http.addFilterBefore(new ApiTokenFilter(tokens, accounts), UsernamePasswordAuthenticationFilter.class);
		LinkedHashMap<RequestMatcher, AccessDeniedHandler> denied = new LinkedHashMap<>();
		denied.put(api, SecurityConfiguration::problemForbidden);
		http.exceptionHandling(ex -> ex
			.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api)
			.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), new NegatedRequestMatcher(api))
			// Pages keep the default: a 403 that Spring Boot's error view resolution renders as templates/error/403.
			.accessDeniedHandler(new RequestMatcherDelegatingAccessDeniedHandler(denied, new AccessDeniedHandlerImpl())));
		http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
				"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
						+ "object-src 'none'; frame-ancestors 'self'; base-uri 'self'; form-action 'self'")));
		if (oidcClients.getIfAvailable() != null) {
			http.oauth2Login(oauth -> oauth.loginPage("/login")
				.userInfoEndpoint(info -> info.oidcUserService(oidcUserService(accounts))));
		}
		return http.build();
	}

	/** Whether the request body is declared JSON: a type that a cross-site form or simple request cannot send. */
	static boolean sendsJson(HttpServletRequest request) {
		String type = request.getContentType();
		if (type == null) {
			return false;
		}
		try {
			MediaType media = MediaType.parseMediaType(type);
			return media.isCompatibleWith(MediaType.APPLICATION_JSON) && !media.isWildcardType()
					&& !media.isWildcardSubtype();
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}

	/**
	 * An API call refused: a problem document (RFC 9457), not an HTML page. It says which of the two reasons it was,
	 * a missing or stale CSRF token (a session call without the header) or a role the user lacks.
	 */
	static void problemForbidden(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException denied) throws IOException {
		String detail = denied instanceof org.springframework.security.web.csrf.CsrfException
				? "Missing or invalid CSRF token: a call with the session cookie sends the token from the page's "
						+ "_csrf meta tag in the X-CSRF-TOKEN header; or call with a bearer API token."
				: "The signed-in user lacks the role this call needs.";
		response.setStatus(HttpStatus.FORBIDDEN.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write("""
				{"type":"about:blank","title":"Forbidden","status":403,"detail":"%s","instance":"%s"}"""
			.formatted(detail, request.getRequestURI().replace("\\", "").replace("\"", "")));
	}

	/** Maps an OIDC login onto the local account named by the {@value #OIDC_USERNAME_CLAIM} claim. */
	static OAuth2UserService<OidcUserRequest, OidcUser> oidcUserService(Accounts accounts) {
		OidcUserService delegate = new OidcUserService();
		return request -> {
			OidcUser oidc = delegate.loadUser(request);
			String username = oidc.getClaimAsString(OIDC_USERNAME_CLAIM);
			UserPrincipal account = username == null ? null : accounts.principal(username).orElse(null);
			if (account == null || !account.isEnabled() || !account.isAccountNonLocked()) {
				throw new OAuth2AuthenticationException(new OAuth2Error("unknown_user",
						"No active Kompetensnav account for " + username, null));
			}
			return new OidcAccountUser(oidc, account);
		};
	}
}
