package se.kompetensnav.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.kompetensnav.matching.MatchingFixtures.MUST;
import static se.kompetensnav.matching.MatchingFixtures.login;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import se.kompetensnav.test.IntegrationTest;

/** The matching pages and the fragments the participant, opportunity, need and occupation pages load. */
@IntegrationTest
class MatchingPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	String page(String url, MockHttpSession session) throws Exception {
		return MatchingFixtures.page(mvc, url, session);
	}

	String fragment(String url, MockHttpSession session) throws Exception {
		return MatchingFixtures.fragment(mvc, url, session);
	}

	@Test
	void theParticipantPageShowsMatchesWithWhyAndTheGapClosingPath() throws Exception {
		MockHttpSession konsulent = login(mvc, "konsulent");
		MockHttpSession arbetsgivare = login(mvc, "arbetsgivare");
		String family = MatchingFixtures.uniqueName();
		long person = MatchingFixtures.welder(mvc, jdbc, konsulent, family, MUST.subList(0, 2));
		long job = MatchingFixtures.weldingJob(mvc, jdbc, arbetsgivare, "Svetsjobb " + family.substring(9));
		assertThat(page("/employers/opportunities/" + job, arbetsgivare)).contains("/matching/opportunities/" + job);
		fragment("/matching/opportunities/" + job, arbetsgivare);

		assertThat(page("/people/participants/" + person, konsulent)).contains("/matching/participants/" + person);
		String matches = fragment("/matching/participants/" + person, konsulent);
		assertThat(matches).doesNotContain("<html").contains("id=\"matches\"").contains("Svetsjobb " + family.substring(9))
			.contains("Varför").contains("Saknade krav").contains("Heta arbeten").contains("Väg dit")
			.contains("Samma yrke").contains("Samma kommun").contains("/utbildningar/");
		assertThat(page("/matching/participants/" + person, konsulent)).contains("<html").contains("Matchningar");
		// not the employer's, not another municipality's consultant
		mvc.perform(get("/matching/participants/" + person).session(arbetsgivare)).andExpect(status().isNotFound());
		mvc.perform(get("/matching/participants/" + person).session(login(mvc, "konsulent.lulea")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theEmployerSeesOnlySharedCandidatesAnonymisedOnTheOpportunityAndNeedPages() throws Exception {
		MockHttpSession konsulent = login(mvc, "konsulent");
		MockHttpSession arbetsgivare = login(mvc, "arbetsgivare");
		String family = MatchingFixtures.uniqueName();
		long person = MatchingFixtures.welder(mvc, jdbc, konsulent, family, MUST.subList(0, 2));
		long job = MatchingFixtures.weldingJob(mvc, jdbc, arbetsgivare, "Svetsjobb " + family.substring(9));
		long need = MatchingFixtures.weldingNeed(mvc, jdbc, arbetsgivare, "Svetsbehov " + family.substring(9));
		long org = jdbc.sql("select organisation_id from emp_critical_function where id = ?").param(need)
			.query(Long.class).single();
		assertThat(page("/employers/organisations/" + org + "/needs", arbetsgivare)).contains("/matching/needs/" + need);

		String before = fragment("/matching/opportunities/" + job, arbetsgivare);
		assertThat(before).doesNotContain(family).doesNotContain("/people/participants/");
		// the consultant sees their own participant by name, with a link to the case
		assertThat(fragment("/matching/opportunities/" + job, konsulent)).contains(family)
			.contains("/people/participants/" + person);

		String reference = MatchingFixtures.share(mvc, konsulent, person);
		String after = page("/matching/opportunities/" + job, arbetsgivare);
		assertThat(after).contains("Svetsjobb " + family.substring(9)).contains(reference).doesNotContain(family).doesNotContain("Matchtest")
			.doesNotContain("/people/participants/");
		String needPage = page("/matching/needs/" + need, arbetsgivare);
		assertThat(needPage).contains(reference).doesNotContain(family).contains("Heta arbeten")
			.contains("Kandidater och vägen att utbilda dem");
		// an education provider may not read the employer's opportunity or need
		MockHttpSession utbildare = login(mvc, "utbildare");
		mvc.perform(get("/matching/opportunities/" + job).session(utbildare)).andExpect(status().isNotFound());
		mvc.perform(get("/matching/needs/" + need).session(utbildare)).andExpect(status().isNotFound());
	}

	@Test
	void theOccupationPageShowsRelatedOccupationsAsOpenData() throws Exception {
		String concept = mvc.perform(get("/taxonomy/occupations/" + MatchingFixtures.SVETSARE)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(concept).contains("/matching/occupations/" + MatchingFixtures.SVETSARE + "/related");
		String related = mvc.perform(get("/matching/occupations/" + MatchingFixtures.SVETSARE + "/related")
			.header("HX-Request", "true")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(related).contains("Närliggande yrken").contains("Spårsvetsare").contains("/taxonomy/occupations/");
	}
}
