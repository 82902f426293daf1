package se.kompetensnav.education.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import se.kompetensnav.taxonomy.Concept;
import se.kompetensnav.taxonomy.ConceptType;
import se.kompetensnav.taxonomy.Municipality;
import se.kompetensnav.taxonomy.Taxonomy;

/**
 * Labels and existence checks for the taxonomy ids the catalogue uses: through the taxonomy module when it is there,
 * else from the shipped files. Looked up on use, never at start-up.
 */
@Component
public class TaxonomyLookup {

	private final ObjectProvider<Taxonomy> taxonomy;

	TaxonomyLookup(ObjectProvider<Taxonomy> taxonomy) {
		this.taxonomy = taxonomy;
	}

	public boolean isSkill(String id) {
		Taxonomy t = taxonomy.getIfAvailable();
		if (t != null) {
			return t.concept(id).filter(c -> c.type() == ConceptType.SKILL).isPresent();
		}
		return ShippedTaxonomy.get().skills().containsKey(id);
	}

	public boolean isOccupation(String id) {
		Taxonomy t = taxonomy.getIfAvailable();
		if (t != null) {
			return t.concept(id).filter(c -> c.type() == ConceptType.OCCUPATION_NAME).isPresent();
		}
		return ShippedTaxonomy.get().occupations().containsKey(id);
	}

	public boolean isMunicipality(String code) {
		return municipalityName(code) != null;
	}

	public @Nullable String municipalityName(String code) {
		Taxonomy t = taxonomy.getIfAvailable();
		if (t != null) {
			return t.municipality(code).map(Municipality::name).orElse(null);
		}
		return ShippedTaxonomy.get().municipalities().get(code);
	}

	/** Labels by id, in the order given; unknown ids label themselves. */
	public Map<String, String> labels(Collection<String> ids) {
		Map<String, String> result = new LinkedHashMap<>();
		Taxonomy t = taxonomy.getIfAvailable();
		Map<String, Concept> concepts = t == null ? Map.of() : t.concepts(ids);
		ShippedTaxonomy shipped = t == null ? ShippedTaxonomy.get() : null;
		for (String id : ids) {
			String label = null;
			if (concepts.containsKey(id)) {
				label = concepts.get(id).label();
			}
			else if (shipped != null) {
				label = shipped.skills().getOrDefault(id, shipped.occupations().get(id));
			}
			result.put(id, label == null ? id : label);
		}
		return result;
	}

	public String label(String id) {
		return labels(java.util.List.of(id)).get(id);
	}

	/** Municipality names by kommunkod, sorted by name. */
	public Map<String, String> municipalities() {
		Map<String, String> all = new java.util.HashMap<>();
		Taxonomy t = taxonomy.getIfAvailable();
		if (t != null) {
			t.municipalities().forEach(m -> all.put(m.code(), m.name()));
		}
		else {
			all.putAll(ShippedTaxonomy.get().municipalities());
		}
		Map<String, String> sorted = new LinkedHashMap<>();
		all.entrySet().stream().sorted(Map.Entry.comparingByValue(java.text.Collator.getInstance(
				java.util.Locale.forLanguageTag("sv")))).forEach(e -> sorted.put(e.getKey(), e.getValue()));
		return sorted;
	}

	/**
	 * A simple label search over skills or occupation names (words starting with the query's words), for the
	 * autocomplete when the taxonomy's own search is not there; best first: label starts with the query, then
	 * shorter labels.
	 */
	public java.util.List<Term> searchTerms(String query, String type, int limit) {
		String q = query.trim().toLowerCase(java.util.Locale.ROOT);
		if (q.isEmpty()) {
			return java.util.List.of();
		}
		Map<String, String> source;
		Taxonomy t = taxonomy.getIfAvailable();
		ConceptType conceptType = "occupation-name".equals(type) ? ConceptType.OCCUPATION_NAME : ConceptType.SKILL;
		if (t != null) {
			source = new LinkedHashMap<>();
			for (Concept c : t.byType(conceptType)) {
				source.put(c.id(), c.label());
			}
		}
		else {
			source = conceptType == ConceptType.SKILL ? ShippedTaxonomy.get().skills()
					: ShippedTaxonomy.get().occupations();
		}
		String[] words = q.split("\\s+");
		return source.entrySet().stream().filter(e -> {
			String label = e.getValue().toLowerCase(java.util.Locale.ROOT);
			for (String w : words) {
				if (!label.startsWith(w) && !label.contains(" " + w) && !label.contains("/" + w)
						&& !label.contains("-" + w)) {
					return false;
				}
			}
			return true;
		}).sorted(java.util.Comparator.comparing((Map.Entry<String, String> e) -> !e.getValue()
			.toLowerCase(java.util.Locale.ROOT).startsWith(q)).thenComparing(e -> e.getValue().length()))
			.limit(limit).map(e -> new Term(e.getKey(), conceptType.jobtechName(), e.getValue())).toList();
	}

	/** One autocomplete suggestion, shaped like the taxonomy API's search hits. */
	public record Term(String id, String type, String label) {
	}
}
