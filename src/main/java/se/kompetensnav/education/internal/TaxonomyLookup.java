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
}
