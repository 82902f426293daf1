package se.kompetensnav.matching.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import se.kompetensnav.test.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Related occupations as open data, without login. */
@IntegrationTest
class CareerMovesIntegrationTests {

	static final String SVETSARE = "rxrQ_Nyy_k6y";

	@Autowired
	MockMvc mvc;

	@Test
	void svetsareCanMoveToOtherWeldingAndMetalOccupations() throws Exception {
		String body = mvc.perform(get("/api/taxonomy/occupations/{id}/related", SVETSARE).param("limit", "10"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode list = JsonMapper.builder().build().readTree(body);
		assertThat(list).hasSize(10);
		List<String> labels = new ArrayList<>();
		List<Double> scores = new ArrayList<>();
		for (JsonNode r : list) {
			labels.add(r.path("label").asString());
			scores.add(r.path("score").asDouble());
			assertThat(r.path("id").asString()).isNotEqualTo(SVETSARE);
			assertThat(r.path("shared").isArray()).isTrue();
			assertThat(r.path("missing").isArray()).isTrue();
		}
		assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
		// other welders first, then metal trades from the most similar groups
		assertThat(labels).contains("Spårsvetsare");
		assertThat(labels).anySatisfy(l -> assertThat(l.toLowerCase()).containsAnyOf("svets", "plåt", "smed", "lödare"));
		assertThat(labels).anySatisfy(l -> assertThat(l).isNotIn("Spårsvetsare", "Hårdlödare", "Mjuklödare"));
		assertThat(list.get(list.size() - 1).path("shared").size()).isPositive();
	}

	@Test
	void unknownOccupationIs404AndABadLimitIs400() throws Exception {
		mvc.perform(get("/api/taxonomy/occupations/{id}/related", "no-such-occupation"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/taxonomy/occupations/{id}/related", SVETSARE).param("limit", "0"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("limit"));
	}

	@Test
	void defaultLimitIsTen() throws Exception {
		mvc.perform(get("/api/taxonomy/occupations/{id}/related", SVETSARE))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(10))
			.andExpect(jsonPath("$[0].score").value(1.0));
	}
}
