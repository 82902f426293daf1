package se.kompetensnav.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.kompetensnav.people.internal.GroupBySupplyStatistics;
import se.kompetensnav.people.internal.SupplySummary;
import se.kompetensnav.test.IntegrationTest;

/**
 * The maintained supply summary equals a fresh GROUP BY over the participant tables after every kind of write that
 * changes supply, made through the HTTP API: create (occupations wanted and experienced, overlapping, and skills),
 * update (municipality, occupations and skills replaced), exit, and culling (the only way a participant row is
 * deleted); and after the summary is rolled forward from an earlier day. Compared over the whole database, on H2
 * and on PostgreSQL.
 */
@IntegrationTest
class SupplySummaryIntegrationTests {

	static final String WELDER = "ZwCN_YoJ_coi";

	static final String COOLING = "1ixi_57J_KFF";

	static final String HOT_WORK = "Q7eC_B7g_QiU";

	static final String SKILL_2 = "11L4_Q2Z_8tM";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SupplyStatistics supply;

	@Autowired
	SupplySummary summary;

	MockHttpSession login(String username) throws Exception {
		return (MockHttpSession) mvc
			.perform(post("/login").param("username", username).param("password", "demo").with(csrf()))
			.andReturn().getRequest().getSession(false);
	}

	MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder b, String body, MockHttpSession session) {
		return b.session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	long vaxtzon() {
		return jdbc.sql("select id from ppl_programme where name = 'Växtzon oändlig (demo)'").query(Long.class).single();
	}

	String participant(String family, String municipality, String entry, String occupations) {
		return """
				{"programmeId": %d, "givenName": "Summa", "familyName": "%s", "birthDate": "1985-03-03",
				 "gender": "WOMAN", "municipalityCode": "%s", "labourMarketStatus": "UNEMPLOYED",
				 "unemployedSince": "%s", "incomeSource": "NONE", "entryDate": "%s", %s}"""
			.formatted(vaxtzon(), family, municipality, LocalDate.parse(entry).minusYears(1), entry, occupations);
	}

	long create(MockHttpSession session, String body) throws Exception {
		var response = mvc.perform(json(post("/api/participants"), body, session)).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
		String created = response.getContentAsString();
		return ((Number) com.jayway.jsonpath.JsonPath.read(created, "$.id")).longValue();
	}

	/** Every figure the summary answers equals the GROUP BY over the base tables, for the whole database. */
	void assertSummaryEqualsGroupBy(String when) {
		GroupBySupplyStatistics groupBy = new GroupBySupplyStatistics(jdbc);
		LocalDate today = LocalDate.now();
		assertThat(summary.holds(today)).as("the summary answers for today").isTrue();
		assertThat(new HashSet<>(supply.occupations("", today))).as("occupations " + when)
			.isEqualTo(new HashSet<>(groupBy.occupations("", today)));
		assertThat(new HashSet<>(supply.skills("", today))).as("skills " + when)
			.isEqualTo(new HashSet<>(groupBy.skills("", today)));
		List<LocalDate> dates = List.of(LocalDate.of(today.getYear() - 6, 12, 31), today.minusYears(5).minusDays(1),
				today.minusDays(1), today, today.plusYears(1));
		assertThat(new HashSet<>(supply.people("", dates))).as("people over time " + when)
			.isEqualTo(new HashSet<>(groupBy.people("", dates)));
		assertThat(new HashSet<>(supply.occupations("25", today))).as("one county " + when)
			.isEqualTo(new HashSet<>(groupBy.occupations("25", today)));
	}

	long cell(String kind, String concept, String municipality) {
		return jdbc.sql("select coalesce(sum(people), 0) from ppl_supply_level where kind = ? and concept_id = ? "
				+ "and municipality_code = ?").params(kind, concept, municipality).query(Long.class).single();
	}

	@Test
	void theSummaryEqualsAFreshGroupByAfterEveryWrite() throws Exception {
		assertSummaryEqualsGroupBy("at start");
		MockHttpSession konsulent = login("konsulent");
		String family = "Summa-" + UUID.randomUUID().toString().substring(0, 8);
		long before = cell("EITHER", WELDER, "2521");

		// Create: wants and has worked as a welder (counted once in EITHER), wants cooling, two skills.
		long id = create(konsulent, participant(family, "2521", LocalDate.now().minusDays(3).toString(), """
				"occupationsWanted": ["%s", "%s"], "occupationsExperienced": ["%s"],
				"skills": [{"conceptId": "%s", "level": "3", "acquired": "FORMAL"},
				           {"conceptId": "%s", "level": "2", "acquired": "INFORMAL"}]"""
			.formatted(WELDER, COOLING, WELDER, HOT_WORK, SKILL_2)));
		assertThat(cell("EITHER", WELDER, "2521")).as("one person, counted once").isEqualTo(before + 1);
		assertSummaryEqualsGroupBy("after create");

		// Update: another municipality, occupations and skills replaced.
		mvc.perform(json(put("/api/participants/" + id), participant(family, "2580", LocalDate.now().minusDays(3).toString(), """
				"occupationsWanted": ["%s"], "occupationsExperienced": [],
				"skills": [{"conceptId": "%s", "level": "4", "acquired": "VALIDATED"}]"""
			.formatted(COOLING, HOT_WORK)), konsulent)).andExpect(status().isOk());
		assertThat(cell("EITHER", WELDER, "2521")).as("moved away").isEqualTo(before);
		assertSummaryEqualsGroupBy("after update");

		// Exit today: out of the system today, still in it yesterday.
		mvc.perform(json(post("/api/participants/" + id + "/exit"),
				"{\"exitDate\":\"" + LocalDate.now() + "\",\"situation\":\"EMPLOYED\"}", konsulent))
			.andExpect(status().isOk());
		assertSummaryEqualsGroupBy("after exit");

		// Culling deletes a participant who left more than the retention period ago.
		long old = create(konsulent, participant(family + "-gammal", "2521", LocalDate.now().minusYears(7).toString(),
				"\"occupationsWanted\": [\"%s\"]".formatted(WELDER)));
		mvc.perform(json(post("/api/participants/" + old + "/exit"),
				"{\"exitDate\":\"" + LocalDate.now().minusYears(5).minusDays(2) + "\",\"situation\":\"EMPLOYED\"}",
				konsulent))
			.andExpect(status().isOk());
		assertSummaryEqualsGroupBy("after an exit long ago");
		mvc.perform(post("/api/people/culling").session(login("chef")).with(csrf())).andExpect(status().isOk());
		assertThat(jdbc.sql("select count(*) from ppl_participant where id = ?").param(old).query(Integer.class)
			.single()).as("culled").isZero();
		assertSummaryEqualsGroupBy("after culling");
	}

	@Test
	void rollingForwardFromAnEarlierDayEqualsTheGroupByOfToday() {
		LocalDate today = LocalDate.now();
		// Demo participants applied and left on many days of the last weeks: the roll moves each of them.
		summary.rebuild(today.minusDays(45));
		GroupBySupplyStatistics groupBy = new GroupBySupplyStatistics(jdbc);
		assertThat(new HashSet<>(supply.occupations("", today.minusDays(45))))
			.as("an earlier day falls back to the GROUP BY").isEqualTo(new HashSet<>(groupBy.occupations("",
					today.minusDays(45))));
		Set<SupplyStatistics.OccupationSupply> earlier = new HashSet<>(jdbc.sql("""
				select concept_id, municipality_code,
				       sum(case when kind = 'WANTED' then people else 0 end),
				       sum(case when kind = 'EXPERIENCED' then people else 0 end),
				       sum(case when kind = 'EITHER' then people else 0 end)
				from ppl_supply_level where kind <> 'SKILL' group by concept_id, municipality_code
				having sum(case when kind = 'EITHER' then people else 0 end) > 0""")
			.query((rs, n) -> new SupplyStatistics.OccupationSupply(rs.getString(1), rs.getString(2), rs.getLong(3),
					rs.getLong(4), rs.getLong(5)))
			.list());
		assertThat(earlier).as("the level table held the earlier day")
			.isEqualTo(new HashSet<>(groupBy.occupations("", today.minusDays(45))));
		summary.rollTo(today);
		assertSummaryEqualsGroupBy("after rolling forward 45 days");
	}
}
