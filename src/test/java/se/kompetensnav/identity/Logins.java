package se.kompetensnav.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Logs in through the real login form, so that the session holds the application's own principal. */
final class Logins {

	private Logins() {
	}

	static MockHttpSession login(MockMvc mvc, String username, String password) throws Exception {
		return (MockHttpSession) mvc
			.perform(post("/login").param("username", username).param("password", password).with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	static MockHttpSession login(MockMvc mvc, String username) throws Exception {
		return login(mvc, username, "demo");
	}
}
