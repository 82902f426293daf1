package se.kompetensnav.taxonomy.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import se.kompetensnav.taxonomy.Concept;
import se.kompetensnav.taxonomy.ConceptType;
import se.kompetensnav.taxonomy.Municipality;
import se.kompetensnav.taxonomy.TaxonomyVersion;
import se.kompetensnav.taxonomy.internal.TaxonomyData.AltLabel;
import se.kompetensnav.taxonomy.internal.TaxonomyData.Membership;
import se.kompetensnav.taxonomy.internal.TaxonomyData.MunicipalityRow;
import se.kompetensnav.taxonomy.internal.TaxonomyData.Neighbour;
import se.kompetensnav.taxonomy.internal.TaxonomyData.Population;
import se.kompetensnav.taxonomy.internal.TaxonomyData.Relation;

/** The whole taxonomy in memory, immutable once built; replaced as a whole after an import. */
final class TaxonomySnapshot {

	static final Comparator<Concept> BY_CODE_THEN_LABEL = Comparator
		.comparing((Concept c) -> c.code() == null ? "" : c.code())
		.thenComparing(Concept::label, String.CASE_INSENSITIVE_ORDER);

	final Map<String, Concept> byId = new HashMap<>();

	final Map<ConceptType, List<Concept>> byType = new EnumMap<>(ConceptType.class);

	final Map<String, String> parentOf = new HashMap<>();

	final Map<String, List<Concept>> children = new HashMap<>();

	/** Relations from a concept (SSYK-4 → skills, SSYK-4 → ISCO-4). */
	final Map<String, List<Concept>> relatedFrom = new HashMap<>();

	/** Relations to a concept (skill → SSYK-4 groups, ISCO-4 → SSYK-4 groups). */
	final Map<String, List<Concept>> relatedTo = new HashMap<>();

	final Map<String, List<String>> altLabels = new HashMap<>();

	final Map<String, String> englishLabels = new HashMap<>();

	final Map<String, Set<String>> collections = new HashMap<>();

	final List<Municipality> municipalities = new ArrayList<>();

	final Map<String, Municipality> municipalityByCode = new HashMap<>();

	final Map<String, Set<String>> neighbours = new HashMap<>();

	final Map<String, Map<Integer, Integer>> population = new HashMap<>();

	final @Nullable TaxonomyVersion version;

	/** Built in the background: the maps above serve at once, a search waits for the index only when it is needed. */
	private final java.util.concurrent.CompletableFuture<TaxonomySearch> search;

	TaxonomySnapshot(TaxonomyStore store, @Nullable TaxonomyVersion version) {
		this.version = version;
		store.eachConcept((row, deprecated) -> {
			ConceptType type = ConceptType.fromJobtechName(row.type()).orElse(null);
			if (type == null) {
				return;
			}
			Concept c = new Concept(row.id(), type, row.label(), row.code(), row.ssyk4(), deprecated);
			byId.put(c.id(), c);
			if (row.parentId() != null) {
				parentOf.put(c.id(), row.parentId());
			}
			if (row.labelEn() != null) {
				englishLabels.put(c.id(), row.labelEn());
			}
		});
		List<Concept> live = byId.values().stream().filter(c -> !c.deprecated()).toList();
		for (Concept c : live) {
			byType.computeIfAbsent(c.type(), t -> new ArrayList<>()).add(c);
			String parent = parentOf.get(c.id());
			if (parent != null) {
				children.computeIfAbsent(parent, p -> new ArrayList<>()).add(c);
			}
		}
		byType.values().forEach(list -> list.sort(BY_CODE_THEN_LABEL));
		children.values().forEach(list -> list.sort(BY_CODE_THEN_LABEL));
		for (Relation r : store.relations()) {
			Concept from = byId.get(r.fromId());
			Concept to = byId.get(r.toId());
			if (from != null && to != null) {
				relatedFrom.computeIfAbsent(from.id(), k -> new ArrayList<>()).add(to);
				relatedTo.computeIfAbsent(to.id(), k -> new ArrayList<>()).add(from);
			}
		}
		relatedFrom.values().forEach(list -> list.sort(BY_CODE_THEN_LABEL));
		relatedTo.values().forEach(list -> list.sort(BY_CODE_THEN_LABEL));
		for (AltLabel a : store.altLabels()) {
			altLabels.computeIfAbsent(a.conceptId(), k -> new ArrayList<>()).add(a.label());
		}
		for (Membership m : store.memberships()) {
			collections.computeIfAbsent(m.conceptId(), k -> new LinkedHashSet<>()).add(m.collection());
		}
		Map<String, String> countyNames = new HashMap<>();
		for (Concept county : byType.getOrDefault(ConceptType.COUNTY, List.of())) {
			countyNames.put(county.code(), county.label());
		}
		for (MunicipalityRow m : store.municipalities()) {
			Municipality municipality = new Municipality(m.code(), m.name(), m.countyCode(),
					countyNames.getOrDefault(m.countyCode(), m.countyCode()), m.conceptId(), m.lat(), m.lon());
			municipalities.add(municipality);
			municipalityByCode.put(m.code(), municipality);
		}
		for (Neighbour n : store.neighbours()) {
			neighbours.computeIfAbsent(n.code(), k -> new java.util.TreeSet<>()).add(n.neighbourCode());
		}
		for (Population p : store.population()) {
			population.computeIfAbsent(p.code(), k -> new TreeMap<>()).put(p.year(), p.population());
		}
		java.util.concurrent.CompletableFuture<TaxonomySearch> future = new java.util.concurrent.CompletableFuture<>();
		Thread.ofPlatform().daemon().name("taxonomy-index").start(() -> {
			try {
				future.complete(TaxonomySearch.build(live, id -> altLabels.getOrDefault(id, List.of()),
						c -> c.type() == ConceptType.ESCO_SKILL));
			}
			catch (RuntimeException | Error e) {
				future.completeExceptionally(e);
			}
		});
		search = future;
	}

	TaxonomySearch search() {
		return search.join();
	}

	@Nullable Concept parent(String id) {
		String parent = parentOf.get(id);
		return parent == null ? null : byId.get(parent);
	}
}
