package se.kompetensnav.parameters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.kompetensnav.test.IntegrationTest;

@IntegrationTest
class ParametersIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	Parameters parameters;

	RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username));
	}

	@Test
	void shippedDefaultsOfEveryModuleFileAreLoadedAsVersionOne() throws Exception {
		mvc.perform(get("/api/parameters").param("prefix", "test.sample").with(as("analytiker")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].key").value("test.sample"))
			.andExpect(jsonPath("$[0].year").value(2020))
			.andExpect(jsonPath("$[0].version").value(1))
			.andExpect(jsonPath("$[0].changedBy").value("system"))
			.andExpect(jsonPath("$[1].year").value(2024));
	}

	@Test
	void aValueCarriesForwardToLaterYearsUntilAYearHasItsOwn() {
		assertThat(parameters.get("test.sample", 2019 + 3).value()).isEqualByComparingTo("100");
		assertThat(parameters.get("test.sample", 2024).value()).isEqualByComparingTo("120");
		assertThat(parameters.get("test.sample", 2031).value()).isEqualByComparingTo("120");
	}

	@Test
	void aChangeCreatesANewVersionAndKeepsTheHistory() throws Exception {
		mvc.perform(put("/api/parameters/test.change/2024").with(as("admin")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"value\": 12.5, \"source\": \"Beslut 2024-05-01\", \"note\": \"höjd\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.changedBy").value("admin"))
			.andExpect(jsonPath("$.unit").value("share"));
		mvc.perform(get("/api/parameters/test.change/2024/history").with(as("konsulent")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].value").value(12.5))
			.andExpect(jsonPath("$[1].value").value(10))
			.andExpect(jsonPath("$[1].version").value(1));
		mvc.perform(get("/api/parameters/test.change/2026").with(as("konsulent")))
			.andExpect(jsonPath("$.value").value(12.5));
		// Restarting the defaults task does not bring the shipped value back.
		assertThat(parameters.get("test.change", 2024).value()).isEqualByComparingTo(new BigDecimal("12.5"));
	}

	@Test
	void aNonAdminGets403AndNothingChanges() throws Exception {
		for (String username : new String[] { "konsulent", "chef", "analytiker" }) {
			mvc.perform(put("/api/parameters/test.forbidden/2024").with(as(username)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"value\": 99, \"source\": \"x\"}"))
				.andExpect(status().isForbidden());
		}
		mvc.perform(post("/parameters/test.forbidden/2024").with(as("chef")).with(csrf()).param("value", "99")
			.param("source", "x")).andExpect(status().isForbidden());
		assertThat(parameters.history("test.forbidden", 2024)).hasSize(1);
	}

	@Test
	void aChangeWithoutSourceIsRefusedNamingTheField() throws Exception {
		mvc.perform(put("/api/parameters/test.sample/2024").with(as("admin")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"value\": 1, \"source\": \" \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("source"));
		mvc.perform(put("/api/parameters/test.nosuchkey/2024").with(as("admin")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"value\": 1, \"source\": \"s\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("key"));
		assertThat(parameters.history("test.sample", 2024)).hasSize(1);
	}

	@Test
	void adminChangesAValueOnThePageAndSeesTheHistory() throws Exception {
		mvc.perform(get("/parameters").with(as("admin"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("test.sample")));
		mvc.perform(post("/parameters/test.page/2020").with(as("admin")).with(csrf()).param("value", "101,5")
			.param("source", "Sidtest").param("note", "")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/parameters/test.page/2020").with(as("admin"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("101.5")))
			.andExpect(content().string(containsString("Sidtest")))
			.andExpect(content().string(containsString("Test fixture")));
		mvc.perform(post("/parameters/test.page/2020").with(as("admin")).with(csrf()).param("value", "abc")
			.param("source", "Sidtest")).andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")));
		// Others read the page without the form.
		mvc.perform(get("/parameters/test.page/2020").with(as("konsulent"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("name=\"source\""))));
	}
}
