package se.kompetensnav.taxonomy;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import se.kompetensnav.test.IntegrationTest;

/** The open taxonomy API, called without login. */
@IntegrationTest
class TaxonomyApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Taxonomy taxonomy;

	@Test
	void svetsareAsOccupationNameFindsWeldersFirst() throws Exception {
		mvc.perform(get("/api/taxonomy/search").param("q", "svetsare").param("type", "occupation-name"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].label").value("Svetsare"))
			.andExpect(jsonPath("$[0].type").value("occupation-name"))
			.andExpect(jsonPath("$[0].ssyk").value("7212"))
			.andExpect(jsonPath("$[0].id").isString())
			.andExpect(jsonPath("$[*].type", everyItem(is("occupation-name"))))
			.andExpect(jsonPath("$[0:3].label", hasItem("Spårsvetsare")));
	}

	@Test
	void searchToleratesPrefixesTyposInflectionAndWordOrder() throws Exception {
		// A prefix while typing.
		mvc.perform(get("/api/taxonomy/search").param("q", "svets").param("type", "occupation-name"))
			.andExpect(jsonPath("$[0].label", startsWith("Svets")));
		// A typo.
		mvc.perform(get("/api/taxonomy/search").param("q", "undersköterka").param("type", "occupation-name"))
			.andExpect(jsonPath("$[0].label", startsWith("Undersköterska")));
		// Without Swedish letters.
		mvc.perform(get("/api/taxonomy/search").param("q", "underskoterska").param("type", "occupation-name"))
			.andExpect(jsonPath("$[0].label", startsWith("Undersköterska")));
		// Inflection: the plural finds the singular.
		mvc.perform(get("/api/taxonomy/search").param("q", "undersköterskor").param("type", "occupation-name"))
			.andExpect(jsonPath("$[0].label", startsWith("Undersköterska")));
		// Part of a compound.
		mvc.perform(get("/api/taxonomy/search").param("q", "truck").param("type", "occupation-name"))
			.andExpect(jsonPath("$[0:3].label", hasItem("Truckförare")));
		// Word order and compounds: "elektriker industri" is an Industrielektriker.
		mvc.perform(get("/api/taxonomy/search").param("q", "elektriker industri").param("type", "occupation-name"))
			.andExpect(jsonPath("$[0].label").value("Industrielektriker"));
		// Across types the education field with both words comes first.
		mvc.perform(get("/api/taxonomy/search").param("q", "elektriker industri"))
			.andExpect(jsonPath("$[0:3].label", hasItem("Elektriker - industri")))
			.andExpect(jsonPath("$[0:5].label", hasItem("Industrielektriker")));
		// A JobTech search keyword.
		mvc.perform(get("/api/taxonomy/search").param("q", "frissa").param("type", "occupation-name"))
			.andExpect(jsonPath("$[0:2].label", hasItem("Frisör")));
	}

	@Test
	void searchChecksItsParameters() throws Exception {
		mvc.perform(get("/api/taxonomy/search").param("q", "svets").param("type", "nonsense"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("type"));
		mvc.perform(get("/api/taxonomy/search").param("q", "svets").param("limit", "1000"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("limit"));
		mvc.perform(get("/api/taxonomy/search").param("q", "svets").param("limit", "3"))
			.andExpect(jsonPath("$", hasSize(3)));
		mvc.perform(get("/api/taxonomy/search").param("q", " ")).andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void aConceptComesWithBroaderNarrowerAndRelated() throws Exception {
		Concept group = taxonomy.byType(ConceptType.SSYK_LEVEL_4).stream()
			.filter(c -> "7212".equals(c.code()))
			.findFirst()
			.orElseThrow();
		mvc.perform(get("/api/taxonomy/concepts/{id}", group.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.type").value("ssyk-level-4"))
			.andExpect(jsonPath("$.code").value("7212"))
			.andExpect(jsonPath("$.broader[0].type").value("ssyk-level-3"))
			.andExpect(jsonPath("$.broader[0].code").value("721"))
			.andExpect(jsonPath("$.narrower[*].label", hasItem("Svetsare")))
			.andExpect(jsonPath("$.related[*].type", hasItem("skill")))
			.andExpect(jsonPath("$.related[*].type", hasItem("isco-level-4")));
		mvc.perform(get("/api/taxonomy/concepts/{id}", "no-such-id")).andExpect(status().isNotFound());
	}

	@Test
	void anOccupationHasTheSkillsOfItsGroup() throws Exception {
		Concept welder = taxonomy.search("Svetsare", ConceptType.OCCUPATION_NAME, 1).stream()
			.map(h -> taxonomy.concept(h.id()).orElseThrow())
			.findFirst()
			.orElseThrow();
		mvc.perform(get("/api/taxonomy/occupations/{id}/skills", welder.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.occupation.label").value("Svetsare"))
			.andExpect(jsonPath("$.ssyk4.code").value("7212"))
			.andExpect(jsonPath("$.skills.length()", greaterThan(5)))
			.andExpect(jsonPath("$.skills[*].type", everyItem(is("skill"))));
		Concept skill = taxonomy.byType(ConceptType.SKILL).getFirst();
		mvc.perform(get("/api/taxonomy/occupations/{id}/skills", skill.id())).andExpect(status().isNotFound());
	}

	@Test
	void municipalitiesAndTheirBorders() throws Exception {
		mvc.perform(get("/api/municipalities"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(290)))
			.andExpect(jsonPath("$[?(@.code == '2582')].name").value("Boden"))
			.andExpect(jsonPath("$[?(@.code == '2582')].conceptId").value("y4NQ_tnB_eVd"))
			.andExpect(jsonPath("$[?(@.code == '2582')].countyName").value("Norrbottens län"));
		mvc.perform(get("/api/municipalities/2580"))
			.andExpect(jsonPath("$.name").value("Luleå"))
			.andExpect(jsonPath("$.neighbours", hasItem("2582")))
			.andExpect(jsonPath("$.population['2019']").value(78105));
		mvc.perform(get("/api/municipalities/2582/border"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/geo+json"))
			.andExpect(jsonPath("$.type").value("Feature"))
			.andExpect(jsonPath("$.properties.id").value("2582"))
			.andExpect(jsonPath("$.geometry.type", startsWith("")))
			.andExpect(jsonPath("$.geometry.coordinates").isArray());
		mvc.perform(get("/api/municipalities/borders"))
			.andExpect(jsonPath("$.type").value("FeatureCollection"))
			.andExpect(jsonPath("$.features", hasSize(290)));
		mvc.perform(get("/api/municipalities/9999/border")).andExpect(status().isNotFound());
	}

	@Test
	void theVersionsAreListedAndTheApiIsDescribed() throws Exception {
		mvc.perform(get("/api/taxonomy/versions"))
			.andExpect(jsonPath("$[0].checksum").isString())
			.andExpect(jsonPath("$[0].source", containsString("JobTech")));
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/api/taxonomy/search")))
			.andExpect(content().string(containsString("/api/municipalities/{code}/border")));
	}

	@Test
	void onlyAnAdministratorTriggersAReimport() throws Exception {
		mvc.perform(post("/api/admin/taxonomy/import").with(csrf())).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/admin/taxonomy/import").with(csrf()).with(user("k").roles("CONSULTANT")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/admin/taxonomy/import").with(csrf()).with(user("a").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.skipped").value(true))
			.andExpect(jsonPath("$.version.checksum").isString());
	}

	@Test
	void thePagesAreOpenWithoutLogin() throws Exception {
		Concept welder = taxonomy.search("Svetsare", ConceptType.OCCUPATION_NAME, 1).stream()
			.map(h -> taxonomy.concept(h.id()).orElseThrow())
			.findFirst()
			.orElseThrow();
		Concept skill = taxonomy.skillsOf(welder.id()).getFirst();
		mvc.perform(get("/taxonomy").param("q", "svetsare"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("role=\"combobox\"")))
			.andExpect(content().string(containsString("/taxonomy/occupations/" + welder.id())));
		mvc.perform(get("/taxonomy/ssyk"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Svetsare och gasskärare")));
		mvc.perform(get("/taxonomy/occupations/{id}", welder.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Svetsare</h1>")))
			.andExpect(content().string(containsString("/taxonomy/skills/" + skill.id())));
		mvc.perform(get("/taxonomy/skills/{id}", skill.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("7212")));
		mvc.perform(get("/taxonomy/municipalities"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("y4NQ_tnB_eVd")))
			.andExpect(content().string(containsString("data-borders")));
		mvc.perform(get("/taxonomy/concepts/kc-4"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("DigComp 2.2")));
	}
}
