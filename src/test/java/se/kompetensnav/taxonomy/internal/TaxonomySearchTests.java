package se.kompetensnav.taxonomy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.kompetensnav.taxonomy.Concept;
import se.kompetensnav.taxonomy.ConceptType;
import se.kompetensnav.taxonomy.SearchHit;
import se.kompetensnav.taxonomy.internal.TaxonomyData.AltLabel;

/** Ranking of the search over the real shipped files (no database: parsed and indexed directly). */
class TaxonomySearchTests {

	static TaxonomySearch search;

	@BeforeAll
	static void index() {
		TaxonomyData data = TaxonomyParser.parse(TaxonomyFiles.shipped());
		List<Concept> concepts = new ArrayList<>();
		data.concepts.values().forEach(r -> concepts.add(new Concept(r.id(), ConceptType.fromJobtechName(r.type())
			.orElseThrow(), r.label(), r.code(), r.ssyk4(), false)));
		Map<String, List<String>> alt = new HashMap<>();
		for (AltLabel a : data.altLabels) {
			alt.computeIfAbsent(a.conceptId(), k -> new ArrayList<>()).add(a.label());
		}
		search = TaxonomySearch.build(concepts, id -> alt.getOrDefault(id, List.of()),
				c -> c.type() == ConceptType.ESCO_SKILL);
	}

	static List<String> labels(String q, ConceptType type, int n) {
		return search.search(q, type, n).stream().map(SearchHit::label).toList();
	}

	@Test
	void anExactOccupationNameComesFirst() {
		List<SearchHit> hits = search.search("svetsare", ConceptType.OCCUPATION_NAME, 5);
		assertThat(hits.getFirst().label()).isEqualTo("Svetsare");
		assertThat(hits.getFirst().ssyk()).isEqualTo("7212");
		assertThat(labels("svetsare", ConceptType.OCCUPATION_NAME, 3)).contains("Spårsvetsare");
	}

	@Test
	void prefixesTyposAndMissingSwedishLetters() {
		assertThat(labels("svets", ConceptType.OCCUPATION_NAME, 1).getFirst()).startsWith("Svets");
		assertThat(labels("svetsre", ConceptType.OCCUPATION_NAME, 1)).containsExactly("Svetsare");
		assertThat(labels("undersköterka", ConceptType.OCCUPATION_NAME, 1).getFirst()).startsWith("Undersköterska");
		assertThat(labels("underskoterska", ConceptType.OCCUPATION_NAME, 1).getFirst()).startsWith("Undersköterska");
		assertThat(labels("undersköterskor", ConceptType.OCCUPATION_NAME, 1).getFirst()).startsWith("Undersköterska");
	}

	@Test
	void compoundsAndWordOrder() {
		assertThat(labels("truck", ConceptType.OCCUPATION_NAME, 3)).contains("Truckförare");
		assertThat(labels("elektriker industri", ConceptType.OCCUPATION_NAME, 1)).containsExactly("Industrielektriker");
		assertThat(labels("industri elektriker", ConceptType.OCCUPATION_NAME, 1)).containsExactly("Industrielektriker");
	}

	@Test
	void keywordsAndOtherTypes() {
		assertThat(labels("frissa", ConceptType.OCCUPATION_NAME, 2)).contains("Frisör");
		assertThat(labels("svetsning", ConceptType.SKILL, 5)).anyMatch(l -> l.toLowerCase().contains("svets"));
		assertThat(labels("digital kompetens", ConceptType.KEY_COMPETENCE, 1)).containsExactly("Digital kompetens");
		assertThat(labels("Luleå", ConceptType.MUNICIPALITY, 1)).containsExactly("Luleå");
		assertThat(search.search("", null, 5)).isEmpty();
	}
}
