package se.kompetensnav.employers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import se.kompetensnav.identity.Units;
import se.kompetensnav.test.IntegrationTest;

@IntegrationTest
class OpportunitiesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Units units;

	@Autowired
	Organisations organisations;

	@Autowired
	Opportunities opportunities;

	@Test
	void aConsultantFindsTheGreenhouseInternshipsInBoden() throws Exception {
		MockHttpSession consultant = EmployersTestSupport.login(mvc, "konsulent");
		mvc.perform(get("/employers/opportunities").param("municipality", "2582").session(consultant))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Praktikplatser i växthuset (demo)")))
			.andExpect(content().string(not(containsString("Piteå Batterimaterial AB (demo)"))));
		mvc.perform(get("/api/employers/opportunities").param("municipality", "2582").param("kind", "INTERNSHIP")
			.session(consultant)).andExpect(status().isOk())
			.andExpect(jsonPath("$[*].title", hasItem("Praktikplatser i växthuset (demo)")))
			.andExpect(jsonPath("$[0].supervisor").value(true));
		for (String m : new String[] { "2580", "2581", "2523" }) {
			mvc.perform(get("/api/employers/opportunities").param("municipality", m).session(consultant))
				.andExpect(jsonPath("$.length()").value(org.hamcrest.Matchers.greaterThan(0)));
		}
	}

	@Test
	void anEmployerPublishesAnInternshipWithRequirementsAndAdaptationsAndClosesIt() throws Exception {
		String user = EmployersTestSupport.otherEmployer(organisations, units, jdbc, "opp");
		long orgId = organisations.byUnit(jdbc.sql("select unit_id from app_user where username = ?").param(user)
			.query(Long.class).single()).orElseThrow().id();
		MockHttpSession session = EmployersTestSupport.login(mvc, user);
		String location = mvc.perform(post("/employers/organisations/" + orgId + "/opportunities").session(session)
			.with(csrf()).param("kind", "INTERNSHIP").param("title", "Praktik i svetsverkstaden")
			.param("occupationId", "rxrQ_Nyy_k6y").param("municipalityCode", "2581").param("startDate", "2026-03-02")
			.param("positions", "2").param("drivingLicences", "VTK8_WRx_GcM").param("languages", "zSLA_vw2_FXN")
			.param("partTime", "true").param("supervisor", "true").param("description", "Vi tar emot praktikanter."))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		Opportunity o = opportunities.find(id).orElseThrow();
		assertThat(o.kind()).isEqualTo(OpportunityKind.INTERNSHIP);
		assertThat(o.drivingLicences()).containsExactly("VTK8_WRx_GcM");
		assertThat(o.languages()).containsExactly("zSLA_vw2_FXN");
		assertThat(o.partTime()).isTrue();
		assertThat(o.supportedEmployment()).isFalse();
		assertThat(o.supervisor()).isTrue();

		mvc.perform(get("/employers/opportunities/" + id).session(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Handledare")));
		// Another employer's contact does not see it.
		MockHttpSession demo = EmployersTestSupport.login(mvc, "arbetsgivare");
		mvc.perform(get("/employers/opportunities/" + id).session(demo)).andExpect(status().isNotFound());
		mvc.perform(get("/api/employers/opportunities/" + id).session(demo)).andExpect(status().isNotFound());
		mvc.perform(post("/employers/opportunities/" + id + "/open").param("open", "false").session(demo)
			.with(csrf())).andExpect(status().isNotFound());

		mvc.perform(post("/employers/opportunities/" + id + "/open").param("open", "false").session(session)
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(opportunities.find(id).orElseThrow().open()).isFalse();
		assertThat(opportunities.allOpen()).noneMatch(x -> x.id() == id);
	}

	@Test
	void aBadOpportunityNamesTheFields() throws Exception {
		MockHttpSession session = EmployersTestSupport.login(mvc, "arbetsgivare");
		long orgId = organisations.byUnit(units.findByCode("demo-stal-boden").orElseThrow().id()).orElseThrow().id();
		mvc.perform(post("/api/employers/organisations/" + orgId + "/opportunities").session(session).with(csrf())
			.contentType("application/json")
			.content("{\"kind\":\"GIG\",\"title\":\"X\",\"occupationId\":\"rxrQ_Nyy_k6y\",\"positions\":0,"
					+ "\"drivingLicences\":[\"nope\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("kind")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("positions")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("drivingLicences")));
	}
}
