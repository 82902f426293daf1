package se.kompetensnav.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.kompetensnav.matching.MatchingFixtures.MUST;
import static se.kompetensnav.matching.MatchingFixtures.SVETSARE;
import static se.kompetensnav.matching.MatchingFixtures.json;
import static se.kompetensnav.matching.MatchingFixtures.login;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import se.kompetensnav.test.IntegrationTest;

/**
 * The candidate lists of an opportunity and of a need leave out people who have only the location in common (no
 * matched skill, no occupation in the same or a related group), and the page says so.
 */
@IntegrationTest
class MatchingRelevanceIntegrationTests {

	/** Specialisttandläkare inom endodonti: no welder's occupation is near it. */
	static final String ENDODONTIST = "rvwg_tDR_q7X";

	/** Endodonti/Rotbehandling, specialistkompetens för tandläkare. */
	static final String ENDODONTICS = "8GzZ_PU4_1oC";

	/** Upplands Väsby: far from Boden, where the demo people and the other tests' welders live. */
	static final String VASBY = "0114";

	static final String NOTE = "Visar bara kandidater med minst en matchande kompetens eller ett närliggande yrke.";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	String body(String url, MockHttpSession session) throws Exception {
		return MatchingFixtures.page(mvc, url, session);
	}

	String fragment(String url, MockHttpSession session) throws Exception {
		return MatchingFixtures.fragment(mvc, url, session);
	}

	@Test
	void someoneWithOnlyTheLocationInCommonIsNotACandidateOfAnOpportunityOrANeed() throws Exception {
		MockHttpSession konsulent = login(mvc, "konsulent");
		MockHttpSession arbetsgivare = login(mvc, "arbetsgivare");
		String family = MatchingFixtures.uniqueName();
		// lives where the job is, has nothing it asks for
		long nearby = MatchingFixtures.participant(mvc, jdbc, konsulent, family + "n", VASBY, SVETSARE, MUST);
		// lives out of reach, has the skill it asks for
		List<String> skills = new ArrayList<>(MUST);
		skills.add(ENDODONTICS);
		long skilled = MatchingFixtures.participant(mvc, jdbc, konsulent, family + "s", "2582", SVETSARE, skills);
		// no home recorded: a need has no place either, and two unknown places are not the same municipality
		long homeless = MatchingFixtures.participant(mvc, jdbc, konsulent, family + "h", "", SVETSARE, MUST);
		String homelessRef = MatchingFixtures.share(mvc, konsulent, homeless);
		String nearbyRef = MatchingFixtures.share(mvc, konsulent, nearby);
		String skilledRef = MatchingFixtures.share(mvc, konsulent, skilled);
		String title = "Tandläkare " + family.substring(9);
		long job = MatchingFixtures.opportunity(mvc, jdbc, arbetsgivare, title, ENDODONTIST, VASBY,
				List.of(ENDODONTICS), List.of());
		long need = MatchingFixtures.need(mvc, jdbc, arbetsgivare, title, ENDODONTIST, List.of(ENDODONTICS));

		// by score alone the one nearby is a candidate: the requirement search (no such rule) ranks them
		String requirement = """
				{"occupationId":"%s","municipalityCode":"%s","mustSkillIds":["%s"],"niceSkillIds":[]}"""
			.formatted(ENDODONTIST, VASBY, ENDODONTICS);
		String search = mvc.perform(post("/api/matching/candidates").param("limit", "100").session(arbetsgivare)
			.with(csrf()).contentType("application/json").content(requirement)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(json(search).findValuesAsString("reference")).contains(nearbyRef, skilledRef);

		for (String url : List.of("/api/matching/opportunities/" + job + "/candidates?limit=100",
				"/api/matching/needs/" + need + "/candidates?limit=100")) {
			List<String> refs = json(body(url, arbetsgivare)).findValuesAsString("reference");
			assertThat(refs).as(url).contains(skilledRef).doesNotContain(nearbyRef, homelessRef);
			// the consultant's own participants follow the same rule
			String own = body(url, konsulent);
			assertThat(own).as(url).contains(family + "s").doesNotContain(family + "n", family + "h");
		}

		// the pages leave them out too; the opportunity's says why (the one nearby scored on location alone), the
		// table pointing to the explanation; the need has no place, so nobody scored on location and none was left out
		String page = fragment("/matching/opportunities/" + job, arbetsgivare);
		assertThat(page).contains(skilledRef).doesNotContain(nearbyRef, homelessRef).contains(NOTE)
			.contains("aria-describedby=\"candidates-relevant\"");
		String needPage = fragment("/matching/needs/" + need, arbetsgivare);
		assertThat(needPage).contains(skilledRef).doesNotContain(nearbyRef, homelessRef, NOTE);
		// the full page in English
		String english = mvc.perform(get("/matching/opportunities/" + job).session(arbetsgivare).param("lang", "en"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(english).contains(skilledRef).doesNotContain(nearbyRef)
			.contains("Only candidates with at least one matching skill or a related occupation are shown.");
	}
}
