package se.kompetensnav.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import se.kompetensnav.test.IntegrationTest;

/**
 * A cohort's parts and members through HTTP: who answers which part, who tracks members, that every change is
 * audited and that bad input stores nothing. The cohort is written directly as a fixture; proposals are tested in
 * {@code CohortProposalIntegrationTests}.
 */
@IntegrationTest
class CohortTrackingIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	MockHttpSession login(String username) throws Exception {
		return (MockHttpSession) mvc
			.perform(post("/login").param("username", username).param("password", "demo").with(csrf()))
			.andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);
	}

	record Fixture(long cohort, long employerPart, long providerPart, long consultantPart, long member,
			long participant) {
	}

	long unit(String code) {
		return jdbc.sql("select id from org_unit where code = ?").param(code).query(Long.class).single();
	}

	/** A cohort in Boden whose one member is a participant of konsulent's, created through the API. */
	Fixture cohort(String title) throws Exception {
		long org = jdbc.sql("select id from emp_organisation where org_number = '556016-0680'").query(Long.class)
			.optional().orElseGet(() -> jdbc.sql("select id from emp_organisation where unit_id = ?")
				.param(unit("demo-stal-boden")).query(Long.class).single());
		long provider = jdbc.sql("select id from edu_provider where unit_id = ?").param(unit("larcentrum-boden"))
			.query(Long.class).single();
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into net_cohort (title, organisation_id, employer_unit_id, occupation_id, municipality_code, "
				+ "headcount, start_date, must_skills, gap_skills) values (?,?,?,?,?,?,?,?,?)")
			.params(title, org, unit("demo-stal-boden"), "bNZP_UBz_CVt", "2582", 2, LocalDate.now().plusWeeks(8),
					"AW8R_baL_eV1", "AW8R_baL_eV1")
			.update(keys, "id");
		long id = keys.getKeyAs(Long.class);
		long employer = part(id, "EMPLOYER", unit("demo-stal-boden"), null);
		long consultant = part(id, "CONSULTANT", null, null);
		long course = part(id, "PROVIDER", unit("larcentrum-boden"), provider);
		long participant = CohortFixtures.participant(mvc, jdbc, login("konsulent"),
				java.util.List.of(CohortFixtures.WHEEL_LOADER));
		keys = new GeneratedKeyHolder();
		jdbc.sql("insert into net_cohort_member (cohort_id, participant_id, reference, score, missing_skills, stage) "
				+ "values (?,?,?,?,?,?)").params(id, participant, "K-TEST01", 0.8, "AW8R_baL_eV1", "PROPOSED")
			.update(keys, "id");
		return new Fixture(id, employer, course, consultant, keys.getKeyAs(Long.class), participant);
	}

	long part(long cohort, String party, Long unit, Long provider) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into net_cohort_part (cohort_id, party, unit_id, provider_id, course_title, course_start, "
				+ "course_end, seats, skills, status) values (?,?,?,?,?,?,?,?,?,?)")
			.params(cohort, party, unit, provider, provider == null ? null : "Arbetsmiljö och säkerhet i industrin",
					provider == null ? null : LocalDate.now().plusWeeks(2),
					provider == null ? null : LocalDate.now().plusWeeks(4), provider == null ? null : 12,
					provider == null ? "" : "AW8R_baL_eV1", "PENDING")
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	String partStatus(long id) {
		return jdbc.sql("select status from net_cohort_part where id = ?").param(id).query(String.class).single();
	}

	long audited(String username, String action, String subjectType, long subjectId) {
		return jdbc.sql("select count(*) from audit_log where username = ? and action = ? and subject_type = ? "
				+ "and subject_id = ?").params(username, action, subjectType, String.valueOf(subjectId))
			.query(Long.class).single();
	}

	@Test
	void eachPartyAnswersOnlyItsOwnPartAndEveryAnswerIsAudited() throws Exception {
		Fixture f = cohort("Spårtest " + UUID.randomUUID());
		MockHttpSession provider = login("utbildare");
		MockHttpSession employer = login("arbetsgivare");

		mvc.perform(post("/cohorts/parts/" + f.providerPart()).session(provider).with(csrf())
			.param("cohort", String.valueOf(f.cohort())).param("status", "ACCEPTED"))
			.andExpect(redirectedUrl("/cohorts/" + f.cohort() + "#parts"));
		assertThat(partStatus(f.providerPart())).isEqualTo("ACCEPTED");
		assertThat(jdbc.sql("select details from audit_log where username = 'utbildare' and action = 'UPDATE' and "
				+ "subject_type = 'cohort part' and subject_id = ?").param(String.valueOf(f.providerPart()))
			.query(String.class).single()).isEqualTo("PROVIDER PENDING -> ACCEPTED");

		// The provider cannot answer for the employer: 404 and a DENIED entry.
		mvc.perform(post("/cohorts/parts/" + f.employerPart()).session(provider).with(csrf())
			.param("cohort", String.valueOf(f.cohort())).param("status", "ACCEPTED"))
			.andExpect(status().isNotFound());
		assertThat(partStatus(f.employerPart())).isEqualTo("PENDING");
		assertThat(audited("utbildare", "DENIED", "cohort part", f.employerPart())).isEqualTo(1);

		// Asking for a change needs a note: nothing is stored without one.
		mvc.perform(post("/api/cohorts/parts/" + f.employerPart()).session(employer).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"CHANGE_REQUESTED\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("note"));
		assertThat(partStatus(f.employerPart())).isEqualTo("PENDING");
		mvc.perform(post("/api/cohorts/parts/" + f.employerPart()).session(employer).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"CHANGE_REQUESTED\",\"note\":\"Start en vecka senare\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.members[0].participantId").value(Matchers.nullValue()))
			.andExpect(jsonPath("$.members[0].reference").value("K-TEST01"));
		assertThat(partStatus(f.employerPart())).isEqualTo("CHANGE_REQUESTED");
		assertThat(audited("arbetsgivare", "UPDATE", "cohort part", f.employerPart())).isEqualTo(1);

		mvc.perform(post("/cohorts/parts/" + f.consultantPart()).session(login("konsulent")).with(csrf())
			.param("cohort", String.valueOf(f.cohort())).param("status", "ACCEPTED"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/cohorts/" + f.cohort()).session(employer)).andExpect(status().isOk())
			.andExpect(jsonPath("$.parts[?(@.party == 'EMPLOYER')].status").value(Matchers.hasItem("CHANGE_REQUESTED")));
	}

	@Test
	void membersAreTrackedToWorkAfterNinetyDaysWithEveryChangeAuditedAgainstThePerson() throws Exception {
		Fixture f = cohort("Spårtest " + UUID.randomUUID());
		MockHttpSession consultant = login("konsulent");
		for (String stage : new String[] { "SELECTED", "IN_COURSE" }) {
			mvc.perform(post("/cohorts/members/" + f.member()).session(consultant).with(csrf())
				.param("cohort", String.valueOf(f.cohort())).param("stage", stage).param("progress", "40"))
				.andExpect(status().is3xxRedirection());
		}
		// An outcome before completion and a progress above 100 are refused at their fields; nothing changes.
		String html = mvc.perform(post("/cohorts/members/" + f.member()).session(consultant).with(csrf())
			.param("cohort", String.valueOf(f.cohort())).param("stage", "IN_COURSE").param("progress", "140")
			.param("employed90", "true"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Inget sparades").contains("heltal mellan 0 och 100");
		assertThat(jdbc.sql("select progress from net_cohort_member where id = ?").param(f.member())
			.query(Integer.class).single()).isEqualTo(40);

		mvc.perform(post("/api/cohorts/members/" + f.member()).session(consultant).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"stage\":\"COMPLETED\",\"employed90\":\"true\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.members[0].stage").value("COMPLETED"))
			.andExpect(jsonPath("$.members[0].progress").value(100))
			.andExpect(jsonPath("$.members[0].participantId").value(f.participant()));
		assertThat(jdbc.sql("select count(*) from audit_log where username = 'konsulent' and action = 'UPDATE' "
				+ "and subject_type = 'cohort member' and person_ref = ?").param(String.valueOf(f.participant()))
			.query(Long.class).single()).isEqualTo(3);

		// Another consultant sees the cohort but neither the person's id nor may record anything about them.
		MockHttpSession other = login("konsulent.lulea");
		mvc.perform(get("/api/cohorts/" + f.cohort()).session(other)).andExpect(status().isOk())
			.andExpect(jsonPath("$.members[0].participantId").value(Matchers.nullValue()));
		mvc.perform(post("/api/cohorts/members/" + f.member()).session(other).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"stage\":\"DROPPED\"}"))
			.andExpect(status().isNotFound());
		assertThat(audited("konsulent.lulea", "DENIED", "cohort member", f.member())).isEqualTo(1);
		assertThat(mvc.perform(get("/cohorts/" + f.cohort()).session(other)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain("stage-" + f.member());
		// The course provider records course progress, by reference.
		MockHttpSession provider = login("utbildare");
		mvc.perform(post("/api/cohorts/members/" + f.member()).session(provider).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"stage\":\"COMPLETED\",\"employed90\":\"true\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.members[0].participantId").value(Matchers.nullValue()));

		// The employer sees the result but cannot track, and never the participant id.
		MockHttpSession employer = login("arbetsgivare");
		mvc.perform(post("/api/cohorts/members/" + f.member()).session(employer).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"stage\":\"DROPPED\"}"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/cohorts/results").session(employer)).andExpect(status().isOk())
			.andExpect(jsonPath("$.byCohort[?(@.key == " + f.cohort() + ")].share").value(Matchers.hasItem(1.0)));
	}

	@Test
	void aCohortOutsideOnesScopeIsNotFoundAndLogged() throws Exception {
		Fixture f = cohort("Spårtest " + UUID.randomUUID());
		// Lärcentrum is a party; the Luleå consultant is staff; an employer of another organisation is not.
		mvc.perform(get("/cohorts/" + f.cohort()).session(login("utbildare"))).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("K-TEST01")));
		jdbc.sql("update net_cohort set employer_unit_id = ? where id = ?").params(unit("larcentrum-boden"), f.cohort())
			.update();
		jdbc.sql("update net_cohort_part set unit_id = ? where cohort_id = ? and party = 'EMPLOYER'")
			.params(unit("larcentrum-boden"), f.cohort()).update();
		mvc.perform(get("/cohorts/" + f.cohort()).session(login("arbetsgivare"))).andExpect(status().isNotFound());
		assertThat(audited("arbetsgivare", "DENIED", "cohort", f.cohort())).isEqualTo(1);
	}

	@Test
	void theResultsPageChartsTheShareInWorkAgainstTheReferenceAndExportsIt() throws Exception {
		MockHttpSession analyst = login("analytiker");
		mvc.perform(get("/cohorts/results").session(analyst)).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Industrisäkerhet, Boden (demo)")))
			.andExpect(content().string(Matchers.containsString("id=\"cohort-chart\"")))
			.andExpect(content().string(Matchers.containsString("Jämförelsetal: 20 %")));
		String csv = mvc.perform(get("/cohorts/results.csv").session(analyst)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines().findFirst().orElseThrow()).startsWith("level,id,name,started,completed");
		// Industrisäkerhet (demo): 10 took part, 9 completed, 6 of them in work after 90 days.
		assertThat(csv).contains("\"Industrisäkerhet, Boden (demo)\",10,9,9,6,0.667,0.2");
		mvc.perform(get("/cohorts/rules").session(analyst)).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Studiestartsstöd (demo)")));
	}

	@Test
	void aFundingRuleIsEditableWithItsSourceAndABadOneStoresNothing() throws Exception {
		MockHttpSession consultant = login("konsulent");
		String title = "Regel " + UUID.randomUUID();
		mvc.perform(post("/cohorts/rules").session(consultant).with(csrf()).param("title", title).param("fact", "AGE")
			.param("min", "60").param("max", "20").param("hint", "h").param("source", "s"))
			.andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("id=\"rule-max-error\"")));
		assertThat(jdbc.sql("select count(*) from net_funding_rule where title = ?").param(title).query(Long.class)
			.single()).isZero();
		mvc.perform(post("/cohorts/rules").session(consultant).with(csrf()).param("title", title)
			.param("fact", "HEADCOUNT").param("min", "10").param("hint", "Arbetsgivaren delar kostnaden.")
			.param("source", "Testkälla")).andExpect(redirectedUrl("/cohorts/rules"));
		mvc.perform(post("/cohorts/rules").session(login("arbetsgivare")).with(csrf()).param("title", title + "x")
			.param("fact", "HEADCOUNT").param("hint", "h").param("source", "s")).andExpect(status().isForbidden());
	}
}
