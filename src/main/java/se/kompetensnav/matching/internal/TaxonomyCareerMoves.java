package se.kompetensnav.matching.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import se.kompetensnav.common.NotFoundException;
import se.kompetensnav.matching.CareerMoves;
import se.kompetensnav.matching.core.RelatedOccupations;
import se.kompetensnav.taxonomy.Concept;
import se.kompetensnav.taxonomy.ConceptType;
import se.kompetensnav.taxonomy.Taxonomy;

/**
 * Career moves over the taxonomy module's API when it is there; otherwise over the shipped data files, which hold
 * the same taxonomy version. The model is built once, on first use.
 */
@Service
class TaxonomyCareerMoves implements CareerMoves {

	private final ObjectProvider<Taxonomy> taxonomy;
	private volatile Model model;

	TaxonomyCareerMoves(ObjectProvider<Taxonomy> taxonomy) {
		this.taxonomy = taxonomy;
	}

	private record Model(RelatedOccupations related, Map<String, String> groupOfName,
			Map<String, List<String>> namesOfGroup, Map<String, String> labels) {
	}

	@Override
	public List<RelatedOccupation> related(String occupationNameId, int limit) {
		Model m = model();
		if (!m.groupOfName.containsKey(occupationNameId)) {
			throw new NotFoundException("occupation", occupationNameId);
		}
		return m.related.forOccupation(occupationNameId, limit, m.groupOfName, m.namesOfGroup, m.labels)
			.stream()
			.map(r -> new RelatedOccupation(r.id(), r.label(), r.score(), r.shared(), r.missing()))
			.toList();
	}

	private Model model() {
		Model m = model;
		if (m == null) {
			synchronized (this) {
				m = model;
				if (m == null) {
					Taxonomy t = taxonomy.getIfAvailable();
					m = t != null ? fromTaxonomy(t) : fromFiles();
					model = m;
				}
			}
		}
		return m;
	}

	private static Model fromTaxonomy(Taxonomy t) {
		Map<String, Set<String>> skills = new HashMap<>();
		Map<String, String> groupOfName = new HashMap<>();
		Map<String, List<String>> namesOfGroup = new HashMap<>();
		Map<String, String> labels = new HashMap<>();
		for (Concept g : t.byType(ConceptType.SSYK_LEVEL_4)) {
			Set<String> ss = new TreeSet<>();
			t.skillsOf(g.id()).forEach(s -> ss.add(s.id()));
			skills.put(g.id(), ss);
			List<String> names = t.occupationNamesOf(g.id()).stream().filter(c -> !c.deprecated()).map(c -> {
				groupOfName.put(c.id(), g.id());
				labels.put(c.id(), c.label());
				return c.id();
			}).toList();
			namesOfGroup.put(g.id(), names);
		}
		return new Model(new RelatedOccupations(skills), groupOfName, namesOfGroup, labels);
	}

	private static Model fromFiles() {
		TaxonomyFiles f = TaxonomyFiles.load();
		return new Model(f.related, f.codeByName, f.namesByCode, f.labels);
	}
}
