package se.kompetensnav.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.kompetensnav.network.CohortFixtures.PROCESS_INDUSTRY;
import static se.kompetensnav.network.CohortFixtures.PROCESS_OPERATOR;
import static se.kompetensnav.network.CohortFixtures.WHEEL_LOADER;
import static se.kompetensnav.network.CohortFixtures.WORK_ENVIRONMENT;
import static se.kompetensnav.network.CohortFixtures.login;
import static se.kompetensnav.network.CohortFixtures.participant;
import static se.kompetensnav.network.CohortFixtures.share;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import se.kompetensnav.test.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Proposals through HTTP, against the real matching engine and the demo catalogue. */
@IntegrationTest
class CohortProposalIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	final JsonMapper json = JsonMapper.builder().build();



	String request(List<String> must, String headcount, String startDate, String municipality) {
		return """
				{"occupationId":"%s","mustSkillIds":[%s],"niceSkillIds":[],"headcount":"%s","startDate":"%s",
				 "municipalityCode":"%s"}""".formatted(PROCESS_OPERATOR,
				String.join(",", must.stream().map(s -> "\"" + s + "\"").toList()), headcount, startDate, municipality);
	}

	long cohorts() {
		return jdbc.sql("select count(*) from net_cohort").query(Long.class).single();
	}

	static Set<String> strings(JsonNode array) {
		Set<String> out = new HashSet<>();
		array.forEach(n -> out.add(n.asString()));
		return out;
	}

	@Test
	void aProposalShortlistsOnlySharedPeopleAndItsCoursesCoverEveryMustHaveTheyLack() throws Exception {
		MockHttpSession consultant = login(mvc, "konsulent");
		long sharedA = participant(mvc, jdbc, consultant, List.of(PROCESS_INDUSTRY, WHEEL_LOADER));
		long sharedB = participant(mvc, jdbc, consultant, List.of(WHEEL_LOADER));
		long unshared = participant(mvc, jdbc, consultant, List.of(PROCESS_INDUSTRY, WHEEL_LOADER, WORK_ENVIRONMENT));
		share(mvc, consultant, sharedA);
		share(mvc, consultant, sharedB);

		List<String> must = List.of(PROCESS_INDUSTRY, WORK_ENVIRONMENT, WHEEL_LOADER);
		long steelworks = jdbc.sql("select o.id from emp_organisation o join org_unit u on u.id = o.unit_id "
				+ "where u.code = 'demo-stal-boden'").query(Long.class).single();
		String body = mvc.perform(post("/api/cohorts").session(consultant).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(request(must, "40", LocalDate.now().plusWeeks(8).toString(), "2582")
				.replace("{", "{\"organisationId\":" + steelworks + ",")))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		JsonNode cohort = json.readTree(body);

		List<Long> members = new ArrayList<>();
		cohort.path("members").forEach(m -> members.add(m.path("participantId").asLong()));
		assertThat(members).contains(sharedA, sharedB).doesNotContain(unshared);
		cohort.path("members").forEach(m -> assertThat(m.path("reference").asString()).isNotBlank()
			.doesNotContain("Kohorttest"));

		// The gap is every must-have some member lacks; the chosen courses teach all of it.
		Set<String> lacking = new HashSet<>();
		cohort.path("members").forEach(m -> m.path("missingSkills").forEach(s -> lacking.add(s.asString())));
		Set<String> gap = strings(cohort.path("gapSkills"));
		assertThat(gap).containsAll(lacking).contains(WORK_ENVIRONMENT).isSubsetOf(must);
		assertThat(strings(cohort.path("uncoverableSkills"))).isEmpty();
		Set<String> taught = new HashSet<>();
		List<String> titles = new ArrayList<>();
		cohort.path("parts").forEach(p -> {
			if (p.path("party").asString().equals("PROVIDER")) {
				p.path("skills").forEach(s -> taught.add(s.asString()));
				titles.add(p.path("courseTitle").asString());
				assertThat(p.path("courseStart").isNull()).isFalse();
				if (!p.path("courseId").isNull()) {
					assertThat(p.path("seats").asInt()).isPositive();
				}
			}
		});
		assertThat(taught).containsAll(gap);
		assertThat(titles).contains("Arbetsmiljö och säkerhet i industrin");
		assertThat(cohort.path("parts").findValuesAsString("party")).contains("EMPLOYER", "CONSULTANT", "PROVIDER");

		// Shortlisting is audited against each person.
		assertThat(jdbc.sql("select count(*) from audit_log where action = 'CREATE' and subject_type = 'cohort member' "
				+ "and person_ref = ?").param(String.valueOf(sharedA)).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from audit_log where subject_type = 'cohort member' and person_ref = ?")
			.param(String.valueOf(unshared)).query(Long.class).single()).isZero();
	}

	@Test
	void theEmployerPlansForItsOwnOrganisationAndSeesNoParticipantIds() throws Exception {
		MockHttpSession employer = login(mvc, "arbetsgivare");
		mvc.perform(post("/api/cohorts").session(employer).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(request(List.of(PROCESS_INDUSTRY, WORK_ENVIRONMENT), "12",
					LocalDate.now().plusWeeks(8).toString(), "2582")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.headcount").value(12))
			.andExpect(jsonPath("$.members[*].participantId").value(Matchers.everyItem(Matchers.nullValue())));
		long other = jdbc.sql("select o.id from emp_organisation o join org_unit u on u.id = o.unit_id "
				+ "where u.code <> 'demo-stal-boden' order by o.id").query(Long.class).list().getFirst();
		long before = cohorts();
		mvc.perform(post("/api/cohorts").session(employer).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(request(List.of(PROCESS_INDUSTRY), "12", LocalDate.now().plusWeeks(8).toString(), "2582")
				.replace("{", "{\"organisationId\":" + other + ",")))
			.andExpect(status().isNotFound());
		assertThat(cohorts()).isEqualTo(before);
	}

	@Test
	void badInputIsReportedAtEachFieldAndNothingIsStored() throws Exception {
		MockHttpSession employer = login(mvc, "arbetsgivare");
		long before = cohorts();
		mvc.perform(post("/api/cohorts").session(employer).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(request(List.of("inte-en-färdighet"), "0", LocalDate.now().minusDays(1).toString(), "9999")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(Matchers.hasItems("mustSkillIds", "headcount",
					"startDate", "municipalityCode")));
		String html = mvc.perform(post("/cohorts").session(employer).with(csrf()).param("template",
				"steel-process-operator").param("occupationId", PROCESS_OPERATOR).param("mustSkillIds",
						PROCESS_INDUSTRY)
			.param("headcount", "tolv").param("startDate", LocalDate.now().plusWeeks(8).toString())
			.param("municipalityCode", "2582")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("id=\"cohort-headcount-error\"").contains("aria-describedby=\"cohort-headcount-error\"")
			.contains("Inget sparades");
		assertThat(cohorts()).isEqualTo(before);
	}
}
