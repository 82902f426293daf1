package se.kompetensnav.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.kompetensnav.matching.MatchingFixtures.HOT_WORK;
import static se.kompetensnav.matching.MatchingFixtures.MUST;
import static se.kompetensnav.matching.MatchingFixtures.json;
import static se.kompetensnav.matching.MatchingFixtures.login;

import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import se.kompetensnav.matching.MatchingFixtures;
import se.kompetensnav.test.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Keeping the index current: the full re-read picks up changed participants and opportunities and applies only
 * differences; shares and withdrawals are read in one batch. Through the HTTP API; {@link MatchingService#expire()}
 * stands for the minute passing.
 */
@IntegrationTest
class MatchingRefreshIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MatchingService matching;

	String body(String url, MockHttpSession session) throws Exception {
		return MatchingFixtures.page(mvc, url, session);
	}

	/** An employer's question for shared candidates (it brings the index up to date first). */
	List<String> sharedWelders(MockHttpSession session) throws Exception {
		String requirement = """
				{"occupationId":"%s","municipalityCode":"2582","mustSkillIds":%s,"niceSkillIds":[]}"""
			.formatted(MatchingFixtures.SVETSARE,
					MUST.stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(",", "[", "]")));
		String out = mvc.perform(post("/api/matching/candidates").param("limit", "100").session(session).with(csrf())
			.contentType("application/json").content(requirement)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		return json(out).findValuesAsString("reference");
	}

	@Nullable JsonNode candidate(long job, String reference, MockHttpSession session) throws Exception {
		for (JsonNode c : json(body("/api/matching/opportunities/" + job + "/candidates?limit=100", session))) {
			if (reference.equals(c.path("reference").asString())) {
				return c;
			}
		}
		return null;
	}

	@Nullable JsonNode opportunityMatch(long person, long job, MockHttpSession session) throws Exception {
		for (JsonNode m : json(body("/api/matching/participants/" + person + "/opportunities?limit=100", session))
			.path("opportunities")) {
			if (m.path("opportunityId").asLong() == job) {
				return m;
			}
		}
		return null;
	}

	@Test
	void aSharedParticipantsChangedSkillsArePickedUpByTheFullReRead() throws Exception {
		MockHttpSession konsulent = login(mvc, "konsulent");
		MockHttpSession arbetsgivare = login(mvc, "arbetsgivare");
		String family = MatchingFixtures.uniqueName();
		long person = MatchingFixtures.welder(mvc, jdbc, konsulent, family, MUST.subList(0, 2));
		String reference = MatchingFixtures.share(mvc, konsulent, person);
		long job = MatchingFixtures.weldingJob(mvc, jdbc, arbetsgivare, "Svetsjobb " + family.substring(9));
		JsonNode before = candidate(job, reference, arbetsgivare);
		assertThat(before).isNotNull();
		assertThat(before.path("missingMust").toString()).contains(HOT_WORK);

		// the consultant records that she has hot work now; no event tells matching
		MatchingFixtures.changeWelderSkills(mvc, jdbc, konsulent, person, family, MUST);
		matching.expire();
		JsonNode after = candidate(job, reference, arbetsgivare);
		assertThat(after).isNotNull();
		assertThat(after.path("missingMust").size()).isZero();
		assertThat(after.path("matched").toString()).contains(HOT_WORK);
		assertThat(after.path("score").asDouble()).isGreaterThan(before.path("score").asDouble());
	}

	@Test
	void aChangedOrClosedOpportunityIsPickedUpByTheFullReRead() throws Exception {
		MockHttpSession konsulent = login(mvc, "konsulent");
		MockHttpSession arbetsgivare = login(mvc, "arbetsgivare");
		String family = MatchingFixtures.uniqueName();
		// the consultant's own participant, read fresh at each question; the opportunities come from the index
		long person = MatchingFixtures.welder(mvc, jdbc, konsulent, family, MUST.subList(0, 2));
		long job = MatchingFixtures.weldingJob(mvc, jdbc, arbetsgivare, "Svetsjobb " + family.substring(9));
		matching.expire();
		JsonNode before = opportunityMatch(person, job, konsulent);
		assertThat(before).isNotNull();
		assertThat(before.path("missingMust").toString()).contains(HOT_WORK);

		// the employer drops hot work from the requirements (nobody looks at the opportunity's candidates)
		String skills = MUST.subList(0, 2).stream()
			.map(s -> "{\"skillId\":\"" + s + "\",\"importance\":\"MUST\",\"level\":2}")
			.collect(Collectors.joining(",", "[", "]"));
		mvc.perform(put("/api/employers/opportunities/" + job + "/skills").session(arbetsgivare).with(csrf())
			.contentType("application/json").content(skills)).andExpect(status().isOk());
		matching.expire();
		JsonNode changed = opportunityMatch(person, job, konsulent);
		assertThat(changed).isNotNull();
		assertThat(changed.path("missingMust").size()).isZero();
		assertThat(changed.path("missingNice").size()).isZero();

		mvc.perform(post("/api/employers/opportunities/" + job + "/open").param("open", "false")
			.session(arbetsgivare).with(csrf())).andExpect(status().isOk());
		matching.expire();
		assertThat(opportunityMatch(person, job, konsulent)).isNull();
	}

	@Test
	void anUnchangedWorldCausesNoIndexWorkAndOneChangeOneUpsert() throws Exception {
		MockHttpSession konsulent = login(mvc, "konsulent");
		MockHttpSession arbetsgivare = login(mvc, "arbetsgivare");
		String family = MatchingFixtures.uniqueName();
		long person = MatchingFixtures.welder(mvc, jdbc, konsulent, family, MUST);
		String reference = MatchingFixtures.share(mvc, konsulent, person);
		matching.expire();
		assertThat(sharedWelders(arbetsgivare)).contains(reference);
		MatchingService.IndexChanges settled = matching.indexChanges();
		assertThat(matching.indexedParticipants()).contains(person);

		// a full re-read of both sides with nothing changed: no document upserted or removed
		matching.expire();
		assertThat(sharedWelders(arbetsgivare)).contains(reference);
		assertThat(matching.indexChanges()).isEqualTo(settled);

		// one participant changed: exactly one upsert
		MatchingFixtures.changeWelderSkills(mvc, jdbc, konsulent, person, family, MUST.subList(0, 2));
		matching.expire();
		assertThat(sharedWelders(arbetsgivare)).contains(reference);
		assertThat(matching.indexChanges())
			.isEqualTo(new MatchingService.IndexChanges(settled.upserts() + 1, settled.removals()));
	}

	int profileReads(long participantId) {
		return jdbc.sql("select count(*) from audit_log where username = 'arbetsgivare' and action = 'READ' "
				+ "and subject_type = 'participant' and subject_id = ? and purpose = 'matching' and details is null")
			.param(String.valueOf(participantId)).query(Integer.class).single();
	}

	@Test
	void sharesAndWithdrawalsAreAppliedFromOneBatchReadWithEachProfileReadAudited() throws Exception {
		MockHttpSession konsulent = login(mvc, "konsulent");
		MockHttpSession arbetsgivare = login(mvc, "arbetsgivare");
		String family = MatchingFixtures.uniqueName();
		long a = MatchingFixtures.welder(mvc, jdbc, konsulent, family + "a", MUST);
		long b = MatchingFixtures.welder(mvc, jdbc, konsulent, family + "b", MUST);
		long c = MatchingFixtures.welder(mvc, jdbc, konsulent, family + "c", MUST);
		String refC = MatchingFixtures.share(mvc, konsulent, c);
		assertThat(sharedWelders(arbetsgivare)).contains(refC);

		String refA = MatchingFixtures.share(mvc, konsulent, a);
		String refB = MatchingFixtures.share(mvc, konsulent, b);
		mvc.perform(delete("/api/participants/" + c + "/sharing").session(konsulent).with(csrf()))
			.andExpect(status().isNoContent());
		int readsA = profileReads(a);
		int readsB = profileReads(b);
		int readsC = profileReads(c);
		List<String> refs = sharedWelders(arbetsgivare);
		assertThat(refs).contains(refA, refB).doesNotContain(refC);
		assertThat(matching.indexedParticipants()).contains(a, b).doesNotContain(c);
		// the profiles read for the index are audited as the single read audits them; the withdrawn one is not read
		assertThat(profileReads(a)).isEqualTo(readsA + 1);
		assertThat(profileReads(b)).isEqualTo(readsB + 1);
		assertThat(profileReads(c)).isEqualTo(readsC);
	}
}
