package se.kompetensnav.network;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/** Participants created and shared for matching through the application's own API, as a consultant does. */
final class CohortFixtures {

	/** Processoperatör (occupation name). */
	static final String PROCESS_OPERATOR = "bNZP_UBz_CVt";

	/** Processindustri (basic), taught by the short course "Kortkurs: introduktion till processindustrin". */
	static final String PROCESS_INDUSTRY = "AW8R_baL_eV1";

	/** Systematiskt arbetsmiljöarbete/SAM, taught by Lärcentrum Boden's "Arbetsmiljö och säkerhet i industrin". */
	static final String WORK_ENVIRONMENT = "QaW1_QPc_BXF";

	/** Wheel loader, taught by Lärcentrum Boden's short course. */
	static final String WHEEL_LOADER = "Ahfa_KuY_4HZ";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private CohortFixtures() {
	}

	static MockHttpSession login(MockMvc mvc, String username) throws Exception {
		return (MockHttpSession) mvc
			.perform(post("/login").param("username", username).param("password", "demo").with(csrf()))
			.andReturn().getRequest().getSession(false);
	}

	/** A participant in Boden in the demo programme who wants to work as a process operator, with these skills. */
	static long participant(MockMvc mvc, JdbcClient jdbc, MockHttpSession consultant, List<String> skills)
			throws Exception {
		long programme = jdbc.sql("select id from ppl_programme where name = 'Växtzon oändlig (demo)'")
			.query(Long.class).single();
		String skillJson = skills.stream()
			.map(s -> "{\"conceptId\":\"" + s + "\",\"level\":\"3\",\"acquired\":\"VALIDATED\"}")
			.collect(Collectors.joining(","));
		String body = """
				{"programmeId": %d, "givenName": "Kohorttest", "familyName": "%s", "birthDate": "1990-03-04",
				 "gender": "MAN", "municipalityCode": "2582", "labourMarketStatus": "UNEMPLOYED",
				 "unemployedSince": "2024-01-01", "incomeSource": "FORSORJNINGSSTOD", "languages": "svenska",
				 "occupationsWanted": ["%s"], "skills": [%s]}""".formatted(programme,
				"K" + UUID.randomUUID().toString().substring(0, 8), PROCESS_OPERATOR, skillJson);
		String created = mvc.perform(post("/api/participants").session(consultant).with(csrf())
			.contentType("application/json").content(body)).andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return JSON.readTree(created).path("id").asLong();
	}

	/** The consultant shares the participant for matching with today's consent. */
	static void share(MockMvc mvc, MockHttpSession consultant, long participantId) throws Exception {
		mvc.perform(put("/api/participants/" + participantId + "/sharing").session(consultant).with(csrf())
			.contentType("application/json")
			.content("{\"consentDate\":\"" + LocalDate.now() + "\",\"consentGiven\":true}"))
			.andExpect(status().isOk());
	}
}
