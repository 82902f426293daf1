package se.kompetensnav.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.UUID;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.kompetensnav.test.IntegrationTest;

@IntegrationTest
class PeopleIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	MockHttpSession login(String username) throws Exception {
		return (MockHttpSession) mvc
			.perform(post("/login").param("username", username).param("password", "demo").with(csrf()))
			.andReturn().getRequest().getSession(false);
	}

	long programme(String name) {
		return jdbc.sql("select id from ppl_programme where name = ?").param(name).query(Long.class).single();
	}

	long luleaParticipant() {
		return jdbc.sql("select min(id) from ppl_participant where programme_id = ?")
			.param(programme("Arbetsmarknadsinsats Luleå (demo)")).query(Long.class).single();
	}

	long vaxtzon() {
		return programme("Växtzon oändlig (demo)");
	}

	int audited(String username, String action, long participantId) {
		return jdbc.sql("select count(*) from audit_log where username = ? and action = ? and subject_type = 'participant' "
				+ "and subject_id = ?").params(username, action, String.valueOf(participantId)).query(Integer.class)
			.single();
	}

	int countByFamilyName(String familyName) {
		return jdbc.sql("select count(*) from ppl_participant where family_name = ?").param(familyName)
			.query(Integer.class).single();
	}

	static String json(String familyName, String extra) {
		return """
				{"programmeId": %s, "givenName": "Test", "familyName": "%s", "birthDate": "1990-04-01",
				 "gender": "NON_BINARY", "municipalityCode": "2582", "sunLevel": "UPPER_SECONDARY",
				 "labourMarketStatus": "UNEMPLOYED", "unemployedSince": "2023-01-01", "incomeSource": "FORSORJNINGSSTOD",
				 "targetGroups": ["LONG_TERM_UNEMPLOYED"], "disability": "DECLINED", "foreignBackground": "YES" %s}"""
			.formatted("%d", familyName, extra);
	}

	MockHttpServletRequestBuilder postJson(String url, String body, MockHttpSession session) {
		return post(url).session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	@Test
	void aBodenConsultantGets404ForALuleaParticipantByPageAndApiAndTheAttemptIsAudited() throws Exception {
		long lulea = luleaParticipant();
		MockHttpSession konsulent = login("konsulent");
		int before = audited("konsulent", "DENIED", lulea);
		mvc.perform(get("/people/participants/" + lulea).session(konsulent)).andExpect(status().isNotFound());
		mvc.perform(get("/api/participants/" + lulea).session(konsulent)).andExpect(status().isNotFound());
		mvc.perform(get("/api/participants/" + lulea + "/plan").session(konsulent)).andExpect(status().isNotFound());
		assertThat(audited("konsulent", "DENIED", lulea)).isEqualTo(before + 3);
		// The Luleå consultant reaches the same participant, and the read is audited.
		MockHttpSession luleaKonsulent = login("konsulent.lulea");
		mvc.perform(get("/api/participants/" + lulea).session(luleaKonsulent)).andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(lulea));
		assertThat(audited("konsulent.lulea", "READ", lulea)).isPositive();
	}

	@Test
	void theUnitManagerSeesTheWholeUnitButNotAnotherMunicipality() throws Exception {
		MockHttpSession chef = login("chef");
		long unassigned = jdbc.sql("select min(id) from ppl_participant where programme_id = ? and consultant_id is null")
			.param(vaxtzon()).query(Long.class).single();
		mvc.perform(get("/api/participants/" + unassigned).session(chef)).andExpect(status().isOk());
		mvc.perform(get("/api/participants/" + luleaParticipant()).session(chef)).andExpect(status().isNotFound());
		// The consultant sees only the participants assigned to them.
		mvc.perform(get("/api/participants/" + unassigned).session(login("konsulent")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theAnalystGetsNoPersonalDataButTheAggregates() throws Exception {
		MockHttpSession analytiker = login("analytiker");
		long boden = jdbc.sql("select min(id) from ppl_participant where programme_id = ?").param(vaxtzon())
			.query(Long.class).single();
		mvc.perform(get("/api/participants/" + boden).session(analytiker)).andExpect(status().isNotFound());
		mvc.perform(get("/people/participants/" + boden).session(analytiker)).andExpect(status().isNotFound());
		mvc.perform(get("/api/participants").session(analytiker)).andExpect(status().isOk())
			.andExpect(content().json("[]"));
		mvc.perform(get("/api/participants/search").param("personnummer", "19121212-1212").session(analytiker))
			.andExpect(status().isNotFound());
		mvc.perform(get("/people/programmes/" + vaxtzon()).session(analytiker)).andExpect(status().isNotFound());
		String report = mvc
			.perform(get("/api/programmes/" + vaxtzon() + "/esf-report").param("from", "2000-01-01")
				.param("to", "2100-01-01").session(analytiker))
			.andExpect(status().isOk()).andExpect(jsonPath("$.indicators[0].code").value("EECO01"))
			.andReturn().getResponse().getContentAsString();
		assertThat(report).doesNotContain("\"name\"", "givenName", "familyName", "birthDate", "personnummer");
		assertThat(audited("analytiker", "DENIED", boden)).isGreaterThanOrEqualTo(2);
	}

	@Test
	void sensitiveAnswersAreShownToTheConsultantButNotToTheUnitManager() throws Exception {
		MockHttpSession konsulent = login("konsulent");
		String family = "Sensitiv-" + UUID.randomUUID();
		String body = mvc.perform(postJson("/api/participants", json(family, "").formatted(vaxtzon()), konsulent))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.sensitive.disability").value("DECLINED"))
			.andReturn().getResponse().getContentAsString();
		long id = Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+).*$", "$1").trim());
		mvc.perform(get("/api/participants/" + id).session(login("chef"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.sensitive").doesNotExist());
	}

	@Test
	void enrolmentExitAndFollowUpsThroughTheApiChangeTheEsfReport() throws Exception {
		MockHttpSession konsulent = login("konsulent");
		long programme = vaxtzon();
		String today = LocalDate.now().toString();
		String reportUrl = "/api/programmes/" + programme + "/esf-report?from=" + today + "&to=" + today;
		String before = mvc.perform(get(reportUrl).session(konsulent)).andExpect(status().isOk())
			.andExpect(jsonPath("$.programme").value("Växtzon oändlig (demo)"))
			.andExpect(jsonPath("$.from").value(today)).andReturn().getResponse().getContentAsString();
		int nonBinaryBefore = com.jayway.jsonpath.JsonPath.read(before, "$.indicators[0].nonBinary");
		int eecr04Before = com.jayway.jsonpath.JsonPath.read(before, "$.indicators[22].total");

		String family = "Api-" + UUID.randomUUID();
		String created = mvc.perform(postJson("/api/participants", json(family, "").formatted(programme), konsulent))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("ENROLLED"))
			.andExpect(jsonPath("$.longTermUnemployed").value(true)).andReturn().getResponse()
			.getContentAsString();
		int id = com.jayway.jsonpath.JsonPath.read(created, "$.id");
		assertThat(audited("konsulent", "CREATE", id)).isEqualTo(1);

		mvc.perform(postJson("/api/participants/" + id + "/goals",
				"{\"title\":\"Arbete i växthus\",\"keyCompetences\":[\"kc-5\",\"kc-4\"]}", konsulent))
			.andExpect(status().isCreated());
		mvc.perform(postJson("/api/participants/" + id + "/assessments", """
				{"assessedOn":"%s","assessor":"CONSULTANT","scores":{"kc-1":"2","kc-2":"3","kc-3":"2","kc-4":"1",
				 "kc-5":"3","kc-6":"3","kc-7":"2","kc-8":"4"}}""".formatted(today), konsulent))
			.andExpect(status().isCreated());
		mvc.perform(postJson("/api/participants/" + id + "/assessments",
				"{\"assessedOn\":\"" + today + "\",\"assessor\":\"CONSULTANT\",\"scores\":{\"kc-1\":\"9\"}}", konsulent))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").exists());
		mvc.perform(postJson("/api/participants/" + id + "/exit",
				"{\"exitDate\":\"" + today + "\",\"situation\":\"EMPLOYED\",\"reason\":\"Fick jobb\"}", konsulent))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("EXITED"))
			.andExpect(jsonPath("$.followUps.length()").value(2))
			.andExpect(jsonPath("$.followUps[0].dueOn").value(LocalDate.now().plusWeeks(4).toString()))
			.andExpect(jsonPath("$.followUps[1].dueOn").value(LocalDate.now().plusMonths(6).toString()));

		mvc.perform(get(reportUrl).session(konsulent)).andExpect(status().isOk())
			.andExpect(jsonPath("$.indicators[0].code").value("EECO01"))
			.andExpect(jsonPath("$.indicators[0].nonBinary").value(nonBinaryBefore + 1))
			.andExpect(jsonPath("$.indicators[22].code").value("EECR04"))
			.andExpect(jsonPath("$.indicators[22].total").value(eecr04Before + 1));
		// Drill-down: the consultant sees who is behind the figure, the analyst nobody.
		mvc.perform(get("/api/programmes/" + programme + "/esf-report/EECR04/participants").param("from", today)
			.param("to", today).session(konsulent)).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + id + ")].name").value("Test " + family));
		mvc.perform(get("/api/programmes/" + programme + "/esf-report/EECR04/participants").param("from", today)
			.param("to", today).session(login("analytiker"))).andExpect(status().isOk())
			.andExpect(content().json("[]"));
		mvc.perform(get("/people/programmes/" + programme + "/esf/EECR04").param("from", today).param("to", today)
			.session(konsulent)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Test " + family)));
		mvc.perform(get("/api/participants/" + id + "/plan").session(konsulent)).andExpect(status().isOk())
			.andExpect(jsonPath("$.goals[0].title").value("Arbete i växthus"))
			.andExpect(jsonPath("$.assessments.length()").value(1));
	}

	@Test
	void aFullProgrammeKeepsAnOrderedWaitingList() throws Exception {
		long unit = jdbc.sql("select id from org_unit where code = 'jobbcenter-boden'").query(Long.class).single();
		String name = "Liten kurs " + UUID.randomUUID();
		jdbc.sql("insert into ppl_programme (name, unit_id, starts_on, places) values (?, ?, ?, 1)")
			.params(name, unit, java.sql.Date.valueOf(LocalDate.now().minusMonths(1))).update();
		long programme = programme(name);
		MockHttpSession konsulent = login("konsulent");
		String[] statuses = new String[3];
		for (int i = 0; i < 3; i++) {
			String body = mvc.perform(postJson("/api/participants", json("Kö-" + i + "-" + name, "").formatted(programme),
					konsulent)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
			statuses[i] = com.jayway.jsonpath.JsonPath.read(body, "$.status");
		}
		assertThat(statuses).containsExactly("ENROLLED", "WAITING", "WAITING");
		mvc.perform(get("/api/programmes/" + programme).session(konsulent)).andExpect(status().isOk())
			.andExpect(jsonPath("$.placesUsed").value(1)).andExpect(jsonPath("$.placesFree").value(0))
			.andExpect(jsonPath("$.waiting").value(2));
		mvc.perform(postJson("/api/programmes/" + programme + "/admit-next", "{}", konsulent))
			.andExpect(status().isBadRequest());
		long first = jdbc.sql("select id from ppl_participant where family_name = ?").param("Kö-0-" + name)
			.query(Long.class).single();
		mvc.perform(postJson("/api/participants/" + first + "/exit",
				"{\"exitDate\":\"" + LocalDate.now() + "\",\"situation\":\"JOB_SEARCHING\"}", konsulent))
			.andExpect(status().isOk());
		mvc.perform(postJson("/api/programmes/" + programme + "/admit-next", "{}", konsulent))
			.andExpect(status().isOk()).andExpect(jsonPath("$.waiting").value(1));
		String second = jdbc.sql("select status from ppl_participant where family_name = ?")
			.param("Kö-1-" + name).query(String.class).single();
		assertThat(second).as("the first in line gets the place").isEqualTo("ENROLLED");
		mvc.perform(get("/people/programmes/" + programme).session(konsulent)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Kö-2-" + name)));
	}

	@Test
	void badInputGetsAMessageAtTheFieldAndNothingIsStored() throws Exception {
		MockHttpSession konsulent = login("konsulent");
		long programme = vaxtzon();
		String family = "Fel-" + UUID.randomUUID();
		String page = mvc.perform(post("/people/participants").session(konsulent).with(csrf())
			.param("programmeId", String.valueOf(programme)).param("givenName", "Test").param("familyName", family)
			.param("personnummer", "19121212-1213").param("birthDate", LocalDate.now().plusDays(3).toString())
			.param("gender", "WOMAN").param("labourMarketStatus", "INACTIVE").param("incomeSource", "NONE")
			.param("targetGroups", "ASTRONAUTS"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"personnummer-error\"", "id=\"birthDate-error\"", "id=\"targetGroups-error\"")
			.contains("Personnumret är inte giltigt", "Födelsedatumet ligger i framtiden", "Okänd målgrupp: ASTRONAUTS")
			.contains("aria-describedby=\"personnummer-error\"");
		assertThat(countByFamilyName(family)).isZero();

		// Exit before entry: the participant entered today, the exit is yesterday.
		String created = mvc.perform(postJson("/api/participants", json(family, "").formatted(programme), konsulent))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		int id = com.jayway.jsonpath.JsonPath.read(created, "$.id");
		String exitPage = mvc.perform(post("/people/participants/" + id + "/exit").session(konsulent).with(csrf())
			.param("exitDate", LocalDate.now().minusDays(1).toString()).param("situation", "EMPLOYED"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(exitPage).contains("id=\"exit-exitDate-error\"", "Utskrivningen kan inte ligga före inskrivningen");
		assertThat(jdbc.sql("select status from ppl_participant where id = ?").param(id).query(String.class).single())
			.isEqualTo("ENROLLED");
		assertThat(jdbc.sql("select count(*) from ppl_follow_up where participant_id = ?").param(id)
			.query(Integer.class).single()).isZero();

		// The API answers the same problems as a 400 naming the fields.
		mvc.perform(postJson("/api/participants",
				json(family, ", \"personnummer\": \"12345\", \"targetGroups\": [\"X\"]").formatted(programme), konsulent))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'personnummer')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'targetGroups')]").exists());
		assertThat(countByFamilyName(family)).isEqualTo(1);

		// Occupations and municipalities are checked against the taxonomy.
		mvc.perform(postJson("/api/participants", json(family + "-tax",
				", \"occupationsWanted\": [\"ZwCN_YoJ_coi\", \"no_such_id\"]").formatted(programme)
			.replace("\"2582\"", "\"2599\""), konsulent))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'occupations')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'municipalityCode')]").exists());
		String withOccupation = mvc.perform(postJson("/api/participants",
				json(family + "-tax", ", \"occupationsWanted\": [\"ZwCN_YoJ_coi\"]").formatted(programme), konsulent))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.occupationsWanted[0]").value("ZwCN_YoJ_coi"))
			.andReturn().getResponse().getContentAsString();
		// the participant page names the occupation by its label, not by its concept id
		long withOccupationId = ((Number) com.jayway.jsonpath.JsonPath.read(withOccupation, "$.id")).longValue();
		mvc.perform(get("/people/participants/" + withOccupationId).session(konsulent)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Odlingsarbetare trädgård")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(">ZwCN_YoJ_coi<"))));
	}

	@Test
	void personnummerIsShownMaskedAndSearchableByTheConsultant() throws Exception {
		MockHttpSession konsulent = login("konsulent");
		String family = "Pnr-" + UUID.randomUUID();
		mvc.perform(postJson("/api/participants",
				json(family, ", \"personnummer\": \"19900401-2382\"").formatted(vaxtzon()), konsulent))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.personnummer").value("19900401-****"));
		mvc.perform(get("/api/participants/search").param("personnummer", "900401-2382").session(konsulent))
			.andExpect(status().isOk()).andExpect(jsonPath("$[0].name").value("Test " + family));
		mvc.perform(get("/api/participants/search").param("personnummer", "900401-2382").session(login("konsulent.lulea")))
			.andExpect(status().isOk()).andExpect(content().json("[]"));
	}

	@Test
	void pagesRenderForTheConsultant() throws Exception {
		MockHttpSession konsulent = login("konsulent");
		long someone = jdbc.sql("select min(p.id) from ppl_participant p join app_user u on u.id = p.consultant_id "
				+ "where u.username = 'konsulent' and p.status = 'EXITED' and p.programme_id = ?").param(vaxtzon())
			.query(Long.class).single();
		mvc.perform(get("/people").session(konsulent)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"caseload\"")));
		mvc.perform(get("/people/participants/" + someone).session(konsulent)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"timeline\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("data-chart")));
		mvc.perform(get("/people/programmes/" + vaxtzon()).session(konsulent)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"places-free\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"cohort-table\"")));
		mvc.perform(get("/people/programmes/" + vaxtzon() + "/esf").session(konsulent)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"row-EECR06\"")));
		mvc.perform(get("/people/participants/new").param("programmeId", String.valueOf(vaxtzon())).session(konsulent))
			.andExpect(status().isOk());
		mvc.perform(get("/people/programmes").session(login("analytiker"))).andExpect(status().isOk());
	}

	@Test
	void theEsfReportExportsAsCsvAndXlsx() throws Exception {
		MockHttpSession chef = login("chef");
		String base = "/api/programmes/" + vaxtzon() + "/esf-report/export?from=2000-01-01&to=2100-12-31";
		String csv = mvc.perform(get(base + "&format=csv").session(chef)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		String[] lines = csv.split("\r\n");
		assertThat(lines[0]).isEqualTo("code,indicator,women,men,nonBinary,total");
		assertThat(lines).hasSize(26);
		assertThat(lines[1]).startsWith("EECO01,Deltagare totalt,");
		byte[] xlsx = mvc.perform(get(base + "&format=xlsx").session(chef)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsByteArray();
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			Row first = wb.getFirstSheet().read().stream().filter(r -> "EECO01".equals(r.getCellText(0))).findFirst()
				.orElseThrow();
			assertThat(first.getCellText(1)).isEqualTo("Deltagare totalt");
			int total = Integer.parseInt(first.getCellText(5).replaceAll("\\.0$", ""));
			assertThat(total).as("about 150 demo participants entered").isGreaterThan(100);
		}
		String month = java.time.YearMonth.now().minusMonths(2).toString();
		String monthly = mvc.perform(get("/api/programmes/" + vaxtzon() + "/monthly-participants").param("month", month)
			.session(chef)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(monthly).startsWith("operationId,participantRef,personnummer,birthDate,gender,entryDate");
		assertThat(monthly.split("\r\n").length).as("demo participants active that month").isGreaterThan(10);
		mvc.perform(get("/api/programmes/" + vaxtzon() + "/monthly-participants").param("month", month)
			.session(login("konsulent"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/programmes/" + vaxtzon() + "/monthly-participants").param("month", "maj")
			.session(chef)).andExpect(status().isBadRequest());
		mvc.perform(get("/api/programmes/" + vaxtzon() + "/esf-report?from=2025-02-01&to=2025-01-01").session(chef))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"));
	}
}
