package se.kompetensnav.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import se.kompetensnav.test.IntegrationTest;

/** The admin pages for units and users, through HTTP as the admin. */
@IntegrationTest
class IdentityAdminIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Units units;

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void createsRenamesAndMovesAUnitInTheTree() throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin");
		long boden = units.findByCode("boden").orElseThrow().id();
		long lulea = units.findByCode("lulea").orElseThrow().id();
		String code = unique("vagledning");
		mvc.perform(post("/admin/units").session(admin).with(csrf()).param("code", code).param("name", "Vägledning Boden")
			.param("type", "UNIT").param("parentId", String.valueOf(boden)).param("municipalityCode", "2582")
			.param("orgNumber", "212000-2700"))
			.andExpect(redirectedUrl("/admin/units"));
		OrgUnit created = units.findByCode(code).orElseThrow();
		assertThat(created.parentId()).isEqualTo(boden);
		assertThat(created.orgNumber()).isEqualTo("2120002700");
		assertThat(units.subtree(boden)).contains(created.id());

		mvc.perform(post("/admin/units/" + created.id()).session(admin).with(csrf()).param("name", "Vägledning Luleå")
			.param("type", "UNIT").param("parentId", String.valueOf(lulea)).param("municipalityCode", "2580"))
			.andExpect(redirectedUrl("/admin/units"));
		OrgUnit moved = units.find(created.id()).orElseThrow();
		assertThat(moved.name()).isEqualTo("Vägledning Luleå");
		assertThat(moved.code()).isEqualTo(code);
		assertThat(units.subtree(lulea)).contains(created.id());
		assertThat(units.subtree(boden)).doesNotContain(created.id());

		String page = mvc.perform(get("/admin/units").session(admin)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		// Depth first: the new unit is listed after its parent's own unit, indented one level deeper.
		assertThat(page.indexOf("Luleå kommun")).isLessThan(page.indexOf("Vägledning Luleå"));
		assertThat(page).contains("tree-depth-2\">Vägledning Luleå");
	}

	@Test
	void invalidUnitInputIsShownAtTheFieldsAndNothingIsWritten() throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin");
		long before = jdbc.sql("select count(*) from org_unit").query(Long.class).single();
		String page = mvc.perform(post("/admin/units").session(admin).with(csrf()).param("code", "Bad Code!")
			.param("name", "").param("type", "UNIT").param("municipalityCode", "25").param("orgNumber", "556016-0681"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"code-error\"", "id=\"name-error\"", "id=\"municipalityCode-error\"",
				"id=\"orgNumber-error\"", "aria-describedby=\"name-error\"");
		assertThat(jdbc.sql("select count(*) from org_unit").query(Long.class).single()).isEqualTo(before);

		// A unit cannot move below itself.
		long region = units.findByCode("region-norrbotten").orElseThrow().id();
		long jobbcenter = units.findByCode("jobbcenter-boden").orElseThrow().id();
		page = mvc.perform(post("/admin/units/" + region).session(admin).with(csrf()).param("name", "Region Norrbotten")
			.param("type", "REGION").param("parentId", String.valueOf(jobbcenter)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"parentId-error\"");
		assertThat(units.find(region).orElseThrow().parentId()).isNull();
	}

	@Test
	void createsEditsDisablesAndResetsAUser() throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin");
		long unit = units.findByCode("arbetsmarknad-lulea").orElseThrow().id();
		String username = unique("ny.konsulent");
		mvc.perform(post("/admin/users").session(admin).with(csrf()).param("username", username)
			.param("displayName", "Nora Ny").param("email", "nora@example.org").param("unitId", String.valueOf(unit))
			.param("roles", "CONSULTANT").param("password", "hemligt-losen"))
			.andExpect(redirectedUrlPattern("/admin/users/*"));
		long id = jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
		MockHttpSession nora = Logins.login(mvc, username, "hemligt-losen");
		mvc.perform(get("/api/me").session(nora)).andExpect(status().isOk());

		// Promote to unit manager: the new role applies at the next login.
		mvc.perform(post("/admin/users/" + id).session(admin).with(csrf()).param("displayName", "Nora Ny")
			.param("unitId", String.valueOf(unit)).param("roles", "CONSULTANT").param("roles", "UNIT_MANAGER"))
			.andExpect(redirectedUrl("/admin/users/" + id));
		mvc.perform(get("/audit").session(Logins.login(mvc, username, "hemligt-losen"))).andExpect(status().isOk());

		// Disabled: can no longer log in.
		mvc.perform(post("/admin/users/" + id + "/enabled").session(admin).with(csrf()).param("enabled", "false"))
			.andExpect(redirectedUrl("/admin/users/" + id));
		mvc.perform(post("/login").param("username", username).param("password", "hemligt-losen").with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(post("/admin/users/" + id + "/enabled").session(admin).with(csrf()).param("enabled", "true"));

		// Locked after failures; unlocked by the admin; a new password works.
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/login").param("username", username).param("password", "fel").with(csrf()));
		}
		String page = mvc.perform(get("/admin/users/" + id).session(admin)).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("/admin/users/" + id + "/unlock");
		mvc.perform(post("/admin/users/" + id + "/unlock").session(admin).with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + id));
		mvc.perform(post("/admin/users/" + id + "/password").session(admin).with(csrf()).param("password", "ett-nytt-losen"))
			.andExpect(redirectedUrl("/admin/users/" + id));
		Logins.login(mvc, username, "ett-nytt-losen");

		assertThat(jdbc.sql("select count(*) from audit_log where subject_type = 'user' and subject_id = ? "
				+ "and action in ('CREATE', 'UPDATE')").param(String.valueOf(id)).query(Long.class).single())
			.isGreaterThanOrEqualTo(5);
	}

	@Test
	void invalidUserInputIsShownAtTheFields() throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin");
		String page = mvc.perform(post("/admin/users").session(admin).with(csrf()).param("username", "konsulent")
			.param("displayName", "").param("email", "inte-en-adress").param("password", "kort"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"username-error\"", "användarnamnet är upptaget", "id=\"displayName-error\"",
				"id=\"email-error\"", "id=\"roles-error\"", "id=\"password-error\"");
		long adminId = jdbc.sql("select id from app_user where username = 'admin'").query(Long.class).single();
		page = mvc.perform(post("/admin/users/" + adminId + "/enabled").session(admin).with(csrf())
			.param("enabled", "false")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("du kan inte stänga av ditt eget konto");
	}

	@Test
	void onlyAdminsReachTheAdminPages() throws Exception {
		for (String username : new String[] { "chef", "konsulent", "analytiker", "arbetsgivare", "utbildare" }) {
			MockHttpSession session = Logins.login(mvc, username);
			mvc.perform(get("/admin/users").session(session)).andExpect(status().isForbidden());
			mvc.perform(get("/admin/units").session(session)).andExpect(status().isForbidden());
			mvc.perform(post("/admin/units").session(session).with(csrf()).param("code", "x-" + username))
				.andExpect(status().isForbidden());
		}
		mvc.perform(get("/admin/users").session(Logins.login(mvc, "admin"))).andExpect(status().isOk());
	}
}
