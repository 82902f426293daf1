package se.kompetensnav.employers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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
class NeedsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Units units;

	@Autowired
	Organisations organisations;

	@Autowired
	CompetenceNeeds needs;

	@Test
	void anEmployerTurnsATemplateIntoANeedThroughThePages() throws Exception {
		String user = EmployersTestSupport.otherEmployer(organisations, units, jdbc, "tpl");
		long orgId = orgOf(user);
		MockHttpSession session = EmployersTestSupport.login(mvc, user);

		mvc.perform(get("/employers/my/needs").session(session))
			.andExpect(redirectedUrl("/employers/organisations/" + orgId + "/needs"));
		mvc.perform(get("/employers/organisations/" + orgId + "/needs").session(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("template=metal-welder")));
		// The form is filled from the template: the welder occupation and MAG/MIG welding among its skills.
		mvc.perform(get("/employers/organisations/" + orgId + "/needs/new").param("template", "metal-welder")
			.session(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"rxrQ_Nyy_k6y\"")))
			.andExpect(content().string(containsString("MAG/MIG-svetsning")));

		// The employer edits it: raises the level of MAG/MIG, drops robot welding, adds a headcount.
		mvc.perform(post("/employers/organisations/" + orgId + "/needs").session(session).with(csrf())
			.param("templateKey", "metal-welder").param("title", "Svetsare, vindkraftstorn")
			.param("occupationId", "rxrQ_Nyy_k6y").param("reason", "EXPANSION")
			.param("headcountNow", "2").param("headcount1y", "4").param("headcount3y", "6").param("headcount5y", "6")
			.param("skillId", "Q1D1_Pdc_rnT", "aHCV_VsV_LiD", "BMYx_57E_ESj")
			.param("importance", "MUST", "MUST", "NONE").param("level", "4", "2", "2"))
			.andExpect(redirectedUrl("/employers/organisations/" + orgId + "/needs"));

		List<CriticalFunction> stored = needs.all().stream().filter(f -> f.organisationId() == orgId).toList();
		assertThat(stored).hasSize(1);
		CriticalFunction f = stored.get(0);
		assertThat(f.templateKey()).isEqualTo("metal-welder");
		assertThat(f.headcount3y()).isEqualTo(6);
		assertThat(f.skills()).extracting(SkillRequirement::skillId).containsExactlyInAnyOrder("Q1D1_Pdc_rnT",
				"aHCV_VsV_LiD");
		assertThat(f.skills()).filteredOn(s -> s.skillId().equals("Q1D1_Pdc_rnT")).first()
			.extracting(SkillRequirement::level).isEqualTo(4);
		mvc.perform(get("/employers/organisations/" + orgId + "/needs").session(session))
			.andExpect(content().string(containsString("Svetsare, vindkraftstorn")));
	}

	@Test
	void aBadFormIsShownAgainWithMessagesAtTheFields() throws Exception {
		String user = EmployersTestSupport.otherEmployer(organisations, units, jdbc, "bad");
		long orgId = orgOf(user);
		MockHttpSession session = EmployersTestSupport.login(mvc, user);
		mvc.perform(post("/employers/organisations/" + orgId + "/needs").session(session).with(csrf())
			.param("title", "").param("occupationId", "nope").param("reason", "EXPANSION")
			.param("headcountNow", "-1").param("headcount1y", "1").param("headcount3y", "1").param("headcount5y", "1")
			.param("skillId", "Q1D1_Pdc_rnT").param("importance", "MUST").param("level", "2"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(containsString("title-error")));
		assertThat(needs.all()).noneMatch(f -> f.organisationId() == orgId);
	}

	@Test
	void theApiFlowAndAnotherEmployersNeedsAnswer404() throws Exception {
		String user = EmployersTestSupport.otherEmployer(organisations, units, jdbc, "api");
		long orgId = orgOf(user);
		MockHttpSession session = EmployersTestSupport.login(mvc, user);
		String form = mvc.perform(get("/api/employers/function-templates/battery-operator/form").session(session))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String edited = form.replace("\"headcount1y\":0", "\"headcount1y\":12");
		String created = mvc.perform(post("/api/employers/organisations/" + orgId + "/needs").session(session)
			.with(csrf()).contentType(MediaType.APPLICATION_JSON).content(edited))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.headcount1y").value(12))
			.andExpect(jsonPath("$.occupationId").value("jk4K_uNT_BkL"))
			.andReturn().getResponse().getContentAsString();
		long needId = Long.parseLong(created.replaceAll("^\\{\"id\":(\\d+).*$", "$1").replaceAll("(?s)\\D.*", ""));

		// The demo employer's contact sees neither this organisation's needs nor the need itself.
		MockHttpSession demo = EmployersTestSupport.login(mvc, "arbetsgivare");
		mvc.perform(get("/api/employers/organisations/" + orgId + "/needs").session(demo))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/employers/needs/" + needId).session(demo)).andExpect(status().isNotFound());
		mvc.perform(get("/employers/organisations/" + orgId + "/needs").session(demo))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/employers/organisations/" + orgId + "/needs").session(demo).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(edited)).andExpect(status().isNotFound());
		// ... but sees its own.
		mvc.perform(get("/api/employers/organisations/" + orgOf("arbetsgivare") + "/needs").session(demo))
			.andExpect(status().isOk());
	}

	private long orgOf(String username) {
		long unit = jdbc.sql("select unit_id from app_user where username = ?").param(username).query(Long.class)
			.single();
		return organisations.byUnit(unit).orElseThrow().id();
	}
}
