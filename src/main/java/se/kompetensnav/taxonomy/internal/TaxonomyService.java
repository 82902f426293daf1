package se.kompetensnav.taxonomy.internal;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import se.kompetensnav.taxonomy.Concept;
import se.kompetensnav.taxonomy.ConceptType;
import se.kompetensnav.taxonomy.ImportResult;
import se.kompetensnav.taxonomy.Municipality;
import se.kompetensnav.taxonomy.MunicipalityBorders;
import se.kompetensnav.taxonomy.SearchHit;
import se.kompetensnav.taxonomy.Taxonomy;
import se.kompetensnav.taxonomy.TaxonomyImports;
import se.kompetensnav.taxonomy.TaxonomyVersion;

/** The taxonomy served from memory, and its imports. */
@Service
class TaxonomyService implements Taxonomy, TaxonomyImports, MunicipalityBorders {

	private static final Logger log = LoggerFactory.getLogger(TaxonomyService.class);

	private final TaxonomyStore store;

	private volatile @Nullable TaxonomySnapshot snapshot;

	TaxonomyService(TaxonomyStore store) {
		this.store = store;
	}

	// ---- imports

	@Override
	public ImportResult importShipped() {
		return importFiles(TaxonomyFiles.shipped());
	}

	@Override
	public ImportResult importFrom(Path directory) {
		return importFiles(TaxonomyFiles.directory(directory));
	}

	@Override
	public List<TaxonomyVersion> versions() {
		return store.versions();
	}

	synchronized ImportResult importFiles(TaxonomyFiles files) {
		long start = System.nanoTime();
		Optional<TaxonomyVersion> current = store.currentVersion();
		String checksum = TaxonomyParser.overallChecksum(TaxonomyParser.checksums(files));
		if (current.isPresent() && current.get().checksum().equals(checksum)) {
			if (snapshot == null) {
				reload();
			}
			log.info("Taxonomy {} is current (checksum {}), loaded in {} ms", current.get().id(),
					checksum.substring(0, 12), (System.nanoTime() - start) / 1_000_000);
			return new ImportResult(true, current.get());
		}
		TaxonomyData data = TaxonomyParser.parse(files);
		TaxonomyVersion version = store.write(data, files.description());
		reload();
		log.info("Taxonomy imported from {}: {} concepts, {} added, {} changed, {} deprecated, in {} ms",
				version.source(), version.concepts(), version.added(), version.changed(), version.deprecated(),
				(System.nanoTime() - start) / 1_000_000);
		return new ImportResult(false, version);
	}

	/** Loads the in-memory model and the search index from the database. */
	void reload() {
		snapshot = new TaxonomySnapshot(store, store.currentVersion().orElse(null));
		allBorders = null;
	}

	private TaxonomySnapshot data() {
		TaxonomySnapshot s = snapshot;
		if (s == null) {
			synchronized (this) {
				if (snapshot == null) {
					reload();
				}
				return Objects.requireNonNull(snapshot);
			}
		}
		return s;
	}

	// ---- Taxonomy

	@Override
	public Optional<Concept> concept(String id) {
		return Optional.ofNullable(data().byId.get(id));
	}

	@Override
	public Map<String, Concept> concepts(Collection<String> ids) {
		TaxonomySnapshot s = data();
		Map<String, Concept> result = new LinkedHashMap<>();
		for (String id : ids) {
			Concept c = s.byId.get(id);
			if (c != null) {
				result.put(id, c);
			}
		}
		return result;
	}

	@Override
	public List<Concept> byType(ConceptType type) {
		return Collections.unmodifiableList(data().byType.getOrDefault(type, List.of()));
	}

	@Override
	public Optional<Concept> ssyk4Of(String occupationId) {
		TaxonomySnapshot s = data();
		Concept c = s.byId.get(occupationId);
		if (c == null) {
			return Optional.empty();
		}
		if (c.type() == ConceptType.SSYK_LEVEL_4) {
			return Optional.of(c);
		}
		if (c.type() == ConceptType.OCCUPATION_NAME) {
			Concept parent = s.parent(occupationId);
			return Optional.ofNullable(parent);
		}
		return Optional.empty();
	}

	@Override
	public List<Concept> skillsOf(String occupationId) {
		TaxonomySnapshot s = data();
		return ssyk4Of(occupationId).map(group -> s.relatedFrom.getOrDefault(group.id(), List.of()).stream()
			.filter(c -> c.type() == ConceptType.SKILL)
			.toList()).orElse(List.of());
	}

	@Override
	public List<Concept> occupationNamesOf(String ssyk4Id) {
		return data().children.getOrDefault(ssyk4Id, List.of()).stream()
			.filter(c -> c.type() == ConceptType.OCCUPATION_NAME)
			.toList();
	}

	@Override
	public List<SearchHit> search(String query, @Nullable ConceptType type, int limit) {
		return data().search().search(query, type, limit);
	}

	/** The benchmark's baseline: exact words only. */
	List<SearchHit> searchExactWords(String query, int limit) {
		return data().search().exactWords(query, limit);
	}

	@Override
	public List<Municipality> municipalities() {
		return Collections.unmodifiableList(data().municipalities);
	}

	@Override
	public Optional<Municipality> municipality(String kommunkod) {
		return Optional.ofNullable(data().municipalityByCode.get(kommunkod));
	}

	@Override
	public Set<String> neighbours(String kommunkod) {
		return Collections.unmodifiableSet(data().neighbours.getOrDefault(kommunkod, Set.of()));
	}

	@Override
	public Optional<Concept> broader(String id) {
		return Optional.ofNullable(data().parent(id));
	}

	@Override
	public List<Concept> narrower(String id) {
		return Collections.unmodifiableList(data().children.getOrDefault(id, List.of()));
	}

	@Override
	public List<Concept> related(String id) {
		TaxonomySnapshot s = data();
		List<Concept> from = s.relatedFrom.getOrDefault(id, List.of());
		List<Concept> to = s.relatedTo.getOrDefault(id, List.of());
		if (to.isEmpty()) {
			return Collections.unmodifiableList(from);
		}
		if (from.isEmpty()) {
			return Collections.unmodifiableList(to);
		}
		return java.util.stream.Stream.concat(from.stream(), to.stream()).distinct().toList();
	}

	@Override
	public List<Concept> occupationGroupsNeeding(String skillId) {
		return data().relatedTo.getOrDefault(skillId, List.of()).stream()
			.filter(c -> c.type() == ConceptType.SSYK_LEVEL_4)
			.toList();
	}

	@Override
	public List<String> alternativeLabels(String id) {
		return Collections.unmodifiableList(data().altLabels.getOrDefault(id, List.of()));
	}

	@Override
	public Optional<String> englishLabel(String id) {
		return Optional.ofNullable(data().englishLabels.get(id));
	}

	@Override
	public Set<String> collections(String id) {
		return Collections.unmodifiableSet(data().collections.getOrDefault(id, Set.of()));
	}

	@Override
	public Map<Integer, Integer> population(String kommunkod) {
		return Collections.unmodifiableMap(data().population.getOrDefault(kommunkod, Map.of()));
	}

	@Override
	public Optional<TaxonomyVersion> currentVersion() {
		return Optional.ofNullable(data().version);
	}

	@Override
	public Optional<String> border(String kommunkod) {
		return store.border(kommunkod);
	}

	private volatile @Nullable String allBorders;

	@Override
	public String all() {
		String all = allBorders;
		if (all == null) {
			all = "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", store.borders()) + "]}";
			allBorders = all;
		}
		return all;
	}

	Optional<String> definition(String id) {
		return store.definition(id);
	}
}
