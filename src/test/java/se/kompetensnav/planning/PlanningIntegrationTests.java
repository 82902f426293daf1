package se.kompetensnav.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.kompetensnav.test.IntegrationTest;

@IntegrationTest
class PlanningIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	static RequestPostProcessor planner() {
		return user("chef").roles("UNIT_MANAGER");
	}

	static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	static String body(String name, String jobs, String overrides) {
		return """
				{"name":"%s","municipalityCode":"2582","sector":"Stål",
				 "rampUp":[%s],"overrides":%s}""".formatted(name, jobs, overrides);
	}

	long count(String name) {
		return jdbc.sql("select count(*) from planning_establishment where name = ?").param(name).query(Long.class)
			.single();
	}

	@Test
	void anEstablishmentIsStoredWithItsScenarioAndResultsPerYearAndBand() throws Exception {
		String name = unique("Vätgasverk");
		String location = mvc.perform(post("/api/planning/establishments").with(planner()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(name, """
					{"year":2027,"construction":500,"operation":0},{"year":2028,"construction":200,"operation":800}""",
					"null")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.municipalityName").value("Boden"))
			.andReturn().getResponse().getHeader("Location");
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		long scenario = jdbc.sql("select id from planning_scenario where establishment_id = ?").param(id)
			.query(Long.class).single();
		// 2028, central band: D = 1000, J = 1000 × 2.3 = 2300, movers 50 % = 1150, residents × 2.2 = 2530,
		// dwellings / 2.2 = 1150.
		mvc.perform(get("/api/planning/scenarios/" + scenario).with(planner()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.results.CENTRAL[1].year").value(2028))
			.andExpect(jsonPath("$.results.CENTRAL[1].totalJobs").value(2300.0))
			.andExpect(jsonPath("$.results.CENTRAL[1].dwellings").value(org.hamcrest.Matchers.closeTo(1150.0, 1e-6)))
			.andExpect(jsonPath("$.results.LOW[1].dwellings").value(org.hamcrest.Matchers.closeTo(750.0, 1e-6)))
			.andExpect(jsonPath("$.parameters[?(@.key == 'planning.multiplier_central')].source")
				.value(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("Kompetensnav"))));
	}

	@Test
	void negativeJobsAreRefusedAtTheFieldAndNothingIsStored() throws Exception {
		String name = unique("Negativ");
		mvc.perform(post("/api/planning/establishments").with(planner()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(name, "{\"year\":2027,\"construction\":-5,\"operation\":10}", "null")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("construction[0]"));
		assertThat(count(name)).isZero();
	}

	@Test
	void sharesOverOneHundredPercentAreRefusedAndNothingIsStored() throws Exception {
		String name = unique("Andelar");
		mvc.perform(post("/api/planning/establishments").with(planner()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(name, "{\"year\":2027,\"construction\":0,\"operation\":10}",
					"{\"moverPercent\":150}")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("shareMovers"));
		assertThat(count(name)).isZero();
	}

	@Test
	void theFormShowsMessagesAtTheFieldsAndStoresNothing() throws Exception {
		String name = unique("Formulär");
		String html = mvc.perform(post("/planning/establishments").with(planner()).with(csrf())
			.param("name", name).param("municipalityCode", "2582").param("sector", "Stål").param("startYear", "2027")
			.param("construction[0]", "-3").param("operation[0]", "10").param("moverPercent", "120"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("id=\"construction0-error\"").contains("id=\"moverPercent-error\"")
			.contains("aria-describedby=\"construction0-error\"");
		assertThat(count(name)).isZero();
	}

	@Test
	void theScenarioPageAndExportsListResultsAndAssumptions() throws Exception {
		String name = unique("Export");
		String html = mvc.perform(post("/planning/establishments").with(planner()).with(csrf())
			.param("name", name).param("municipalityCode", "2582").param("sector", "Data").param("startYear", "2027")
			.param("operation[0]", "100").param("operation[1]", "200"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		long scenario = Long.parseLong(html.substring(html.lastIndexOf('/') + 1));
		mvc.perform(get("/planning/scenarios/" + scenario).with(planner()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("impact-table")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("planning.multiplier_low")));
		String csv = mvc.perform(get("/planning/scenarios/" + scenario + "/export.csv").with(planner()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("Moretti").contains("2028");
		byte[] xlsx = mvc.perform(get("/planning/scenarios/" + scenario + "/export.xlsx").with(planner()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(wb.getSheets().count()).isEqualTo(2);
			assertThat(wb.getSheets().toList().get(1).read()).hasSize(1 + ImpactParameters.NAMES.size());
		}
		byte[] pdf = mvc.perform(get("/planning/scenarios/" + scenario + "/export.pdf").with(planner()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
	}

	@Test
	void aNewScenarioWithOtherAssumptionsLeavesTheStoredOneUnchanged() throws Exception {
		String name = unique("Jämför");
		mvc.perform(post("/api/planning/establishments").with(planner()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(name, "{\"year\":2027,\"construction\":0,\"operation\":1000}", "null")))
			.andExpect(status().isCreated());
		long id = jdbc.sql("select id from planning_establishment where name = ?").param(name).query(Long.class)
			.single();
		long first = jdbc.sql("select id from planning_scenario where establishment_id = ?").param(id)
			.query(Long.class).single();
		mvc.perform(post("/api/planning/establishments/" + id + "/scenarios").with(planner()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name":"Fler inflyttare","rampUp":[{"year":2027,"construction":0,"operation":1000}],
					 "overrides":{"localPercent":9,"inCommuterPercent":21,"moverPercent":70}}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.results.CENTRAL[0].moverJobs").value(org.hamcrest.Matchers.closeTo(1610, 1e-6)));
		mvc.perform(get("/api/planning/scenarios/" + first).with(planner()))
			.andExpect(jsonPath("$.results.CENTRAL[0].moverJobs").value(org.hamcrest.Matchers.closeTo(1150, 1e-6)));
		mvc.perform(get("/planning/compare").param("scenario", String.valueOf(first)).with(planner()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("compare-table")));
	}

	/**
	 * Changing a parameter in the shared library changes new scenarios and not stored ones. The doctors' ratio is
	 * changed for the current year only, and no other test asserts doctors, so the shared context stays valid.
	 */
	@Test
	void aChangedParameterChangesNewScenariosNotStoredOnes() throws Exception {
		String name = unique("Parameterbyte");
		mvc.perform(post("/api/planning/establishments").with(planner()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(name, "{\"year\":2027,\"construction\":0,\"operation\":1000}", "null")))
			.andExpect(status().isCreated());
		long id = jdbc.sql("select id from planning_establishment where name = ?").param(name).query(Long.class)
			.single();
		long stored = jdbc.sql("select id from planning_scenario where establishment_id = ?").param(id)
			.query(Long.class).single();
		String before = mvc.perform(get("/api/planning/scenarios/" + stored).with(planner()))
			.andReturn().getResponse().getContentAsString();
		double doctorsBefore = com.jayway.jsonpath.JsonPath.parse(before).read("$.results.CENTRAL[0].doctors", Double.class);
		double residents = com.jayway.jsonpath.JsonPath.parse(before).read("$.results.CENTRAL[0].newResidents", Double.class);
		int year = java.time.LocalDate.now().getYear();
		// A real admin login: the parameter library records who made the change.
		var admin = (org.springframework.mock.web.MockHttpSession) mvc
			.perform(post("/login").param("username", "admin").param("password", "demo").with(csrf()))
			.andExpect(status().isFound()).andReturn().getRequest().getSession();
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.put("/api/parameters/planning.doctors_per_100k/" + year).session(admin).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"value\":1000,\"source\":\"test: a region's own staffing norm\"}"))
			.andExpect(status().isOk());
		mvc.perform(post("/api/planning/establishments/" + id + "/scenarios").with(planner()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name":"Efter ändringen","rampUp":[{"year":2027,"construction":0,"operation":1000}],"overrides":null}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.results.CENTRAL[0].doctors").value(org.hamcrest.Matchers.closeTo(residents * 1000 / 100_000, 1e-6)));
		// The stored scenario still shows what it was computed with.
		mvc.perform(get("/api/planning/scenarios/" + stored).with(planner()))
			.andExpect(jsonPath("$.results.CENTRAL[0].doctors").value(org.hamcrest.Matchers.closeTo(doctorsBefore, 1e-9)))
			.andExpect(jsonPath("$.parameters[?(@.key == 'planning.doctors_per_100k')].value")
				.value(org.hamcrest.Matchers.hasItem(430.0)));
		assertThat(doctorsBefore).isCloseTo(residents * 430 / 100_000, org.assertj.core.api.Assertions.within(1e-6));
	}

	@Test
	void theBorderIsOpenDataAndTheModelIsForPlanners() throws Exception {
		mvc.perform(get("/api/planning/municipalities/2582/border"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Boden")));
		mvc.perform(get("/api/planning/establishments").with(user("konsulent").roles("CONSULTANT")))
			.andExpect(status().isForbidden());
	}
}
