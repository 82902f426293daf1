package se.kompetensnav.employers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import se.kompetensnav.identity.Units;
import se.kompetensnav.test.IntegrationTest;

@IntegrationTest
class OrganisationsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Units units;

	@Autowired
	Organisations organisations;

	@Test
	void theDemoEmployerIsAnOrganisationOfItsUnit() {
		long unitId = units.findByCode("demo-stal-boden").orElseThrow().id();
		Organisation org = organisations.byUnit(unitId).orElseThrow();
		assertThat(org.orgNumber()).isEqualTo("556016-0680");
		assertThat(org.municipalityCode()).isEqualTo("2582");
		assertThat(org.sizeClass()).isEqualTo(SizeClass.SMALL);
	}

	@Test
	void anEmployerSeesOnlyItsOwnOrganisationOnPagesAndInTheApi() throws Exception {
		String other = EmployersTestSupport.otherEmployer(organisations, units, jdbc, "scope");
		long otherUnit = jdbc.sql("select unit_id from app_user where username = ?").param(other).query(Long.class)
			.single();
		long otherOrg = organisations.byUnit(otherUnit).orElseThrow().id();
		long ownOrg = organisations.byUnit(units.findByCode("demo-stal-boden").orElseThrow().id()).orElseThrow().id();

		MockHttpSession session = EmployersTestSupport.login(mvc, "arbetsgivare");
		mvc.perform(get("/employers/organisations/" + ownOrg).session(session)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("556016-0680")));
		mvc.perform(get("/employers/my").session(session))
			.andExpect(redirectedUrl("/employers/organisations/" + ownOrg));
		mvc.perform(get("/employers/organisations/" + otherOrg).session(session)).andExpect(status().isNotFound());
		mvc.perform(get("/api/employers/organisations/" + otherOrg).session(session))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/employers/organisations").session(session)).andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].id").value(ownOrg));
		assertThat(jdbc.sql("select count(*) from audit_log where action = 'DENIED' and subject_type = 'organisation' "
				+ "and subject_id = ?").param(String.valueOf(otherOrg)).query(Long.class).single()).isPositive();

		// A consultant reads every organisation.
		MockHttpSession consultant = EmployersTestSupport.login(mvc, "konsulent");
		mvc.perform(get("/api/employers/organisations/" + otherOrg).session(consultant)).andExpect(status().isOk());
	}

	@Test
	void anAdminRegistersAnOrganisationAndBadNumbersAreRefusedAtTheField() throws Exception {
		MockHttpSession admin = EmployersTestSupport.login(mvc, "admin");
		String good = EmployersTestSupport.freshOrgNumber();
		mvc.perform(post("/api/employers/organisations").session(admin).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name":"Kiruna Verkstad AB","orgNumber":"%s-%s","sniCode":"25.620","employees":60,
					 "turnoverMsek":800,"municipalityCode":"2584","greenTransition":true}"""
				.formatted(good.substring(0, 6), good.substring(6))))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.sizeClass").value("LARGE"))
			.andExpect(jsonPath("$.sniCode").value("25620"));

		String bad = good.substring(0, 9) + ((good.charAt(9) - '0' + 1) % 10);
		mvc.perform(post("/api/employers/organisations").session(admin).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name":"Fel AB","orgNumber":"%s","employees":3,"municipalityCode":"2582"}""".formatted(bad)))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("orgNumber"))
			.andExpect(jsonPath("$.errors[0].code").value("employers.error.orgNumber.checkDigit"));

		MockHttpSession employer = EmployersTestSupport.login(mvc, "arbetsgivare");
		mvc.perform(post("/api/employers/organisations").session(employer).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name":"X AB","orgNumber":"%s","employees":3,"municipalityCode":"2582"}""".formatted(good)))
			.andExpect(status().isBadRequest());
	}
}
