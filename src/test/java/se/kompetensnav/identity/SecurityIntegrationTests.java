package se.kompetensnav.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.kompetensnav.test.IntegrationTest;

@IntegrationTest
class SecurityIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anonymousPageRequestIsSentToTheLoginPage() throws Exception {
		mvc.perform(get("/audit")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void anonymousApiRequestIsAnswered401() throws Exception {
		mvc.perform(get("/api/tokens")).andExpect(status().isUnauthorized());
	}

	@Test
	void demoAccountsLogInWithTheDemoPassword() throws Exception {
		for (String username : new String[] { "admin", "chef", "konsulent", "konsulent.lulea", "analytiker",
				"arbetsgivare", "utbildare" }) {
			mvc.perform(post("/login").param("username", username).param("password", "demo").with(csrf()))
				.andExpect(status().isFound()).andExpect(redirectedUrl("/"));
		}
	}

	@Test
	void wrongPasswordFailsAndRepeatedFailuresLockTheAccount() throws Exception {
		jdbc.sql("insert into app_user (username, password_hash, display_name) select 'lockme', password_hash, 'L' "
				+ "from app_user where username = 'admin'").update();
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/login").param("username", "lockme").param("password", "wrong").with(csrf()))
				.andExpect(redirectedUrl("/login?error"));
		}
		// The right password no longer helps while the account is locked.
		mvc.perform(post("/login").param("username", "lockme").param("password", "demo").with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
		assertThat(jdbc.sql("select locked_until from app_user where username = 'lockme'").query(Object.class)
			.single()).isNotNull();
	}

	@Test
	void loginWithoutCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/login").param("username", "admin").param("password", "demo"))
			.andExpect(status().isForbidden());
	}

	@Test
	void anApiCallWithoutCsrfTokenSaysSoAndAWrongRoleSaysThat() throws Exception {
		mvc.perform(post("/api/matching/candidates").with(user("arbetsgivare").roles("EMPLOYER"))
			.contentType("application/json").content("{}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("CSRF token")));
		mvc.perform(get("/api/energy/dispatch").with(user("arbetsgivare").roles("EMPLOYER")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("lacks the role")));
	}

	@Test
	void wrongRoleGets403() throws Exception {
		mvc.perform(get("/admin/users").with(user("konsulent").roles("CONSULTANT"))).andExpect(status().isForbidden());
	}

	@Test
	void auditRowsCannotBeChangedOrDeleted() {
		jdbc.sql("insert into audit_log (at, username, action, subject_type, purpose) "
				+ "values (current_timestamp, 'test', 'READ', 'test', 'test')").update();
		assertThatThrownBy(() -> jdbc.sql("update audit_log set purpose = 'changed'").update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_log").update()).hasMessageContaining("append-only");
	}
}
