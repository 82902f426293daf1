package se.kompetensnav.effects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import se.kompetensnav.test.IntegrationTest;

@IntegrationTest
class EffectsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username));
	}

	static final String SCENARIO_2090 = """
			{"name": "Växtzon 2090", "year": 2090, "places": 114, "shareToWork": 0.3, "effectYears": 3,
			 "startSituation": "JOB_SEEKING", "deadweight": 0, "displacement": 0, "attribution": 0, "dropOff": 0}""";

	MvcResult scenario(String json) throws Exception {
		return mvc.perform(post("/api/effects/scenarios").with(as("chef")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isCreated()).andReturn();
	}

	static double read(MvcResult result, String path) throws Exception {
		return ((Number) JsonPath.read(result.getResponse().getContentAsString(), path)).doubleValue();
	}

	@Test
	void changingAParameterChangesNewCalculationsButNotStoredOnes() throws Exception {
		// Year 2090 has no values of its own: the 2024 consultant hour (version 1) carries forward.
		MvcResult first = scenario(SCENARIO_2090);
		long firstId = ((Number) JsonPath.read(first.getResponse().getContentAsString(), "$.id")).longValue();
		double investment = read(first, "$.scenario.report.investment.MUNICIPALITY");
		// 114 x (60 x 650 + 8 x 1,500 + 4 x 4,000)
		assertThat(investment).isCloseTo(7_638_000, within(0.5));
		assertThat(JsonPath.<List<Integer>>read(first.getResponse().getContentAsString(),
				"$.parameters[?(@.key == 'effects.unitcost.consultantHour')].year")).containsExactly(2024);

		mvc.perform(put("/api/parameters/effects.unitcost.consultantHour/2090").with(as("admin")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"value\": 1300, \"source\": \"Test: doubled consultant cost\"}"))
			.andExpect(status().isOk());

		MvcResult second = scenario(SCENARIO_2090);
		assertThat(read(second, "$.scenario.report.investment.MUNICIPALITY"))
			.isCloseTo(7_638_000 + 114 * 60 * 650, within(0.5));
		assertThat(JsonPath.<List<Integer>>read(second.getResponse().getContentAsString(),
				"$.parameters[?(@.key == 'effects.unitcost.consultantHour')].year")).containsExactly(2090);

		// The stored calculation is read back as stored, with the versions it used.
		MvcResult again = mvc.perform(get("/api/effects/calculations/" + firstId).with(as("analytiker")))
			.andExpect(status().isOk()).andReturn();
		assertThat(read(again, "$.scenario.report.investment.MUNICIPALITY")).isCloseTo(7_638_000, within(0.5));
		assertThat(JsonPath.<List<Number>>read(again.getResponse().getContentAsString(),
				"$.parameters[?(@.key == 'effects.unitcost.consultantHour')].value")).singleElement()
			.satisfies(v -> assertThat(v.doubleValue()).isEqualTo(650.0));
		String page = mvc.perform(get("/effects/calculations/" + firstId).with(as("chef")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page.replaceAll("[\u00a0\u202f]", " ")).contains("id=\"fact-investment\">7 638 000<");
	}

	@Test
	void exclusionCalculatorGivesCostsPerActorAndHorizon() throws Exception {
		MvcResult result = mvc.perform(post("/api/effects/exclusion").with(as("konsulent")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"typicalCase\": \"LONG_TERM_UNEMPLOYED\", \"year\": 2025}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("EXCLUSION"))
			.andExpect(jsonPath("$.exclusion.person.age").value(40))
			.andExpect(jsonPath("$.exclusion.presentValues.length()").value(4))
			.andExpect(jsonPath("$.exclusion.presentValues[3].years").value(27))
			.andReturn();
		assertThat(read(result, "$.exclusion.perYearByActor.MUNICIPALITY")).isGreaterThan(100_000);
	}

	@Test
	void invalidScenarioIsRefusedNamingTheFields() throws Exception {
		mvc.perform(post("/api/effects/scenarios").with(as("chef")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"places\": 0, \"shareToWork\": 1.5, \"effectYears\": 3}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("places"))
			.andExpect(jsonPath("$.errors[1].field").value("shareToWork"));
		mvc.perform(post("/effects/scenario").with(as("chef")).with(csrf()).param("places", "abc")
			.param("shareToWork", "30").param("effectYears", "3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(containsString("places-error")));
		mvc.perform(post("/effects/scenario").with(as("chef")).with(csrf()).param("places", "114")
			.param("shareToWork", "150").param("effectYears", "3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("shareToWork-error")))
			.andExpect(content().string(containsString("mellan 0 och 100")));
	}

	@Test
	void employersAndProvidersHaveNoAccess() throws Exception {
		mvc.perform(get("/effects").with(as("arbetsgivare"))).andExpect(status().isForbidden());
		mvc.perform(post("/api/effects/scenarios").with(as("utbildare")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(SCENARIO_2090)).andExpect(status().isForbidden());
	}

	@Test
	void scenarioFromThePageIsReportedAsPagePdfAndXlsx() throws Exception {
		MvcResult posted = mvc.perform(post("/effects/scenario").with(as("chef")).with(csrf())
			.param("name", "Sidscenario 114").param("places", "114").param("shareToWork", "30")
			.param("effectYears", "3").param("startSituation", "JOB_SEEKING").param("year", "2025"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/effects/calculations/*"))
			.andReturn();
		String path = posted.getResponse().getRedirectedUrl();
		mvc.perform(get(path).with(as("chef"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Sidscenario 114")))
			.andExpect(content().string(containsString("data-effects-chart")))
			.andExpect(content().string(containsString("effects.unitcost.consultantHour")))
			.andExpect(content().string(containsString("SCB, Prisbasbelopp")));
		MvcResult pdf = mvc.perform(get(path + "/report.pdf").with(as("chef"))).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("attachment"))).andReturn();
		byte[] bytes = pdf.getResponse().getContentAsByteArray();
		assertThat(new String(bytes, 0, 5)).isEqualTo("%PDF-");
		MvcResult xlsx = mvc.perform(get(path + "/report.xlsx").with(as("chef"))).andExpect(status().isOk()).andReturn();
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
			List<Sheet> sheets = wb.getSheets().toList();
			assertThat(sheets).hasSizeGreaterThanOrEqualTo(5);
			Sheet params = sheets.getLast();
			var rows = params.read();
			assertThat(rows.stream().anyMatch(r -> r.getCellText(0).equals("effects.prisbasbelopp"))).isTrue();
			assertThat(rows.stream().anyMatch(r -> r.getCellText(5).startsWith("SCB, Prisbasbelopp"))).isTrue();
		}
	}

	@Test
	void programmeReportFromParticipantsOutcomes() throws Exception {
		String participant = """
				{"ref": "%s", "age": 30, "entryDate": "2025-01-01", "atEntry": "JOB_SEEKING",
				 "followUps": [{"date": "2026-01-01", "situation": "WORK"}],
				 "activityHours": {"CONSULTANT": 40, "INTERNSHIP": 80}}""";
		MvcResult result = mvc.perform(post("/api/effects/programmes").with(as("chef")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"programme\": \"Testprogram\", \"year\": 2025, \"years\": 3, \"participants\": ["
					+ participant.formatted("p-1") + "," + participant.formatted("p-2") + "]}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("PROGRAMME"))
			.andExpect(jsonPath("$.programme.participants").value(2))
			.andReturn();
		// 2 x (40 h x 650 + 80 h / 40 x 1,500)
		assertThat(read(result, "$.programme.report.investment.MUNICIPALITY")).isCloseTo(58_000, within(0.5));
		assertThat(read(result, "$.programme.report.realByYear[0]")).isCloseTo(0, within(0.5));
		assertThat(read(result, "$.programme.report.realByYear[1]")).isGreaterThan(0);
		long id = ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
		mvc.perform(get("/effects/calculations/" + id).with(as("chef"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Testprogram")))
			.andExpect(content().string(containsString("fact-participants")));
		mvc.perform(post("/api/effects/programmes").with(as("chef")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"programme\": \"\", \"years\": 3}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("programme"));
	}

	@Test
	void theApiIsDescribedInOpenApi() throws Exception {
		mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
			.andExpect(content().string(containsString("/api/effects/scenarios")))
			.andExpect(content().string(containsString("/api/effects/programmes")))
			.andExpect(content().string(containsString("/api/parameters/{key}/{year}")));
	}
}
