package se.kompetensnav.employers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import se.kompetensnav.identity.Units;
import se.kompetensnav.test.IntegrationTest;

/** The registration page and who may register: admins any employer, an employer contact their own unit once. */
@IntegrationTest
class OrganisationRegistrationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Units units;

	@Autowired
	Organisations organisations;

	private long count() {
		return jdbc.sql("select count(*) from emp_organisation").query(Long.class).single();
	}

	@Test
	void anAdminRegistersThroughThePageAndABadCheckDigitIsShownAtTheFieldWithNothingStored() throws Exception {
		MockHttpSession admin = EmployersTestSupport.login(mvc, "admin");
		mvc.perform(get("/employers/organisations").session(admin)).andExpect(status().isOk())
			.andExpect(content().string(containsString("/employers/organisations/new")));
		mvc.perform(get("/employers/organisations/new").session(admin)).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"orgNumber\"")));

		String good = EmployersTestSupport.freshOrgNumber();
		String bad = good.substring(0, 9) + ((good.charAt(9) - '0' + 1) % 10);
		long before = count();
		long unitsBefore = units.all().size();
		mvc.perform(post("/employers/organisations/new").session(admin).with(csrf()).param("name", "Fel Kontroll AB")
			.param("orgNumber", bad).param("sniCode", "25.620").param("employees", "12").param("turnoverMsek", "20")
			.param("municipalityCode", "2582").param("greenTransition", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Organisationsnumrets kontrollsiffra stämmer inte.")))
			.andExpect(content().string(containsString("id=\"orgNumber-error\"")))
			.andExpect(content().string(containsString("value=\"Fel Kontroll AB\"")));
		// Bad format, bad SNI, no municipality: each at its own field, still nothing stored.
		mvc.perform(post("/employers/organisations/new").session(admin).with(csrf()).param("name", "Fel Format AB")
			.param("orgNumber", "12345").param("sniCode", "x1").param("employees", "3").param("municipalityCode", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Organisationsnumret ska skrivas NNNNNN-NNNN.")))
			.andExpect(content().string(containsString("id=\"sniCode-error\"")))
			.andExpect(content().string(containsString("id=\"municipalityCode-error\"")));
		assertThat(count()).isEqualTo(before);
		assertThat(units.all()).hasSize((int) unitsBefore);

		mvc.perform(post("/employers/organisations/new").session(admin).with(csrf()).param("name", "Rätt Kontroll AB")
			.param("orgNumber", good).param("sniCode", "25.620").param("employees", "12").param("turnoverMsek", "20")
			.param("municipalityCode", "2582").param("greenTransition", "true"))
			.andExpect(redirectedUrlPattern("/employers/organisations/*"));
		Organisation org = organisations.byOrgNumber(good).orElseThrow();
		assertThat(org.sizeClass()).isEqualTo(SizeClass.SMALL);
		assertThat(org.greenTransition()).isTrue();
		assertThat(org.sniCode()).isEqualTo("25620");
		assertThat(units.find(org.unitId()).orElseThrow().code()).isEqualTo("org-" + good);
	}

	@Test
	void anEmployerContactWithoutAnOrganisationRegistersTheirOwnOnceAndNoOther() throws Exception {
		String username = EmployersTestSupport.employerWithoutOrganisation(units, jdbc, "self");
		long unitId = jdbc.sql("select unit_id from app_user where username = ?").param(username).query(Long.class)
			.single();
		MockHttpSession session = EmployersTestSupport.login(mvc, username);
		mvc.perform(get("/employers/my").session(session)).andExpect(redirectedUrl("/employers/organisations/new"));
		mvc.perform(get("/employers/organisations/new").session(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Registrera din organisation")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"unitCode\""))));

		// A unit code in the request is ignored: the organisation is tied to the contact's own unit.
		String number = EmployersTestSupport.freshOrgNumber();
		mvc.perform(post("/employers/organisations/new").session(session).with(csrf()).param("name", "Egen Verkstad AB")
			.param("orgNumber", number).param("employees", "4").param("municipalityCode", "2582")
			.param("unitCode", "demo-stal-boden"))
			.andExpect(redirectedUrlPattern("/employers/organisations/*"));
		Organisation own = organisations.byOrgNumber(number).orElseThrow();
		assertThat(own.unitId()).isEqualTo(unitId);
		assertThat(own.sizeClass()).isEqualTo(SizeClass.MICRO);
		mvc.perform(get("/employers/my").session(session))
			.andExpect(redirectedUrl("/employers/organisations/" + own.id()));

		// Registered once: no second organisation, by page or API.
		long before = count();
		mvc.perform(get("/employers/organisations/new").session(session)).andExpect(status().isNotFound());
		mvc.perform(post("/api/employers/organisations").session(session).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name":"Andra AB","orgNumber":"%s","employees":3,"municipalityCode":"2582"}"""
				.formatted(EmployersTestSupport.freshOrgNumber())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("employers.error.registerNotAllowed"));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void consultantsAndRegisteredEmployersCannotRegister() throws Exception {
		for (String user : new String[] { "konsulent", "arbetsgivare" }) {
			MockHttpSession session = EmployersTestSupport.login(mvc, user);
			mvc.perform(get("/employers/organisations/new").session(session)).andExpect(status().isNotFound());
			mvc.perform(post("/employers/organisations/new").session(session).with(csrf()).param("name", "X AB")
				.param("orgNumber", EmployersTestSupport.freshOrgNumber()).param("employees", "1")
				.param("municipalityCode", "2582"))
				.andExpect(status().isNotFound());
		}
	}
}
