package se.kompetensnav.employers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.kompetensnav.employers.internal.GroupByDemandStatistics;
import se.kompetensnav.identity.Units;
import se.kompetensnav.test.IntegrationTest;

/**
 * The maintained demand summary equals a fresh GROUP BY over functions and open opportunities after every kind of
 * write, made through the HTTP API: a need added (with MUST and NICE skills), changed and deleted, an opportunity
 * added, closed and reopened, and the organisation moved to another municipality (its needs move with it).
 * Compared over the whole database, on H2 and on PostgreSQL.
 */
@IntegrationTest
class DemandSummaryIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Units units;

	@Autowired
	Organisations organisations;

	@Autowired
	DemandStatistics demand;

	MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder b, String body, MockHttpSession session) {
		return b.session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	void assertSummaryEqualsGroupBy(String when) {
		assertThat(jdbc.sql("select count(built_at) from emp_demand_state").query(Integer.class).single())
			.as("the summary is built, so the figures come from it").isEqualTo(1);
		GroupByDemandStatistics groupBy = new GroupByDemandStatistics(jdbc);
		assertThat(new HashSet<>(demand.occupations(""))).as("occupations " + when)
			.isEqualTo(new HashSet<>(groupBy.occupations("")));
		assertThat(new HashSet<>(demand.skills(""))).as("skills " + when)
			.isEqualTo(new HashSet<>(groupBy.skills("")));
		assertThat(new HashSet<>(demand.occupations("25"))).as("one county " + when)
			.isEqualTo(new HashSet<>(groupBy.occupations("25")));
	}

	long needs(String occupation, String municipality) {
		return jdbc.sql("select coalesce(sum(needs_5y), 0) from emp_demand_level where occupation_id = ? "
				+ "and municipality_code = ?").params(occupation, municipality).query(Long.class).single();
	}

	static String id(String created) {
		return created.replaceAll("(?s)^\\{\"id\":(\\d+).*$", "$1");
	}

	@Test
	void theSummaryEqualsAFreshGroupByAfterEveryWrite() throws Exception {
		assertSummaryEqualsGroupBy("at start");
		String user = EmployersTestSupport.otherEmployer(organisations, units, jdbc, "summary");
		Organisation org = organisations.byUnit(jdbc.sql("select unit_id from app_user where username = ?")
			.param(user).query(Long.class).single()).orElseThrow();
		MockHttpSession session = EmployersTestSupport.login(mvc, user);
		long before = needs("1ixi_57J_KFF", "2580");

		String need = """
				{"title":"Kyltekniker","occupationId":"1ixi_57J_KFF","reason":"GREEN_TRANSITION","headcountNow":1,
				 "headcount1y":2,"headcount3y":3,"headcount5y":4,
				 "skills":[{"skillId":"11L4_Q2Z_8tM","importance":"MUST","level":3},
				           {"skillId":"Q7eC_B7g_QiU","importance":"NICE","level":2}]}""";
		String id = id(mvc.perform(json(post("/api/employers/organisations/" + org.id() + "/needs"), need, session))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		assertThat(needs("1ixi_57J_KFF", "2580")).isEqualTo(before + 4);
		assertSummaryEqualsGroupBy("after a need was added");

		mvc.perform(json(put("/api/employers/needs/" + id), need.replace("\"headcount5y\":4", "\"headcount5y\":9")
			.replace("\"importance\":\"NICE\"", "\"importance\":\"MUST\""), session)).andExpect(status().isOk());
		assertThat(needs("1ixi_57J_KFF", "2580")).isEqualTo(before + 9);
		assertSummaryEqualsGroupBy("after a need was changed");

		String second = id(mvc.perform(json(post("/api/employers/organisations/" + org.id() + "/needs"),
				need.replace("1ixi_57J_KFF", "ZwCN_YoJ_coi"), session))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		mvc.perform(delete("/api/employers/needs/" + second).session(session).with(csrf()))
			.andExpect(status().isNoContent());
		assertSummaryEqualsGroupBy("after a need was deleted");

		String opportunity = """
				{"kind":"VACANCY","title":"Kyltekniker sökes","occupationId":"1ixi_57J_KFF","municipalityCode":"2581",
				 "positions":3,"open":true}""";
		String opp = id(mvc.perform(json(post("/api/employers/organisations/" + org.id() + "/opportunities"),
				opportunity, session))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		assertSummaryEqualsGroupBy("after an opportunity was added");
		mvc.perform(post("/api/employers/opportunities/" + opp + "/open").param("open", "false").session(session)
			.with(csrf())).andExpect(status().isOk());
		assertSummaryEqualsGroupBy("after an opportunity was closed");
		mvc.perform(post("/api/employers/opportunities/" + opp + "/open").param("open", "true").session(session)
			.with(csrf())).andExpect(status().isOk());
		assertSummaryEqualsGroupBy("after an opportunity was reopened");

		mvc.perform(json(put("/api/employers/organisations/" + org.id()), """
				{"name":"%s","orgNumber":"%s","sniCode":"25620","employees":12,"turnoverMsek":20.0,
				 "municipalityCode":"2584","greenTransition":true}""".formatted(org.name(), org.orgNumber()), session))
			.andExpect(status().isOk());
		assertThat(needs("1ixi_57J_KFF", "2584")).as("the need moved with the organisation").isGreaterThanOrEqualTo(9);
		assertThat(needs("1ixi_57J_KFF", "2580")).isEqualTo(before);
		assertSummaryEqualsGroupBy("after the organisation moved");
	}
}
