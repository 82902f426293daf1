package se.kompetensnav.employers;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import se.kompetensnav.identity.Units;
import se.kompetensnav.test.IntegrationTest;

@IntegrationTest
class EmployersApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Units units;

	@Autowired
	Organisations organisations;

	@Test
	void theOpenApiDescriptionListsTheEmployersEndpoints() throws Exception {
		MockHttpSession admin = EmployersTestSupport.login(mvc, "admin");
		mvc.perform(get("/v3/api-docs").session(admin)).andExpect(status().isOk())
			.andExpect(content().string(containsString("/api/employers/organisations/{id}/needs")))
			.andExpect(content().string(containsString("/api/ads/import")))
			.andExpect(content().string(containsString("/api/employers/extract")));
	}

	@Test
	void aNeedIsChangedAndDeletedThroughTheApi() throws Exception {
		String user = EmployersTestSupport.otherEmployer(organisations, units, jdbc, "put");
		long orgId = organisations.byUnit(jdbc.sql("select unit_id from app_user where username = ?").param(user)
			.query(Long.class).single()).orElseThrow().id();
		MockHttpSession session = EmployersTestSupport.login(mvc, user);
		String body = """
				{"title":"Kyltekniker","occupationId":"1ixi_57J_KFF","reason":"GREEN_TRANSITION","headcountNow":1,
				 "headcount1y":2,"headcount3y":3,"headcount5y":3,
				 "skills":[{"skillId":"11L4_Q2Z_8tM","importance":"MUST","level":3}]}""";
		String created = mvc.perform(post("/api/employers/organisations/" + orgId + "/needs").session(session)
			.with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		String id = created.replaceAll("(?s)^\\{\"id\":(\\d+).*$", "$1");
		mvc.perform(put("/api/employers/needs/" + id).session(session).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body.replace("\"headcount5y\":3", "\"headcount5y\":9")
				.replace("\"level\":3", "\"level\":5")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("skills[0].level"));
		mvc.perform(put("/api/employers/needs/" + id).session(session).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body.replace("\"headcount5y\":3", "\"headcount5y\":9")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.headcount5y").value(9));
		MockHttpSession other = EmployersTestSupport.login(mvc, "arbetsgivare");
		mvc.perform(delete("/api/employers/needs/" + id).session(other).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(delete("/api/employers/needs/" + id).session(session).with(csrf()))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/employers/needs/" + id).session(session)).andExpect(status().isNotFound());
	}
}
