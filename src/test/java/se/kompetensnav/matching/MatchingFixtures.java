package se.kompetensnav.matching;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Participants, opportunities and sharing created through the application's own HTTP API. */
public final class MatchingFixtures {

	public static final String SVETSARE = "rxrQ_Nyy_k6y";

	/** MIG/MAG welding, general welding knowledge, hot work (Heta arbeten): the must-haves of the test job. */
	public static final List<String> MUST = List.of("Q1D1_Pdc_rnT", "aHCV_VsV_LiD", "Q7eC_B7g_QiU");

	public static final String NICE = "JUpW_QCd_vCM";

	/** Heta arbeten: taught by a one-day short course in the demo catalogue. */
	public static final String HOT_WORK = "Q7eC_B7g_QiU";

	static final JsonMapper JSON = JsonMapper.builder().build();

	private MatchingFixtures() {
	}

	public static MockHttpSession login(MockMvc mvc, String username) throws Exception {
		return (MockHttpSession) mvc
			.perform(post("/login").param("username", username).param("password", "demo").with(csrf()))
			.andReturn().getRequest().getSession(false);
	}

	/** A GET that must answer 200, its body. */
	public static String page(MockMvc mvc, String url, MockHttpSession session) throws Exception {
		return mvc.perform(get(url).session(session)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	/** A GET as htmx asks for a fragment, which must answer 200, its body. */
	public static String fragment(MockMvc mvc, String url, MockHttpSession session) throws Exception {
		return mvc.perform(get(url).session(session).header("HX-Request", "true")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	public static JsonNode json(String body) {
		return JSON.readTree(body);
	}

	/** A welder in Boden created by the consultant in Växtzon, with the given skills (all validated). */
	public static long welder(MockMvc mvc, JdbcClient jdbc, MockHttpSession consultant, String familyName,
			List<String> skills) throws Exception {
		return participant(mvc, jdbc, consultant, familyName, "2582", SVETSARE, skills);
	}

	/** A participant created by the consultant in Växtzon: home, wanted occupation and skills (all validated). */
	public static long participant(MockMvc mvc, JdbcClient jdbc, MockHttpSession consultant, String familyName,
			String municipalityCode, String occupationId, List<String> skills) throws Exception {
		String created = mvc.perform(post("/api/participants").session(consultant).with(csrf())
			.contentType("application/json")
			.content(participantBody(jdbc, familyName, municipalityCode, occupationId, skills)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return json(created).path("id").asLong();
	}

	/** The consultant replaces the welder's skills (the other facts as {@link #welder} entered them). */
	public static void changeWelderSkills(MockMvc mvc, JdbcClient jdbc, MockHttpSession consultant, long participantId,
			String familyName, List<String> skills) throws Exception {
		mvc.perform(put("/api/participants/" + participantId).session(consultant).with(csrf())
			.contentType("application/json").content(participantBody(jdbc, familyName, "2582", SVETSARE, skills)))
			.andExpect(status().isOk());
	}

	private static String participantBody(JdbcClient jdbc, String familyName, String municipalityCode,
			String occupationId, List<String> skills) {
		long programme = jdbc.sql("select id from ppl_programme where name = 'Växtzon oändlig (demo)'")
			.query(Long.class).single();
		String skillJson = skills.stream().map(s -> "{\"conceptId\":\"" + s + "\",\"level\":\"3\",\"acquired\":\"VALIDATED\"}")
			.collect(Collectors.joining(","));
		return """
				{"programmeId": %d, "givenName": "Matchtest", "familyName": "%s", "birthDate": "1991-05-02",
				 "gender": "WOMAN", "municipalityCode": "%s", "labourMarketStatus": "UNEMPLOYED",
				 "unemployedSince": "2024-01-01", "incomeSource": "FORSORJNINGSSTOD", "languages": "svenska",
				 "occupationsWanted": ["%s"], "skills": [%s]}""".formatted(programme, familyName, municipalityCode,
				occupationId, skillJson);
	}

	public static String uniqueName() {
		return "Matchtest" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** A welding job at the demo steelworks in Boden, published by its employer contact. */
	public static long weldingJob(MockMvc mvc, JdbcClient jdbc, MockHttpSession employer, String title)
			throws Exception {
		return opportunity(mvc, jdbc, employer, title, SVETSARE, "2582", MUST, List.of(NICE));
	}

	/** A vacancy of the demo steelworks (level 2 skills), published by its employer contact. */
	public static long opportunity(MockMvc mvc, JdbcClient jdbc, MockHttpSession employer, String title,
			String occupationId, String municipalityCode, List<String> must, List<String> nice) throws Exception {
		long org = jdbc.sql("select o.id from emp_organisation o join org_unit u on u.id = o.unit_id "
				+ "where u.code = 'demo-stal-boden'").query(Long.class).single();
		String skills = Stream.concat(
				must.stream().map(s -> "{\"skillId\":\"" + s + "\",\"importance\":\"MUST\",\"level\":2}"),
				nice.stream().map(s -> "{\"skillId\":\"" + s + "\",\"importance\":\"NICE\",\"level\":2}"))
			.collect(Collectors.joining(","));
		String body = """
				{"kind": "VACANCY", "title": "%s", "occupationId": "%s", "municipalityCode": "%s", "positions": 2,
				 "skills": [%s]}""".formatted(title, occupationId, municipalityCode, skills);
		String created = mvc.perform(post("/api/employers/organisations/" + org + "/opportunities").session(employer)
			.with(csrf()).contentType("application/json").content(body)).andExpect(status().isCreated()).andReturn()
			.getResponse().getContentAsString();
		return json(created).path("id").asLong();
	}

	/** The consultant shares the participant with today's consent; returns the anonymous reference. */
	public static String share(MockMvc mvc, MockHttpSession consultant, long participantId) throws Exception {
		String body = mvc.perform(put("/api/participants/" + participantId + "/sharing").session(consultant)
			.with(csrf()).contentType("application/json")
			.content("{\"consentDate\":\"" + LocalDate.now() + "\",\"consentGiven\":true}"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return json(body).path("reference").asString();
	}

	/** A critical function (competence need) for welders at the demo steelworks, entered by its employer contact. */
	public static long weldingNeed(MockMvc mvc, JdbcClient jdbc, MockHttpSession employer, String title)
			throws Exception {
		return need(mvc, jdbc, employer, title, SVETSARE, MUST);
	}

	/** A critical function (competence need) of the demo steelworks, entered by its employer contact. */
	public static long need(MockMvc mvc, JdbcClient jdbc, MockHttpSession employer, String title, String occupationId,
			List<String> must) throws Exception {
		long org = jdbc.sql("select o.id from emp_organisation o join org_unit u on u.id = o.unit_id "
				+ "where u.code = 'demo-stal-boden'").query(Long.class).single();
		String skills = must.stream().map(s -> "{\"skillId\":\"" + s + "\",\"importance\":\"MUST\",\"level\":2}")
			.collect(Collectors.joining(","));
		String body = """
				{"title": "%s", "occupationId": "%s", "reason": "EXPANSION", "headcountNow": 1, "headcount1y": 2,
				 "headcount3y": 3, "headcount5y": 3, "skills": [%s]}""".formatted(title, occupationId, skills);
		String created = mvc.perform(post("/api/employers/organisations/" + org + "/needs").session(employer)
			.with(csrf()).contentType("application/json").content(body)).andExpect(status().isCreated()).andReturn()
			.getResponse().getContentAsString();
		return json(created).path("id").asLong();
	}
}
