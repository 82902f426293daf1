package se.kompetensnav.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import se.kompetensnav.test.IntegrationTest;

@IntegrationTest
class PeopleDataProtectionIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	MockHttpSession login(String username) throws Exception {
		return (MockHttpSession) mvc
			.perform(post("/login").param("username", username).param("password", "demo").with(csrf()))
			.andReturn().getRequest().getSession(false);
	}

	long vaxtzon() {
		return jdbc.sql("select id from ppl_programme where name = 'Växtzon oändlig (demo)'").query(Long.class).single();
	}

	int create(MockHttpSession session, String family, String entry, String personnummer) throws Exception {
		String body = mvc.perform(post("/api/participants").session(session).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"programmeId": %d, "givenName": "Gall", "familyName": "%s", "personnummer": "%s",
					 "birthDate": "%s", "gender": "MAN", "labourMarketStatus": "INACTIVE", "incomeSource": "AKTIVITETSERSATTNING",
					 "sunLevel": "UPPER_SECONDARY", "entryDate": "%s", "health": "YES"}""".formatted(vaxtzon(), family,
					personnummer, personnummer.isEmpty() ? "1970-05-05" : "", entry)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	@Test
	void cullingErasesPersonalDataAfterRetentionAndKeepsAPseudonymisedRecord() throws Exception {
		MockHttpSession konsulent = login("konsulent");
		String family = "Gallras-" + UUID.randomUUID();
		int old = create(konsulent, family, LocalDate.now().minusYears(7).toString(), "");
		mvc.perform(post("/api/participants/" + old + "/exit").session(konsulent).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"exitDate\":\"" + LocalDate.now().minusYears(5).minusDays(2) + "\",\"situation\":\"EMPLOYED\"}"))
			.andExpect(status().isOk());
		int recent = create(konsulent, "Kvar-" + family, LocalDate.now().minusYears(5).toString(), "");
		mvc.perform(post("/api/participants/" + recent + "/exit").session(konsulent).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"exitDate\":\"" + LocalDate.now().minusYears(5).plusDays(2) + "\",\"situation\":\"EMPLOYED\"}"))
			.andExpect(status().isOk());
		String pseudonym = jdbc.sql("select pseudonym from ppl_participant where id = ?").param(old)
			.query(String.class).single();

		mvc.perform(post("/api/people/culling").session(konsulent).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/api/people/culling").session(login("chef")).with(csrf())).andExpect(status().isOk());

		assertThat(jdbc.sql("select count(*) from ppl_participant where family_name = ?").param(family)
			.query(Integer.class).single()).as("the name is gone").isZero();
		assertThat(jdbc.sql("select count(*) from ppl_participant where family_name = ?").param("Kvar-" + family)
			.query(Integer.class).single()).as("less than five years after exit: kept").isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from ppl_follow_up where participant_id = ?").param(old)
			.query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from audit_log where action = 'CULL' and person_ref = ?").param(pseudonym)
			.query(Integer.class).single()).isEqualTo(1);
		mvc.perform(get("/api/participants/" + old).session(konsulent)).andExpect(status().isNotFound());

		// What remains is a statistical record the analyst may read: no name, no date of birth.
		String stats = mvc.perform(get("/api/people/statistics").param("programmeId", String.valueOf(vaxtzon()))
			.session(login("analytiker"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(stats).contains("\"pseudonym\":\"" + pseudonym + "\"").doesNotContain(family, "birthDate");
		java.util.List<Boolean> culled = JsonPath.read(stats, "$[?(@.pseudonym == '" + pseudonym + "')].culled");
		assertThat(culled).containsExactly(true);
		java.util.List<String> situation = JsonPath.read(stats, "$[?(@.pseudonym == '" + pseudonym + "')].onLeaving");
		assertThat(situation).containsExactly("EMPLOYED");
	}

	@Test
	void theRegisterutdragHoldsEverythingUnmaskedAsJsonAndPdfAndIsAudited() throws Exception {
		MockHttpSession konsulent = login("konsulent");
		int id = create(konsulent, "Utdrag-" + UUID.randomUUID(), LocalDate.now().toString(), "19121212-1212");
		mvc.perform(get("/api/participants/" + id + "/registerutdrag").session(konsulent)).andExpect(status().isOk())
			.andExpect(jsonPath("$.participant.personnummer").value("19121212-1212"))
			.andExpect(jsonPath("$.participant.sensitive.health").value("YES"))
			.andExpect(jsonPath("$.plan.goals").isArray());
		byte[] pdf = mvc.perform(get("/api/participants/" + id + "/registerutdrag/pdf").session(konsulent))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		assertThat(jdbc.sql("select count(*) from audit_log where action = 'EXPORT' and subject_id = ?")
			.param(String.valueOf(id)).query(Integer.class).single()).isEqualTo(2);
		mvc.perform(get("/api/participants/" + id + "/registerutdrag").session(login("konsulent.lulea")))
			.andExpect(status().isNotFound());
	}

	static final String HEADER = "givenName,familyName,personnummer,birthDate,gender,municipalityCode,sunLevel,"
			+ "labourMarketStatus,unemployedSince,incomeSource,targetGroups,languages,drivingLicences,entryDate,exitDate,"
			+ "exitSituation,exitReason,followUp4wDate,followUp4wSituation,followUp6mDate,followUp6mSituation,"
			+ "followUp6mImprovement\n";

	@Test
	void theCsvImportTakesAllRowsOrNoneAndNamesRowAndColumn() throws Exception {
		MockHttpSession konsulent = login("konsulent");
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String good1 = "Ida,Imp-" + tag + ",,1995-02-03,WOMAN,2582,UPPER_SECONDARY,UNEMPLOYED,2023-01-01,A_KASSA,"
				+ "LONG_TERM_UNEMPLOYED,svenska;engelska,B,2024-01-08,2024-09-30,EMPLOYED,Anställd,2024-10-28,EMPLOYED,"
				+ "2025-03-30,EMPLOYED,\n";
		String good2 = "Nils,Imp-" + tag + ",,1980-06-01,MAN,2582,PRE_UPPER_SECONDARY,INACTIVE,,SJUKPENNING,"
				+ "LONG_TERM_SICK_LISTED,svenska,,2025-01-02,,,,,,,,\n";
		String bad = "Bo,Imp-" + tag + ",,2090-01-01,MAN,2582,UPPER_SECONDARY,UNEMPLOYED,2023-01-01,A_KASSA,"
				+ "ASTRONAUTS,svenska,,2025-01-02,,,,,,,,\n";
		String url = "/api/programmes/" + vaxtzon() + "/participants/import";
		mvc.perform(post(url).session(konsulent).with(csrf()).contentType("text/csv").content(HEADER + good1 + bad + good2))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.line == 3 && @.field == 'birthDate')]").exists())
			.andExpect(jsonPath("$.errors[?(@.line == 3 && @.field == 'targetGroups')]").exists());
		assertThat(jdbc.sql("select count(*) from ppl_participant where family_name = ?").param("Imp-" + tag)
			.query(Integer.class).single()).as("nothing is stored").isZero();

		mvc.perform(post(url).session(konsulent).with(csrf()).contentType("text/csv").content(HEADER + good1 + good2))
			.andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(2));
		assertThat(jdbc.sql("select count(*) from ppl_participant where family_name = ?").param("Imp-" + tag)
			.query(Integer.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from ppl_follow_up f join ppl_participant p on p.id = f.participant_id "
				+ "where p.family_name = ? and f.situation = 'EMPLOYED'").param("Imp-" + tag).query(Integer.class)
			.single()).isEqualTo(2);
		mvc.perform(post(url).session(konsulent).with(csrf()).contentType("text/csv").content("givenName\nA\n"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].line").value(1));
	}
}
