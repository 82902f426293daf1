package se.kompetensnav.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import se.kompetensnav.test.IntegrationTest;

/** Personal API tokens: created by the signed-in user, authenticate API calls, and stop working when revoked. */
@IntegrationTest
class ApiTokenIntegrationTests {

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

	private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"(kn_[A-Za-z0-9_-]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCreatedTokenAuthenticatesApiCallsUntilItIsRevoked() throws Exception {
		MockHttpSession session = Logins.login(mvc, "konsulent");
		MvcResult created = mvc
			.perform(post("/api/tokens").session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"integration token\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.name").value("integration token"))
			.andReturn();
		String body = created.getResponse().getContentAsString();
		String token = group(TOKEN, body);
		long id = Long.parseLong(group(ID, body));
		// Only the hash is stored.
		assertThat(jdbc.sql("select count(*) from api_token where token_hash = ? or prefix = ?")
			.params(token, token).query(Long.class).single()).isZero();

		mvc.perform(get("/api/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("konsulent"))
			.andExpect(jsonPath("$.roles[0]").value("CONSULTANT"))
			.andExpect(jsonPath("$.unitCode").value("jobbcenter-boden"));
		// The list shows the token with its last use, never the secret.
		mvc.perform(get("/api/tokens").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + id + ")].lastUsedAt").isNotEmpty())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(token))));

		mvc.perform(delete("/api/tokens/" + id).session(session).with(csrf())).andExpect(status().isNoContent());

		mvc.perform(get("/api/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
	}

	@Test
	void anUnknownTokenIsAnswered401AndNeedsNoCsrf() throws Exception {
		mvc.perform(get("/api/me").header("Authorization", "Bearer kn_doesnotexist")).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/tokens").header("Authorization", "Bearer kn_doesnotexist")
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\"}")).andExpect(status().isUnauthorized());
	}

	@Test
	void anotherUsersTokenCannotBeRevoked() throws Exception {
		MockHttpSession owner = Logins.login(mvc, "konsulent.lulea");
		String body = mvc.perform(post("/api/tokens").session(owner).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"owned\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long id = Long.parseLong(group(ID, body));
		MockHttpSession other = Logins.login(mvc, "konsulent");
		mvc.perform(delete("/api/tokens/" + id).session(other).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(get("/api/me").header("Authorization", "Bearer " + group(TOKEN, body))).andExpect(status().isOk());
	}

	@Test
	void invalidTokenRequestsNameTheFields() throws Exception {
		MockHttpSession session = Logins.login(mvc, "analytiker");
		mvc.perform(post("/api/tokens").session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"  \",\"expiresAt\":\"2001-01-01T00:00:00Z\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("name", "expiresAt")));
	}

	@Test
	void theAccountPageCreatesShowsOnceAndRevokesTokens() throws Exception {
		MockHttpSession session = Logins.login(mvc, "utbildare");
		MvcResult created = mvc.perform(post("/account/tokens").session(session).with(csrf())
			.param("name", "page token").param("expiresOn", "2099-12-31"))
			.andExpect(redirectedUrl("/account"))
			.andExpect(flash().attributeExists("issued"))
			.andReturn();
		Object issued = created.getFlashMap().get("issued");
		String secret = group(Pattern.compile("token=(kn_[A-Za-z0-9_-]+)"), issued.toString());
		// The redirect's page shows the secret (the flash attributes live in the session until then).
		mvc.perform(get("/account").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(secret)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Lärcentrum Boden (demo)")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Utbildningsanordnare")));
		// On the next visit the secret is gone; the token shows by its prefix.
		String page = mvc.perform(get("/account").session(session)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).doesNotContain(secret).contains(secret.substring(0, 8)).contains("2099-12-31");
		long id = jdbc.sql("select id from api_token where name = 'page token' and prefix = ?")
			.param(secret.substring(0, 8)).query(Long.class).single();
		mvc.perform(post("/account/tokens/" + id + "/revoke").session(session).with(csrf()))
			.andExpect(redirectedUrl("/account"));
		mvc.perform(get("/api/me").header("Authorization", "Bearer " + secret)).andExpect(status().isUnauthorized());
	}

	@Test
	void theAccountPageShowsFieldErrors() throws Exception {
		MockHttpSession session = Logins.login(mvc, "utbildare");
		String page = mvc.perform(post("/account/tokens").session(session).with(csrf()).param("name", "")
			.param("expiresOn", "2001-01-01"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"token-name-error\"").contains("id=\"token-expires-error\"").contains("is-invalid");
	}

	private static String group(Pattern p, String s) {
		Matcher m = p.matcher(s);
		assertThat(m.find()).as("%s in %s", p, s).isTrue();
		return m.group(1);
	}
}
