package se.kompetensnav.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * OIDC login against a municipality's identity provider, configured by properties only: a stub provider (discovery,
 * JWKS, authorize, token; id tokens signed with its own RSA key) runs in this JVM, and the authorization-code flow
 * runs over real HTTP. This class has its own application context (the OIDC client registration), unlike the shared
 * {@code @IntegrationTest} context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.security.oauth2.client.registration.kommun.client-id=kompetensnav",
		"spring.security.oauth2.client.registration.kommun.client-secret=stub-secret",
		"spring.security.oauth2.client.registration.kommun.scope=openid,profile",
		"kompetensnav.security.oidc-registration=kommun",
		"kompetensnav.security.oidc-login-label=Logga in med Stubbkommunens inloggning" })
class OidcLoginIntegrationTests {

	static final StubIdentityProvider idp = StubIdentityProvider.start();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void provider(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.client.provider.kommun.issuer-uri", idp::issuer);
	}

	@AfterAll
	static void stop() {
		idp.stop();
	}

	private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NORMAL).build();

	private HttpResponse<String> get(String pathOrUrl) throws Exception {
		URI uri = URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : "http://localhost:" + port + pathOrUrl);
		return browser.send(HttpRequest.newBuilder(uri).header("Accept", "text/html,application/json").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void theLoginPageOffersTheMunicipalityLogin() throws Exception {
		HttpResponse<String> login = get("/login");
		assertThat(login.body()).contains("Logga in med Stubbkommunens inloggning")
			.contains("href=\"/oauth2/authorization/kommun\"");
	}

	@Test
	void aKnownUserIsSignedInWithTheLocalAccountsRoles() throws Exception {
		idp.nextUser = "chef";
		HttpResponse<String> home = get("/oauth2/authorization/kommun");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.uri().getPath()).isEqualTo("/");
		assertThat(home.body()).contains("Cecilia Chef").contains("data-role=\"UNIT_MANAGER\"");
		assertThat(idp.tokensIssued).containsKey("chef");

		HttpResponse<String> me = get("/api/me");
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.body()).contains("\"username\":\"chef\"").contains("\"roles\":[\"UNIT_MANAGER\"]")
			.contains("\"unitCode\":\"jobbcenter-boden\"");
		// Roles come from Kompetensnav: a unit manager reviews the log but does not administer users.
		assertThat(get("/audit").statusCode()).isEqualTo(200);
		assertThat(get("/admin/users").statusCode()).isEqualTo(403);
	}

	@Test
	void anUnknownUserIsRefused() throws Exception {
		idp.nextUser = "okand.person";
		HttpResponse<String> answer = get("/oauth2/authorization/kommun");
		assertThat(idp.tokensIssued).containsKey("okand.person");
		assertThat(answer.uri().getPath()).isEqualTo("/login");
		assertThat(answer.uri().getQuery()).isEqualTo("error");
		HttpResponse<String> me = browser.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(me.statusCode()).isEqualTo(401);
	}

	/** A minimal OpenID provider: discovery, JWKS, an authorize endpoint that signs in {@link #nextUser}, a token endpoint. */
	static final class StubIdentityProvider {

		private final HttpServer server;

		private final RSAKey key;

		private final Map<String, Map<String, String>> codes = new ConcurrentHashMap<>();

		final Map<String, String> tokensIssued = new ConcurrentHashMap<>();

		volatile String nextUser = "chef";

		private StubIdentityProvider(HttpServer server, RSAKey key) {
			this.server = server;
			this.key = key;
		}

		static StubIdentityProvider start() {
			try {
				RSAKey key = new RSAKeyGenerator(2048).keyID("stub-" + UUID.randomUUID()).generate();
				HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
				StubIdentityProvider idp = new StubIdentityProvider(server, key);
				server.createContext("/.well-known/openid-configuration", idp::discovery);
				server.createContext("/jwks", ex -> send(ex, 200, "application/json",
						new JWKSet(key.toPublicJWK()).toString()));
				server.createContext("/authorize", idp::authorize);
				server.createContext("/token", idp::token);
				server.start();
				return idp;
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}

		String issuer() {
			return "http://localhost:" + server.getAddress().getPort();
		}

		void stop() {
			server.stop(0);
		}

		private void discovery(HttpExchange ex) throws IOException {
			String iss = issuer();
			send(ex, 200, "application/json", """
					{"issuer":"%1$s","authorization_endpoint":"%1$s/authorize","token_endpoint":"%1$s/token",
					 "jwks_uri":"%1$s/jwks","response_types_supported":["code"],"subject_types_supported":["public"],
					 "id_token_signing_alg_values_supported":["RS256"],"scopes_supported":["openid","profile"],
					 "token_endpoint_auth_methods_supported":["client_secret_basic"],
					 "grant_types_supported":["authorization_code"]}""".formatted(iss));
		}

		/** Signs in {@link #nextUser} at once and sends the browser back with a code. */
		private void authorize(HttpExchange ex) throws IOException {
			Map<String, String> q = form(ex.getRequestURI().getRawQuery());
			String code = UUID.randomUUID().toString();
			Map<String, String> grant = new HashMap<>(q);
			grant.put("username", nextUser);
			codes.put(code, grant);
			String location = q.get("redirect_uri") + "?code=" + code + "&state="
					+ URLEncoder.encode(q.get("state"), StandardCharsets.UTF_8);
			ex.getResponseHeaders().add("Location", location);
			send(ex, 302, "text/plain", "");
		}

		private void token(HttpExchange ex) throws IOException {
			String basic = "Basic " + Base64.getEncoder()
				.encodeToString("kompetensnav:stub-secret".getBytes(StandardCharsets.UTF_8));
			if (!basic.equals(ex.getRequestHeaders().getFirst("Authorization"))) {
				send(ex, 401, "application/json", "{\"error\":\"invalid_client\"}");
				return;
			}
			Map<String, String> body = form(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			Map<String, String> grant = codes.remove(body.get("code"));
			if (grant == null || !grant.get("redirect_uri").equals(body.get("redirect_uri"))) {
				send(ex, 400, "application/json", "{\"error\":\"invalid_grant\"}");
				return;
			}
			String username = grant.get("username");
			try {
				Instant now = Instant.now();
				JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer()).subject("sub-" + username)
					.audience(grant.get("client_id")).issueTime(Date.from(now))
					.expirationTime(Date.from(now.plusSeconds(300))).claim("preferred_username", username)
					.claim("name", "Stub " + username);
				if (grant.get("nonce") != null) {
					claims.claim("nonce", grant.get("nonce"));
				}
				SignedJWT idToken = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
						claims.build());
				idToken.sign(new RSASSASigner(key));
				tokensIssued.put(username, idToken.serialize());
				send(ex, 200, "application/json", """
						{"access_token":"%s","token_type":"Bearer","expires_in":300,"scope":"openid","id_token":"%s"}"""
					.formatted(UUID.randomUUID(), idToken.serialize()));
			}
			catch (Exception e) {
				send(ex, 500, "text/plain", e.toString());
			}
		}

		private static Map<String, String> form(String raw) {
			Map<String, String> out = new HashMap<>();
			if (raw == null) {
				return out;
			}
			for (String pair : raw.split("&")) {
				int eq = pair.indexOf('=');
				if (eq > 0) {
					out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
							URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
				}
			}
			return out;
		}

		private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			ex.getResponseHeaders().add("Content-Type", type);
			ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
			try (OutputStream out = ex.getResponseBody()) {
				out.write(bytes);
			}
		}
	}
}
