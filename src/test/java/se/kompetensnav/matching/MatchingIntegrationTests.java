package se.kompetensnav.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.kompetensnav.matching.MatchingFixtures.HOT_WORK;
import static se.kompetensnav.matching.MatchingFixtures.MUST;
import static se.kompetensnav.matching.MatchingFixtures.json;
import static se.kompetensnav.matching.MatchingFixtures.login;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import se.kompetensnav.test.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** The matching service over the application's data, through the HTTP API, on H2 and PostgreSQL. */
@IntegrationTest
class MatchingIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	String body(String url, MockHttpSession session) throws Exception {
		return MatchingFixtures.page(mvc, url, session);
	}

	int audited(String username, String action, long participantId) {
		return jdbc.sql("select count(*) from audit_log where username = ? and action = ? and subject_type = "
				+ "'participant' and subject_id = ? and purpose = 'matching'")
			.params(username, action, String.valueOf(participantId)).query(Integer.class).single();
	}

	@Test
	void anEmployerNeverSeesAPersonsIdentityBeforeItIsSharedAndNeverTheNameAfter() throws Exception {
		MockHttpSession konsulent = login(mvc, "konsulent");
		MockHttpSession arbetsgivare = login(mvc, "arbetsgivare");
		String family = MatchingFixtures.uniqueName();
		long person = MatchingFixtures.welder(mvc, jdbc, konsulent, family, MUST);
		long job = MatchingFixtures.weldingJob(mvc, jdbc, arbetsgivare, "Svetsjobb " + family.substring(9));
		String url = "/api/matching/opportunities/" + job + "/candidates";

		String before = body(url, arbetsgivare);
		assertThat(before).doesNotContain(family).doesNotContain("Matchtest ").doesNotContain("\"name\":\"");
		assertThat(json(before).findValues("participantId")).allMatch(JsonNode::isNull);
		// the consultant sees their own participant by name, shared or not
		assertThat(body(url, konsulent)).contains(family);

		String reference = MatchingFixtures.share(mvc, konsulent, person);
		assertThat(reference).matches("K-[0-9A-F]{6}");
		assertThat(before).doesNotContain(reference);
		int reads = audited("arbetsgivare", "READ", person);
		String after = body(url, arbetsgivare);
		JsonNode list = json(after);
		assertThat(list.findValuesAsString("reference")).contains(reference);
		assertThat(after).doesNotContain(family).doesNotContain("\"participantId\":" + person)
			.doesNotContain("\"name\":\"");
		for (JsonNode c : list) {
			assertThat(c.path("participantId").isNull() || c.path("participantId").isMissingNode()).isTrue();
		}
		// the employer's read of the anonymised profile is audited
		assertThat(audited("arbetsgivare", "READ", person)).isGreaterThan(reads);
		// every must-have matched and validated (55), same occupation (15) and municipality (15), no nice-to-have
		JsonNode mine = null;
		for (JsonNode c : list) {
			if (reference.equals(c.path("reference").asString())) {
				mine = c;
			}
		}
		assertThat(mine.path("score").asDouble()).isEqualTo(85.0);
		assertThat(mine.path("missingMust").size()).isZero();

		// withdrawn: no longer proposed
		mvc.perform(delete("/api/participants/" + person + "/sharing").session(konsulent).with(csrf()))
			.andExpect(status().isNoContent());
		assertThat(body(url, arbetsgivare)).doesNotContain(reference);
		mvc.perform(get("/api/participants/" + person + "/sharing").session(konsulent))
			.andExpect(jsonPath("$.shared").value(false));
	}

	@Test
	void unsharedPeopleAreNeverProposedForARequirement() throws Exception {
		MockHttpSession konsulent = login(mvc, "konsulent");
		String family = MatchingFixtures.uniqueName();
		long shared = MatchingFixtures.welder(mvc, jdbc, konsulent, family, MUST);
		long unshared = MatchingFixtures.welder(mvc, jdbc, konsulent, family + "x", MUST);
		String reference = MatchingFixtures.share(mvc, konsulent, shared);
		String requirement = """
				{"occupationId":"%s","municipalityCode":"2582","mustSkillIds":%s,"niceSkillIds":[]}"""
			.formatted(MatchingFixtures.SVETSARE, "[\"" + String.join("\",\"", MUST) + "\"]");
		for (String user : List.of("arbetsgivare", "analytiker", "utbildare")) {
			String out = mvc.perform(post("/api/matching/candidates").param("limit", "100").session(login(mvc, user))
				.with(csrf()).contentType("application/json").content(requirement)).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
			List<String> refs = json(out).findValuesAsString("reference");
			assertThat(refs).contains(reference);
			Set<String> active = new HashSet<>(jdbc.sql("select reference from ppl_matching_share "
					+ "where withdrawn_at is null").query(String.class).list());
			assertThat(active).containsAll(refs);
			assertThat(out).doesNotContain(family).doesNotContain("participantId");
		}
		assertThat(jdbc.sql("select count(*) from ppl_matching_share where participant_id = ?").param(unshared)
			.query(Integer.class).single()).isZero();
		// anonymous callers get nothing
		mvc.perform(post("/api/matching/candidates").with(csrf()).contentType("application/json")
			.content(requirement)).andExpect(status().is(org.hamcrest.Matchers.oneOf(302, 401, 403)));
	}

	@Test
	void aConsultantSeesTheParticipantsMatchesExplainedWithAGapClosingPath() throws Exception {
		MockHttpSession konsulent = login(mvc, "konsulent");
		MockHttpSession arbetsgivare = login(mvc, "arbetsgivare");
		String family = MatchingFixtures.uniqueName();
		// lacks hot work (Heta arbeten), which a one-day course in Boden teaches
		long person = MatchingFixtures.welder(mvc, jdbc, konsulent, family, MUST.subList(0, 2));
		long job = MatchingFixtures.weldingJob(mvc, jdbc, arbetsgivare, "Svetsjobb " + family.substring(9));
		// the employer looks at the new opportunity: it is indexed at once
		body("/api/matching/opportunities/" + job + "/candidates", arbetsgivare);

		JsonNode result = json(body("/api/matching/participants/" + person + "/opportunities?limit=20", konsulent));
		JsonNode match = null;
		List<Long> ids = new ArrayList<>();
		for (JsonNode m : result.path("opportunities")) {
			ids.add(m.path("opportunityId").asLong());
			if (m.path("opportunityId").asLong() == job) {
				match = m;
			}
		}
		assertThat(ids).contains(job);
		JsonNode f = match.path("factors");
		assertThat(f.path("must").asDouble() + f.path("nice").asDouble() + f.path("occupation").asDouble()
				+ f.path("location").asDouble()).isCloseTo(match.path("score").asDouble(),
						org.assertj.core.data.Offset.offset(1e-6));
		assertThat(match.path("missingMust").toString()).contains(HOT_WORK);
		assertThat(match.path("occupationTier").asString()).isEqualTo("SAME_OCCUPATION");
		assertThat(match.path("locationTier").asString()).isEqualTo("SAME_MUNICIPALITY");
		JsonNode path = match.path("path");
		assertThat(path.path("covered").toString()).contains(HOT_WORK);
		assertThat(path.path("steps").size()).isPositive();
		assertThat(path.path("steps").get(0).path("offerId").asString()).startsWith("course-");
		assertThat(result.path("courses").toString()).contains(HOT_WORK);

		// another municipality's consultant: not found, audited
		mvc.perform(get("/api/matching/participants/" + person + "/opportunities").session(login(mvc,
				"konsulent.lulea"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/matching/participants/" + person + "/opportunities").session(arbetsgivare))
			.andExpect(status().isNotFound());
	}

	@Test
	void theGapPlanCoversSkillsWithCatalogueOffers() throws Exception {
		JsonNode plan = json(body("/api/matching/gap-plan?skills=" + HOT_WORK + "&municipality=2582",
				login(mvc, "konsulent")));
		assertThat(plan.path("covered").toString()).contains(HOT_WORK);
		assertThat(plan.path("method").asString()).isEqualTo("EXACT");
		mvc.perform(get("/api/matching/gap-plan?skills=").session(login(mvc, "konsulent")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void sharingNeedsTheConsentAndOnlyTheParticipantsCaseWorkers() throws Exception {
		MockHttpSession konsulent = login(mvc, "konsulent");
		long person = MatchingFixtures.welder(mvc, jdbc, konsulent, MatchingFixtures.uniqueName(), MUST);
		mvc.perform(put("/api/participants/" + person + "/sharing").session(konsulent).with(csrf())
			.contentType("application/json").content("{\"consentDate\":\"2020-01-01\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("consentGiven"));
		for (String other : List.of("konsulent.lulea", "arbetsgivare", "analytiker")) {
			mvc.perform(put("/api/participants/" + person + "/sharing").session(login(mvc, other)).with(csrf())
				.contentType("application/json").content("{\"consentDate\":\"2020-01-01\",\"consentGiven\":true}"))
				.andExpect(status().isNotFound());
		}
		assertThat(jdbc.sql("select count(*) from ppl_matching_share where participant_id = ?").param(person)
			.query(Integer.class).single()).isZero();
	}

	@Test
	void theConsultantSharesAndWithdrawsOnTheParticipantPage() throws Exception {
		MockHttpSession konsulent = login(mvc, "konsulent");
		long person = MatchingFixtures.welder(mvc, jdbc, konsulent, MatchingFixtures.uniqueName(), MUST);
		assertThat(body("/people/participants/" + person, konsulent)).contains("/people/participants/" + person
				+ "/sharing");
		assertThat(body("/people/participants/" + person + "/sharing", konsulent)).contains("id=\"sharing-form\"");
		String refused = mvc.perform(post("/people/participants/" + person + "/sharing").session(konsulent)
			.with(csrf()).header("HX-Request", "true").param("consentDate", "2025-01-01")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("consentGiven-error").contains("aria-invalid=\"true\"");
		String shared = mvc.perform(post("/people/participants/" + person + "/sharing").session(konsulent)
			.with(csrf()).header("HX-Request", "true").param("consentDate", "2025-01-01").param("consentGiven", "true"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(shared).contains("sharing-withdraw").containsPattern("K-[0-9A-F]{6}").contains("2025-01-01")
			.contains("konsulent");
		String withdrawn = mvc.perform(post("/people/participants/" + person + "/sharing/withdraw").session(konsulent)
			.with(csrf()).header("HX-Request", "true")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(withdrawn).contains("sharing-form");
		assertThat(jdbc.sql("select count(*) from audit_log where action = 'UPDATE' and subject_id = ? "
				+ "and purpose = 'matching'").param(String.valueOf(person)).query(Integer.class).single())
			.isEqualTo(2);
	}

	@Test
	void theDemoDataSharesSomeBodenParticipantsWithConsentSoEmployersHaveCandidates() throws Exception {
		// only participants still in the programme, each with a recorded consent, none of them exited
		List<String> demoRefs = jdbc.sql("select s.reference from ppl_matching_share s join ppl_participant p "
				+ "on p.id = s.participant_id where p.demo and s.withdrawn_at is null and p.status = 'ENROLLED' "
				+ "and p.exit_date is null and s.consent_date >= p.entry_date")
			.query(String.class).list();
		assertThat(demoRefs).hasSizeGreaterThan(5);
		assertThat(jdbc.sql("select count(*) from ppl_matching_share s join ppl_participant p on p.id = "
				+ "s.participant_id where p.demo and (p.status <> 'ENROLLED' or p.exit_date is not null)")
			.query(Integer.class).single()).isZero();

		// an employer looking for greenhouse growers in Boden gets demo participants, by reference only
		String body = mvc.perform(post("/api/matching/candidates").session(login(mvc, "arbetsgivare")).with(csrf())
			.contentType("application/json")
			.content("{\"occupationId\":\"ZwCN_YoJ_coi\",\"municipalityCode\":\"2582\",\"mustSkillIds\":[],"
					+ "\"niceSkillIds\":[\"Bjhz_qeH_rQR\"]}"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<String> refs = json(body).findValuesAsString("reference");
		assertThat(refs).hasSizeGreaterThan(5).anyMatch(demoRefs::contains);
		assertThat(body).doesNotContain("(demo)").doesNotContain("participantId");

		// the demo steel employer's welding apprenticeship has candidates with something in common, not location alone
		long apprenticeship = jdbc.sql("select id from emp_opportunity where title = 'Lärling, svets (demo)'")
			.query(Long.class).single();
		String candidates = body("/api/matching/opportunities/" + apprenticeship + "/candidates?limit=20",
				login(mvc, "arbetsgivare"));
		var list = json(candidates);
		assertThat(list.size()).isPositive();
		list.forEach(c -> assertThat(c.get("matched").size()).as(c.toString()).isPositive());
		assertThat(list.findValuesAsString("reference")).anyMatch(demoRefs::contains);
	}

	@Test
	void theOpenApiDescriptionListsTheMatchingAndSharingEndpoints() throws Exception {
		String api = body("/v3/api-docs", login(mvc, "admin"));
		assertThat(api).contains("/api/matching/participants/{id}/opportunities")
			.contains("/api/matching/opportunities/{id}/candidates").contains("/api/matching/needs/{id}/candidates")
			.contains("/api/matching/candidates").contains("/api/matching/gap-plan")
			.contains("/api/participants/{id}/sharing");
	}
}
