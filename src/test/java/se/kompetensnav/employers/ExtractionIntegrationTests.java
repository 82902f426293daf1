package se.kompetensnav.employers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import se.kompetensnav.identity.Units;
import se.kompetensnav.test.IntegrationTest;

@IntegrationTest
class ExtractionIntegrationTests {

	static final String TEXT = "Vi söker en underhållsmekaniker med goda kunskaper i hydraulik. Pneumatik är meriterande. "
			+ "Inget krav på körkort. Du talar svenska.";

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
	void theEmployerReviewsTheSuggestionsAndOnlyWhatTheyAcceptIsStored() throws Exception {
		String user = EmployersTestSupport.otherEmployer(organisations, units, jdbc, "extr");
		long orgId = organisations.byUnit(jdbc.sql("select unit_id from app_user where username = ?").param(user)
			.query(Long.class).single()).orElseThrow().id();
		MockHttpSession session = EmployersTestSupport.login(mvc, user);
		String location = mvc.perform(post("/employers/organisations/" + orgId + "/opportunities").session(session)
			.with(csrf()).param("kind", "VACANCY").param("title", "Underhållsmekaniker")
			.param("occupationId", "ci6b_Nc2_FmS").param("municipalityCode", "2580").param("positions", "1")
			.param("description", TEXT)).andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(opportunities.find(id).orElseThrow().skills()).isEmpty();

		// The page runs the extractor on the title and the description.
		List<SkillSuggestion> suggestions = SkillExtractor.shared().extract("Underhållsmekaniker\n\n" + TEXT);
		int hydraulics = index(suggestions, "73Pw_nip_4EW");
		int pneumatics = index(suggestions, "pXy8_4zz_azx");
		int licence = index(suggestions, "VTK8_WRx_GcM");
		int swedish = index(suggestions, "zSLA_vw2_FXN");
		assertThat(suggestions.get(licence).status()).isEqualTo(MentionStatus.NEGATED);

		// The page highlights each mention and ticks all but the negated one.
		mvc.perform(get("/employers/opportunities/" + id + "/skills").session(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("<mark id=\"m" + hydraulics + "\"")))
			.andExpect(content().string(containsString(">hydraulik</mark>")))
			.andExpect(content().string(containsString("value=\"" + hydraulics + "\" id=\"accept" + hydraulics
					+ "\" checked")));

		// The employer rejects pneumatics, keeps hydraulics as required and accepts Swedish.
		mvc.perform(post("/employers/opportunities/" + id + "/skills").session(session).with(csrf())
			.param("accept", String.valueOf(hydraulics), String.valueOf(swedish))
			.param("importance" + hydraulics, "MUST").param("importance" + pneumatics, "NICE")
			.param("importance" + swedish, "MUST")).andExpect(status().is3xxRedirection());
		Opportunity stored = opportunities.find(id).orElseThrow();
		assertThat(stored.skills()).extracting(SkillRequirement::skillId).containsExactly("73Pw_nip_4EW");
		assertThat(stored.must()).hasSize(1);
		assertThat(stored.languages()).containsExactly("zSLA_vw2_FXN");
		assertThat(stored.drivingLicences()).isEmpty();

		// Another employer cannot open the page.
		MockHttpSession demo = EmployersTestSupport.login(mvc, "arbetsgivare");
		mvc.perform(get("/employers/opportunities/" + id + "/skills").session(demo)).andExpect(status().isNotFound());
	}

	@Test
	void theApiReturnsSuggestionsWithOffsetsAndStatus() throws Exception {
		MockHttpSession session = EmployersTestSupport.login(mvc, "konsulent");
		mvc.perform(post("/api/employers/extract").session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"Inget krav på körkort. Robotsvetsning är meriterande.\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].conceptId").value("VTK8_WRx_GcM"))
			.andExpect(jsonPath("$[0].status").value("NEGATED"))
			.andExpect(jsonPath("$[0].start").value(14)).andExpect(jsonPath("$[0].end").value(21))
			.andExpect(jsonPath("$[1].label").value("Robotsvetsning"))
			.andExpect(jsonPath("$[1].status").value("OPTIONAL"));
		mvc.perform(post("/api/employers/extract").session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"\"}")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("text"));
	}

	private static int index(List<SkillSuggestion> suggestions, String conceptId) {
		for (int i = 0; i < suggestions.size(); i++) {
			if (suggestions.get(i).conceptId().equals(conceptId)) {
				return i;
			}
		}
		throw new AssertionError(conceptId + " not suggested in " + suggestions);
	}
}
