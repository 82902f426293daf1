package se.kompetensnav.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.kompetensnav.test.IntegrationTest;

/** Programmes created and edited, participants edited after enrolment: through the API and the forms. */
@IntegrationTest
class PeopleEditingIntegrationTests {

	static final String WELDING = "Q7eC_B7g_QiU"; // heta arbeten (skill)

	static final String OCCUPATION = "ZwCN_YoJ_coi";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	MockHttpSession login(String username) throws Exception {
		return (MockHttpSession) mvc
			.perform(post("/login").param("username", username).param("password", "demo").with(csrf()))
			.andReturn().getRequest().getSession(false);
	}

	long unit(String code) {
		return jdbc.sql("select id from org_unit where code = ?").param(code).query(Long.class).single();
	}

	MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder b, String body, MockHttpSession session) {
		return b.session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	int audits(String action, String subject, long id) {
		return jdbc.sql("select count(*) from audit_log where action = ? and subject_type = ? and subject_id = ?")
			.params(action, subject, String.valueOf(id)).query(Integer.class).single();
	}

	String programmeJson(String name, long unitId, String places, String extra) {
		return """
				{"name": "%s", "unitId": %d, "funder": "ESF+", "operationId": "OP-1", "startsOn": "2025-01-01",
				 "endsOn": "2026-12-31", "places": "%s", "targetGroups": ["LONG_TERM_UNEMPLOYED", "FOREIGN_BACKGROUND"],
				 "sites": ["Växthuset, Boden Plug and Play"], "staff": [{"username": "konsulent", "role": "Arbetsmarknadskonsulent"}] %s}"""
			.formatted(name, unitId, places, extra);
	}

	@Test
	void aUnitManagerCreatesAndEditsAProgrammeThroughTheApiValidatedAuditedAndScoped() throws Exception {
		MockHttpSession chef = login("chef");
		long boden = unit("jobbcenter-boden");
		String name = "Programtest " + UUID.randomUUID().toString().substring(0, 8);
		String created = mvc.perform(json(post("/api/programmes"), programmeJson(name, boden, "3", ""), chef))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.programme.places").value(3))
			.andExpect(jsonPath("$.programme.sites[0]").value("Växthuset, Boden Plug and Play"))
			.andExpect(jsonPath("$.staff[0].username").value("konsulent"))
			.andExpect(jsonPath("$.staff[0].role").value("Arbetsmarknadskonsulent"))
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) com.jayway.jsonpath.JsonPath.read(created, "$.programme.id")).longValue();
		assertThat(audits("CREATE", "programme", id)).isEqualTo(1);

		// Bad input: every problem at its field, nothing stored.
		String bad = "Programtest " + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(json(post("/api/programmes"), programmeJson(bad, boden, "0",
				", \"targetGroups\": [\"NOPE\"]").replace("\"2026-12-31\"", "\"2024-01-01\"")
			.replace("\"konsulent\"", "\"konsulent.lulea\""), chef))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'places')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'endsOn')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'targetGroups')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'staff[0].username')]").exists());
		assertThat(jdbc.sql("select count(*) from ppl_programme where name = ?").param(bad).query(Integer.class)
			.single()).isZero();

		// A unit manager cannot place a programme in another unit; a consultant cannot manage programmes at all.
		mvc.perform(json(post("/api/programmes"), programmeJson(bad, unit("arbetsmarknad-lulea"), "3", ""), chef))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[?(@.field == 'unitId')]").exists());
		mvc.perform(json(post("/api/programmes"), programmeJson(bad, boden, "3", ""), login("konsulent")))
			.andExpect(status().isForbidden());

		// Edit: places cannot go below the enrolled participants; the staff list is replaced.
		mvc.perform(json(post("/api/participants"), """
				{"programmeId": %d, "givenName": "Ada", "familyName": "Prog", "birthDate": "1990-01-01", "gender": "WOMAN",
				 "labourMarketStatus": "INACTIVE", "incomeSource": "NONE"}""".formatted(id), login("konsulent")))
			.andExpect(status().isCreated());
		mvc.perform(json(put("/api/programmes/" + id), programmeJson(name, boden, "0", ""), chef))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("places"));
		mvc.perform(json(put("/api/programmes/" + id), programmeJson(name + " v2", boden, "12", ", \"staff\": []"),
				chef))
			.andExpect(status().isOk()).andExpect(jsonPath("$.programme.name").value(name + " v2"))
			.andExpect(jsonPath("$.programme.places").value(12)).andExpect(jsonPath("$.staff").isEmpty());
		assertThat(audits("UPDATE", "programme", id)).isEqualTo(1);
		// With participants the owning unit stays.
		mvc.perform(json(put("/api/programmes/" + id), programmeJson(name, unit("jobbcenter-boden"), "12", ""),
				login("admin"))).andExpect(status().isOk());

		// Another unit's manager does not find it; an admin may edit any programme.
		mvc.perform(get("/api/programmes/" + id + "/staff").session(chef)).andExpect(status().isOk());
		mvc.perform(get("/people/programmes/" + id + "/edit").session(login("admin"))).andExpect(status().isOk());
	}

	@Test
	void theProgrammeFormShowsMessagesAtTheFieldsAndSavesNothingOnBadInput() throws Exception {
		MockHttpSession chef = login("chef");
		String name = "Formprogram " + UUID.randomUUID().toString().substring(0, 8);
		String page = mvc.perform(post("/people/programmes").session(chef).with(csrf()).param("name", name)
			.param("unitId", String.valueOf(unit("jobbcenter-boden"))).param("startsOn", "2025-01-01")
			.param("places", "många").param("staff-konsulent", "Handledare"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"places-error\"", "Ange ett tal från 1 till 100");
		assertThat(jdbc.sql("select count(*) from ppl_programme where name = ?").param(name).query(Integer.class)
			.single()).isZero();

		mvc.perform(post("/people/programmes").session(chef).with(csrf()).param("name", name)
			.param("unitId", String.valueOf(unit("jobbcenter-boden"))).param("startsOn", "2025-01-01")
			.param("places", "20").param("sites", "Växthuset\nKontoret").param("targetGroups", "FOREIGN_BACKGROUND")
			.param("staff-konsulent", "Handledare")).andExpect(redirectedUrl("/people/programmes"));
		long id = jdbc.sql("select id from ppl_programme where name = ?").param(name).query(Long.class).single();
		assertThat(jdbc.sql("select sites from ppl_programme where id = ?").param(id).query(String.class).single())
			.isEqualTo("Växthuset\nKontoret");
		assertThat(jdbc.sql("select staff_role from ppl_programme_staff where programme_id = ?").param(id)
			.query(String.class).single()).isEqualTo("Handledare");
		assertThat(mvc.perform(get("/people/programmes/" + id + "/edit").session(chef)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString()).contains("value=\"Handledare\"", "Kontoret");
		mvc.perform(get("/people/programmes/" + id + "/edit").session(login("konsulent")))
			.andExpect(status().isForbidden());
	}

	long enrol(MockHttpSession konsulent, String family) throws Exception {
		long programme = jdbc.sql("select id from ppl_programme where name = 'Växtzon oändlig (demo)'")
			.query(Long.class).single();
		String body = mvc.perform(json(post("/api/participants"), """
				{"programmeId": %d, "givenName": "Edit", "familyName": "%s", "personnummer": "19900101-0017",
				 "gender": "MAN", "labourMarketStatus": "UNEMPLOYED", "unemployedSince": "2023-01-01",
				 "incomeSource": "FORSORJNINGSSTOD", "disability": "DECLINED"}""".formatted(programme, family),
				konsulent)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.id")).longValue();
	}

	@Test
	void aConsultantEditsAParticipantsFactsSkillsAndOccupationsThroughTheApi() throws Exception {
		MockHttpSession konsulent = login("konsulent");
		String family = "Redigera-" + UUID.randomUUID().toString().substring(0, 8);
		long id = enrol(konsulent, family);
		String edit = """
				{"givenName": "Edvin", "familyName": "%s", "gender": "MAN", "birthDate": "1990-01-01",
				 "labourMarketStatus": "UNEMPLOYED", "unemployedSince": "2023-01-01", "incomeSource": "A_KASSA",
				 "targetGroups": ["LONG_TERM_UNEMPLOYED"], "disability": "YES",
				 "occupationsWanted": ["%s"], "skills": [{"conceptId": "%s", "level": "4", "acquired": "VALIDATED"}]}"""
			.formatted(family, OCCUPATION, WELDING);
		mvc.perform(json(put("/api/participants/" + id), edit, konsulent)).andExpect(status().isOk())
			.andExpect(jsonPath("$.givenName").value("Edvin")).andExpect(jsonPath("$.incomeSource").value("A_KASSA"))
			.andExpect(jsonPath("$.personnummer").value("19900101-****"))
			.andExpect(jsonPath("$.skills[0].conceptId").value(WELDING))
			.andExpect(jsonPath("$.skills[0].level").value(4))
			.andExpect(jsonPath("$.skills[0].acquired").value("VALIDATED"))
			.andExpect(jsonPath("$.occupationsWanted[0]").value(OCCUPATION))
			.andExpect(jsonPath("$.sensitive.disability").value("YES"));
		String details = jdbc.sql("select details from audit_log where action = 'UPDATE' and subject_type = "
				+ "'participant' and subject_id = ? order by id desc").param(String.valueOf(id)).query(String.class)
			.list().getFirst();
		assertThat(details).contains("givenName", "incomeSource", "skills", "occupations", "sensitive")
			.doesNotContain("Edvin", "A_KASSA");

		// Bad input: level out of range, unknown acquisition, a skill twice, a birth date off the personnummer.
		String bad = edit.replace("\"level\": \"4\"", "\"level\": \"9\"").replace("1990-01-01", "1991-01-01")
			.replace("}]}", "}, {\"conceptId\": \"%s\", \"level\": \"2\", \"acquired\": \"MAGIC\"}]}".formatted(WELDING))
			.replace("Edvin", "Elvis");
		mvc.perform(json(put("/api/participants/" + id), bad, konsulent)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'skills[0].level')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'skills[1].acquired')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'skills[1].conceptId')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'birthDate')]").exists());
		assertThat(jdbc.sql("select given_name from ppl_participant where id = ?").param(id).query(String.class)
			.single()).isEqualTo("Edvin");
		assertThat(jdbc.sql("select skill_level from ppl_skill where participant_id = ?").param(id)
			.query(Integer.class).single()).isEqualTo(4);

		// A Luleå consultant does not find the participant (404, audited as DENIED).
		mvc.perform(json(put("/api/participants/" + id), edit, login("konsulent.lulea")))
			.andExpect(status().isNotFound());
		assertThat(audits("DENIED", "participant", id)).isPositive();
	}

	@Test
	void sensitiveAnswersAreChangedOnlyByRolesThatSeeThem() throws Exception {
		MockHttpSession konsulent = login("konsulent");
		long id = enrol(konsulent, "Känslig-" + UUID.randomUUID().toString().substring(0, 8));
		String family = jdbc.sql("select family_name from ppl_participant where id = ?").param(id)
			.query(String.class).single();
		// The unit manager (not a sensitive role by default) edits: the stored answer stays, none is shown.
		mvc.perform(json(put("/api/participants/" + id), """
				{"givenName": "Edit", "familyName": "%s", "gender": "MAN", "labourMarketStatus": "UNEMPLOYED",
				 "unemployedSince": "2023-01-01", "incomeSource": "NONE", "disability": "YES"}""".formatted(family),
				login("chef"))).andExpect(status().isOk()).andExpect(jsonPath("$.sensitive").doesNotExist());
		assertThat(jdbc.sql("select disability from ppl_participant where id = ?").param(id).query(String.class)
			.single()).isEqualTo("DECLINED");
		String page = mvc.perform(get("/people/participants/" + id + "/edit").session(login("chef")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).doesNotContain("name=\"disability\"");
		assertThat(mvc.perform(get("/people/participants/" + id + "/edit").session(konsulent))
			.andReturn().getResponse().getContentAsString()).contains("name=\"disability\"");
	}

	@Test
	void theEditFormKeepsEverythingOnBadInputAndSavesASkillPickedFromTheTaxonomy() throws Exception {
		MockHttpSession konsulent = login("konsulent");
		String family = "Formular-" + UUID.randomUUID().toString().substring(0, 8);
		long id = enrol(konsulent, family);
		var base = post("/people/participants/" + id + "/edit").session(konsulent).with(csrf())
			.param("givenName", "Edit").param("familyName", family).param("gender", "MAN")
			.param("birthDate", "1990-01-01").param("labourMarketStatus", "UNEMPLOYED")
			.param("unemployedSince", "2023-01-01").param("incomeSource", "FORSORJNINGSSTOD");
		String page = mvc.perform(base.param("skillSearch", "heta arb").param("newSkill.level", "3"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"skillSearch-error\"", "Välj en kompetens i listan");
		assertThat(jdbc.sql("select count(*) from ppl_skill where participant_id = ?").param(id).query(Integer.class)
			.single()).isZero();

		mvc.perform(post("/people/participants/" + id + "/edit").session(konsulent).with(csrf())
			.param("givenName", "Edit").param("familyName", family).param("gender", "MAN")
			.param("birthDate", "1990-01-01").param("labourMarketStatus", "UNEMPLOYED")
			.param("unemployedSince", "2023-01-01").param("incomeSource", "FORSORJNINGSSTOD")
			.param("skillSearch", "Heta arbeten").param("newSkill.conceptId", WELDING).param("newSkill.level", "2")
			.param("newSkill.acquired", "INFORMAL").param("occupationsWanted", OCCUPATION, ""))
			.andExpect(redirectedUrl("/people/participants/" + id));
		assertThat(jdbc.sql("select acquired from ppl_skill where participant_id = ? and skill_level = 2").param(id)
			.query(String.class).single()).isEqualTo("INFORMAL");
		assertThat(mvc.perform(get("/people/participants/" + id).session(konsulent)).andReturn().getResponse()
			.getContentAsString()).contains("id=\"participant-skills\"", "nivå 2");
	}
}
