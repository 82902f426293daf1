package se.kompetensnav.education;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.kompetensnav.identity.OrgUnit;
import se.kompetensnav.identity.UnitType;
import se.kompetensnav.identity.Units;

/** Providers with a user each, created through the API, with unique names so tests share the context safely. */
final class EducationFixtures {

	static final String BATTERITEKNIK = "oZsy_srs_xXV";

	static final String VATGASTEKNIK = "j3WM_Z14_jh2";

	static final String HETA_ARBETEN = "Q7eC_B7g_QiU";

	static final String BATTERY_OPERATOR = "jk4K_uNT_BkL";

	private final MockMvc mvc;

	private final Units units;

	private final JdbcClient jdbc;

	private final UserDetailsService accounts;

	EducationFixtures(MockMvc mvc, Units units, JdbcClient jdbc, UserDetailsService accounts) {
		this.mvc = mvc;
		this.units = units;
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	record TestProvider(String unitCode, long providerId, String username) {
	}

	TestProvider provider(String label) throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String code = "test-" + label + "-" + suffix;
		OrgUnit unit = units.create(null, code, UnitType.PROVIDER, "Testanordnare " + label + " " + suffix, "2582",
				null, false);
		String username = "prov-" + label + "-" + suffix;
		jdbc.sql("insert into app_user (username, password_hash, display_name, unit_id) "
				+ "select ?, password_hash, ?, ? from app_user where username = 'admin'")
			.params(username, "Test " + label, unit.id()).update();
		jdbc.sql("insert into app_user_role (user_id, role) select id, 'PROVIDER' from app_user where username = ?")
			.param(username).update();
		String body = mvc.perform(post("/api/education/providers").with(as("admin")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"unitCode":"%s","type":"VOCATIONAL_COLLEGE"}""".formatted(code)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long id = Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+),.*$", "$1"));
		return new TestProvider(code, id, username);
	}

	RequestPostProcessor as(String username) {
		UserDetails details = accounts.loadUserByUsername(username);
		return user(details);
	}

	static String courseJson(String ref, String title, LocalDate start, String... skills) {
		String skillList = String.join("\",\"", skills);
		return """
				{"ref":"%s","title":"%s","description":"Testkurs","skills":["%s"],"occupations":["%s"],
				 "sunLevel":"4","sunField":"522","weeks":4,"hours":120,"pace":100,"mode":"ON_SITE",
				 "municipality":"2582","starts":[{"date":"%s","seats":12}],"cost":0,"swedishLevel":"SFI D",
				 "priorCourses":null,"language":"sv","shortCourse":true}""".formatted(ref, title, skillList,
				BATTERY_OPERATOR, start);
	}
}
