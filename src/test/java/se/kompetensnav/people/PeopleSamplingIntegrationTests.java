package se.kompetensnav.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.kompetensnav.people.internal.CullingSchedule;
import se.kompetensnav.test.IntegrationTest;

/** Representative samples for the six-month indicators, DigComp/EntreComp/LifeComp descriptors, scheduled culling. */
@IntegrationTest
class PeopleSamplingIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CullingSchedule schedule;

	@Autowired
	List<ScheduledTaskHolder> scheduledTasks;

	MockHttpSession login(String username) throws Exception {
		return (MockHttpSession) mvc
			.perform(post("/login").param("username", username).param("password", "demo").with(csrf()))
			.andReturn().getRequest().getSession(false);
	}

	MockHttpServletRequestBuilder json(String url, String body, MockHttpSession session) {
		return post(url).session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	long programme(MockHttpSession chef) throws Exception {
		long boden = jdbc.sql("select id from org_unit where code = 'jobbcenter-boden'").query(Long.class).single();
		String body = mvc.perform(json("/api/programmes", """
				{"name": "Urvalstest %s", "unitId": %d, "startsOn": "2020-01-01", "places": "30"}"""
			.formatted(UUID.randomUUID().toString().substring(0, 8), boden), chef))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.programme.id")).longValue();
	}

	/** Enrols, exits on {@code exit} and, when {@code sixMonths} is given, records the six-month follow-up. */
	long leaver(MockHttpSession konsulent, long programme, String gender, String birth, LocalDate exit,
			String sixMonths) throws Exception {
		String body = mvc.perform(json("/api/participants", """
				{"programmeId": %d, "givenName": "Urval", "familyName": "Test", "birthDate": "%s", "gender": "%s",
				 "labourMarketStatus": "UNEMPLOYED", "unemployedSince": "2021-01-01", "incomeSource": "A_KASSA",
				 "entryDate": "%s"}""".formatted(programme, birth, gender, exit.minusMonths(6)), konsulent))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();
		mvc.perform(json("/api/participants/" + id + "/exit",
				"{\"exitDate\": \"" + exit + "\", \"situation\": \"JOB_SEARCHING\"}", konsulent))
			.andExpect(status().isOk());
		if (sixMonths != null) {
			long f = jdbc.sql("select id from ppl_follow_up where participant_id = ? and kind = 'MONTHS_6'").param(id)
				.query(Long.class).single();
			mvc.perform(json("/api/participants/" + id + "/follow-ups/" + f,
					"{\"doneOn\": \"" + exit.plusMonths(6) + "\", \"situation\": \"" + sixMonths + "\"}", konsulent))
				.andExpect(status().isOk());
		}
		return id;
	}

	@Test
	void aUnitManagerDrawsAStoredRepeatableStratifiedSampleAndItsEstimatesFollowTheStrata() throws Exception {
		MockHttpSession chef = login("chef");
		MockHttpSession konsulent = login("konsulent");
		long programme = programme(chef);
		LocalDate exit = LocalDate.of(2024, 3, 1);
		// 4 women aged 24 at entry, all followed up: all employed. 4 men aged 40, all followed up: none employed.
		for (int i = 0; i < 4; i++) {
			leaver(konsulent, programme, "WOMAN", "1999-06-01", exit, "EMPLOYED");
			leaver(konsulent, programme, "MAN", "1983-06-01", exit, "JOB_SEARCHING");
		}
		// Left outside the period: not in the population.
		leaver(konsulent, programme, "WOMAN", "1999-06-01", LocalDate.of(2024, 9, 1), "EMPLOYED");

		String body = mvc.perform(json("/api/programmes/" + programme + "/samples",
				"{\"exitFrom\": \"2024-01-01\", \"exitTo\": \"2024-06-30\", \"size\": \"4\", \"seed\": \"99\"}", chef))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.population").value(8))
			.andExpect(jsonPath("$.sampleSize").value(4)).andExpect(jsonPath("$.seed").value(99))
			.andExpect(jsonPath("$.responded").value(4))
			.andExpect(jsonPath("$.strata[?(@.stratum == 'MAN/30-54')].drawn").value(2))
			.andExpect(jsonPath("$.strata[?(@.stratum == 'WOMAN/18-29')].drawn").value(2))
			.andExpect(jsonPath("$.indicators[0].code").value("EECR05"))
			.andExpect(jsonPath("$.indicators[0].observed.women").value(2))
			.andExpect(jsonPath("$.indicators[0].observed.men").value(0))
			// each woman in the sample stands for 4 / 2 = 2 women who left
			.andExpect(jsonPath("$.indicators[0].estimated.women").value(4))
			.andExpect(jsonPath("$.indicators[0].estimated.total").value(4))
			.andReturn().getResponse().getContentAsString();
		long sample = ((Number) JsonPath.read(body, "$.id")).longValue();
		List<String> first = jdbc.sql("select pseudonym from ppl_sample_member where sample_id = ? order by pseudonym")
			.param(sample).query(String.class).list();
		assertThat(jdbc.sql("select count(*) from audit_log where action = 'CREATE' and subject_type = 'esf-sample' "
				+ "and subject_id = ?").param(String.valueOf(sample)).query(Integer.class).single()).isEqualTo(1);

		// The same seed draws the same members.
		String again = mvc.perform(json("/api/programmes/" + programme + "/samples",
				"{\"exitFrom\": \"2024-01-01\", \"exitTo\": \"2024-06-30\", \"size\": \"4\", \"seed\": \"99\"}", chef))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long second = ((Number) JsonPath.read(again, "$.id")).longValue();
		assertThat(jdbc.sql("select pseudonym from ppl_sample_member where sample_id = ? order by pseudonym")
			.param(second).query(String.class).list()).isEqualTo(first);

		// Bad input: messages at the fields, nothing stored.
		int before = jdbc.sql("select count(*) from ppl_sample where programme_id = ?").param(programme)
			.query(Integer.class).single();
		mvc.perform(json("/api/programmes/" + programme + "/samples",
				"{\"exitFrom\": \"2024-06-30\", \"exitTo\": \"2024-01-01\", \"size\": \"0\", \"seed\": \"x\"}", chef))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[?(@.field == 'exitTo')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'size')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'seed')]").exists());
		assertThat(jdbc.sql("select count(*) from ppl_sample where programme_id = ?").param(programme)
			.query(Integer.class).single()).isEqualTo(before);

		// Consultants cannot draw; they may read the report and find their participants among the members.
		mvc.perform(json("/api/programmes/" + programme + "/samples",
				"{\"exitFrom\": \"2024-01-01\", \"exitTo\": \"2024-06-30\", \"size\": \"4\"}", konsulent))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/programmes/" + programme + "/samples/" + sample + "/members").session(konsulent))
			.andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(4))
			.andExpect(jsonPath("$[0].participantId").isNumber());
		mvc.perform(get("/api/programmes/" + programme + "/samples/" + sample + "/members")
			.session(login("analytiker"))).andExpect(status().isNotFound());
		assertThat(mvc.perform(get("/people/programmes/" + programme + "/esf/samples").session(chef))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.contains("id=\"sample-" + sample + "-indicators\"", "Skattat för alla avslutade");
	}

	@Test
	void assessmentsMayScoreDigCompEntreCompAndLifeCompDescriptorsOnTheSameScale() throws Exception {
		MockHttpSession konsulent = login("konsulent");
		long vaxtzon = programme(login("chef"));
		String body = mvc.perform(json("/api/participants", """
				{"programmeId": %d, "givenName": "Digi", "familyName": "Comp", "birthDate": "1995-01-01",
				 "gender": "WOMAN", "labourMarketStatus": "INACTIVE", "incomeSource": "NONE"}""".formatted(vaxtzon),
				konsulent)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();
		String scores = "\"scores\": {\"kc-1\": \"3\", \"kc-2\": \"3\", \"kc-3\": \"3\", \"kc-4\": \"2\", \"kc-5\": \"3\", "
				+ "\"kc-6\": \"3\", \"kc-7\": \"3\", \"kc-8\": \"3\"}";
		mvc.perform(json("/api/participants/" + id + "/assessments", """
				{"assessedOn": "2025-01-10", "assessor": "CONSULTANT", %s,
				 "descriptors": {"digcomp-2.1": "7", "digcomp-9.9": "2", "digcomp-2": "3"}}""".formatted(scores),
				konsulent))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'descriptors[digcomp-2.1]')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'descriptors')]").exists());
		assertThat(jdbc.sql("select count(*) from ppl_assessment where participant_id = ?").param(id)
			.query(Integer.class).single()).isZero();

		mvc.perform(json("/api/participants/" + id + "/assessments", """
				{"assessedOn": "2025-01-10", "assessor": "CONSULTANT", %s,
				 "descriptors": {"digcomp-2.1": "2", "digcomp-1.1": "2", "lifecomp-p1": "3", "entrecomp-3.4": ""}}"""
			.formatted(scores), konsulent)).andExpect(status().isCreated());
		mvc.perform(json("/api/participants/" + id + "/assessments", """
				{"assessedOn": "2025-04-10", "assessor": "CONSULTANT", %s,
				 "descriptors": {"digcomp-2.1": "4", "digcomp-1.1": "4"}}""".formatted(scores), konsulent))
			.andExpect(status().isCreated());
		mvc.perform(get("/api/participants/" + id + "/plan").session(konsulent)).andExpect(status().isOk())
			.andExpect(jsonPath("$.assessments[0].descriptors['digcomp-2.1']").value(2))
			.andExpect(jsonPath("$.assessments[0].descriptors['lifecomp-p1']").value(3))
			.andExpect(jsonPath("$.assessments[0].descriptors['entrecomp-3.4']").doesNotExist())
			.andExpect(jsonPath("$.assessments[1].descriptors['digcomp-1.1']").value(4));
		String page = mvc.perform(get("/people/participants/" + id).session(konsulent)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		// The distance travelled chart has a DigComp line (mean 2.0 then 4.0) and the table shows the scores.
		assertThat(page).contains("id=\"descriptor-table\"", "DigComp 2.2 · Konsulent", "[2.0,4.0]",
				"name=\"descriptor-digcomp-2.1\"");
	}

	@Test
	void theScheduledCullingErasesWhatIsDueAsTheSystemAndKeepsTheStatisticalRecord() throws Exception {
		assertThat(scheduledTasks.stream().flatMap(h -> h.getScheduledTasks().stream())
			.map(t -> t.getTask().toString())).anyMatch(s -> s.contains("CullingSchedule.cullScheduled"));
		MockHttpSession konsulent = login("konsulent");
		long vaxtzon = programme(login("chef"));
		long id = leaver(konsulent, vaxtzon, "NON_BINARY", "1970-01-01", LocalDate.now().minusYears(5).minusDays(3),
				null);
		String scores = "\"scores\": {\"kc-1\": \"3\", \"kc-2\": \"3\", \"kc-3\": \"3\", \"kc-4\": \"2\", \"kc-5\": \"3\", "
				+ "\"kc-6\": \"3\", \"kc-7\": \"3\", \"kc-8\": \"3\"}";
		mvc.perform(json("/api/participants/" + id + "/assessments", "{\"assessedOn\": \"2020-01-10\", "
				+ "\"assessor\": \"PARTICIPANT\", " + scores + ", \"descriptors\": {\"digcomp-2.1\": \"2\"}}", konsulent))
			.andExpect(status().isCreated());
		String pseudonym = jdbc.sql("select pseudonym from ppl_participant where id = ?").param(id)
			.query(String.class).single();

		assertThat(schedule.cullScheduled()).isPositive();

		assertThat(jdbc.sql("select count(*) from ppl_participant where id = ?").param(id).query(Integer.class)
			.single()).isZero();
		assertThat(jdbc.sql("select gender from ppl_statistical_record where pseudonym = ?").param(pseudonym)
			.query(String.class).single()).isEqualTo("NON_BINARY");
		assertThat(jdbc.sql("select username from audit_log where action = 'CULL' and person_ref = ?").param(pseudonym)
			.query(String.class).single()).isEqualTo("system");
		assertThat(schedule.cullScheduled()).as("nothing left to cull for this participant").isGreaterThanOrEqualTo(0);

		// The admin-triggered run from the programme list.
		mvc.perform(post("/people/culling").session(login("admin")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/people/culling").session(konsulent).with(csrf())).andExpect(status().isForbidden());
	}
}
