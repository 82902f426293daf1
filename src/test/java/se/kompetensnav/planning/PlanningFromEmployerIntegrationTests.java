package se.kompetensnav.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.kompetensnav.employers.CompetenceNeeds;
import se.kompetensnav.employers.CriticalFunctionForm;
import se.kompetensnav.employers.FunctionTemplates;
import se.kompetensnav.employers.Organisation;
import se.kompetensnav.employers.OrganisationForm;
import se.kompetensnav.employers.Organisations;
import se.kompetensnav.test.IntegrationTest;

/** Establishments derived from employers' recorded critical functions, through the API and the page. */
@IntegrationTest
class PlanningFromEmployerIntegrationTests {

	private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 100_000));

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Organisations organisations;

	@Autowired
	CompetenceNeeds needs;

	static RequestPostProcessor planner() {
		return user("chef").roles("UNIT_MANAGER");
	}

	/** An employer in Luleå (2580) with the given functions: {reason, now, 1 y, 3 y, 5 y}. */
	Organisation employer(String sni, Object[]... functions) {
		String nine = String.format("558%06d", (SEQ.incrementAndGet() * 7919L + System.nanoTime()) % 1_000_000);
		String number = nine + luhn(nine);
		Organisation org = organisations.createUnchecked(new OrganisationForm("Planeringstest " + nine + " AB", number,
				sni, 40, 50.0, "2580", true), null, false);
		CriticalFunctionForm template = FunctionTemplates.byKey("metal-welder").orElseThrow().toForm();
		for (Object[] f : functions) {
			needs.createUnchecked(org.id(), new CriticalFunctionForm("Svetsare " + f[0], template.occupationId(),
					(String) f[0], (Integer) f[1], (Integer) f[2], (Integer) f[3], (Integer) f[4], null,
					template.skills()), false);
		}
		return org;
	}

	static int luhn(String digits) {
		int sum = 0;
		boolean dbl = true;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int d = (digits.charAt(i) - '0') * (dbl ? 2 : 1);
			sum += d > 9 ? d - 9 : d;
			dbl = !dbl;
		}
		return (10 - sum % 10) % 10;
	}

	long establishments() {
		return jdbc.sql("select count(*) from planning_establishment").query(Long.class).single();
	}

	@Test
	void anEstablishmentIsDerivedFromAnEmployersNeedsThroughTheApi() throws Exception {
		Organisation org = employer("25620", new Object[] { "EXPANSION", 10, 20, 40, 60 },
				new Object[] { "GREEN_TRANSITION", 0, 5, 10, 10 }, new Object[] { "RETIREMENT", 3, 3, 3, 3 });

		// The preview: 10, 25, (25 + 50) / 2, 50, (50 + 70) / 2, 70; the retirement function is left out.
		mvc.perform(get("/api/planning/employers/" + org.id() + "/ramp-up").param("startYear", "2027")
			.with(planner()))
			.andExpect(status().isOk()).andExpect(jsonPath("$.municipalityName").value("Luleå"))
			.andExpect(jsonPath("$.functionsCounted").value(2)).andExpect(jsonPath("$.functionsLeftOut").value(1))
			.andExpect(jsonPath("$.rampUp[*].operation").value(contains(10.0, 25.0, 37.5,
					50.0, 60.0, 70.0)));
		mvc.perform(get("/api/planning/employers/" + org.id() + "/ramp-up").param("startYear", "2027")
			.param("includeReplacement", "true").with(planner()))
			.andExpect(jsonPath("$.rampUp[0].operation").value(13.0));

		String location = mvc.perform(post("/api/planning/establishments/from-employer").with(planner()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"organisationId":%d,"startYear":2027}""".formatted(org.id())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.name").value(org.name()))
			.andExpect(jsonPath("$.municipalityCode").value("2580"))
			.andExpect(jsonPath("$.sector").value("SNI 25620"))
			.andExpect(jsonPath("$.scenarios[0].name").value(containsString("Från arbetsgivarens behov")))
			.andReturn().getResponse().getHeader("Location");
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		long scenario = jdbc.sql("select id from planning_scenario where establishment_id = ?").param(id)
			.query(Long.class).single();
		// 2032, central band, shipped defaults: D = 70, J = 70 × 2.3 = 161, movers 50 % = 80.5, residents × 2.2
		// = 177.1, dwellings / 2.2 = 80.5.
		mvc.perform(get("/api/planning/scenarios/" + scenario).with(planner()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rampUp.length()").value(6))
			.andExpect(jsonPath("$.rampUp[5].year").value(2032))
			.andExpect(jsonPath("$.results.CENTRAL[5].totalJobs").value(closeTo(161.0, 1e-6)))
			.andExpect(jsonPath("$.results.CENTRAL[5].dwellings").value(closeTo(80.5, 1e-6)));
	}

	@Test
	void anEmployerWithoutNewJobsOrAnUnknownEmployerIsRefusedAtTheFieldAndNothingIsStored() throws Exception {
		Organisation onlyRetirement = employer("25620", new Object[] { "RETIREMENT", 2, 2, 2, 2 });
		Organisation noSni = employer(null, new Object[] { "EXPANSION", 1, 1, 1, 1 });
		long before = establishments();
		mvc.perform(post("/api/planning/establishments/from-employer").with(planner()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"organisationId":%d}""".formatted(onlyRetirement.id())))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("organisationId"))
			.andExpect(jsonPath("$.errors[0].code").value("planning.validation.noNeeds"));
		mvc.perform(post("/api/planning/establishments/from-employer").with(planner()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"organisationId\":987654321}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("organisationId"));
		mvc.perform(post("/api/planning/establishments/from-employer").with(planner()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"organisationId":%d}""".formatted(noSni.id())))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("sector"));
		mvc.perform(post("/api/planning/establishments/from-employer").with(planner()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"organisationId":%d,"overrides":{"moverPercent":150}}""".formatted(noSni.id())))
			.andExpect(status().isBadRequest());
		assertThat(establishments()).isEqualTo(before);
		// Counting the replacement of retirees gives it jobs.
		mvc.perform(post("/api/planning/establishments/from-employer").with(planner()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"organisationId":%d,"includeReplacement":true}""".formatted(onlyRetirement.id())))
			.andExpect(status().isCreated());
	}

	@Test
	void thePlanningPageOffersEmployersWithNeedsAndCreatesTheEstablishment() throws Exception {
		Organisation org = employer("27200", new Object[] { "NEW_TECHNOLOGY", 5, 10, 15, 20 });
		mvc.perform(get("/planning").with(planner())).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"from-employer-form\"")))
			.andExpect(content().string(containsString(org.name() + " (Luleå): 20 jobb som mest")));
		mvc.perform(post("/planning/from-employer").with(planner()).with(csrf())
			.param("organisationId", String.valueOf(org.id())).param("sector", "Batterier")
			.param("startYear", "2028"))
			.andExpect(redirectedUrlPattern("/planning/scenarios/*"));
		List<String> sectors = jdbc.sql("select sector from planning_establishment where name = ?")
			.param(org.name()).query(String.class).list();
		assertThat(sectors).containsExactly("Batterier");
		// A bad year is shown at its field, nothing stored.
		long before = establishments();
		mvc.perform(post("/planning/from-employer").with(planner()).with(csrf())
			.param("organisationId", String.valueOf(org.id())).param("startYear", "tjugo"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"fromStartYear-error\"")));
		assertThat(establishments()).isEqualTo(before);
		// Employers' contacts and consultants do not plan.
		mvc.perform(get("/api/planning/employers/" + org.id() + "/ramp-up")
			.with(user("arbetsgivare").roles("EMPLOYER"))).andExpect(status().isForbidden());
	}

	@Test
	void anEstablishmentKeepsItsEmployerAndANewScenarioFollowsTheNeedsAsTheyAreNow() throws Exception {
		Organisation org = employer("24100", new Object[] { "EXPANSION", 10, 10, 10, 10 });
		String location = mvc.perform(post("/api/planning/establishments/from-employer").with(planner()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"organisationId":%d,"startYear":2027}""".formatted(org.id())))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.organisationId").value(org.id()))
			.andReturn().getResponse().getHeader("Location");
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

		// The employer records one more function; the planner derives again, from the same start year.
		CriticalFunctionForm template = FunctionTemplates.byKey("metal-welder").orElseThrow().toForm();
		needs.createUnchecked(org.id(), new CriticalFunctionForm("Svetsare, ny linje", template.occupationId(),
				"GREEN_TRANSITION", 5, 5, 5, 5, null, template.skills()), false);
		mvc.perform(post("/api/planning/establishments/" + id + "/scenarios/from-employer").with(planner())
			.with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.name").value(containsString("Arbetsgivarens behov")))
			.andExpect(jsonPath("$.rampUp[0].year").value(2027))
			.andExpect(jsonPath("$.rampUp[*].operation").value(contains(15.0, 15.0, 15.0, 15.0, 15.0, 15.0)));
		mvc.perform(get("/api/planning/establishments/" + id).with(planner()))
			.andExpect(jsonPath("$.scenarios.length()").value(2));

		// The page names the employer and offers the same, as a form.
		mvc.perform(get("/planning/establishments/" + id).with(planner())).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"rederive-form\"")))
			.andExpect(content().string(containsString(org.name())));
		mvc.perform(post("/planning/establishments/" + id + "/scenarios/from-employer").with(planner()).with(csrf()))
			.andExpect(redirectedUrlPattern("/planning/scenarios/*"));
		mvc.perform(get("/api/planning/establishments/" + id).with(planner()))
			.andExpect(jsonPath("$.scenarios.length()").value(3));

		// An establishment entered by hand has no employer: refused at the field, nothing stored.
		long manual = jdbc.sql("select min(id) from planning_establishment where organisation_id is null")
			.query(Long.class).single();
		long scenarios = jdbc.sql("select count(*) from planning_scenario").query(Long.class).single();
		mvc.perform(post("/api/planning/establishments/" + manual + "/scenarios/from-employer").with(planner())
			.with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("organisationId"));
		mvc.perform(get("/planning/establishments/" + manual).with(planner())).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"rederive-form\""))));
		assertThat(jdbc.sql("select count(*) from planning_scenario").query(Long.class).single()).isEqualTo(scenarios);
	}
}
