package se.kompetensnav.taxonomy;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Read access to the taxonomy mirror. Everything here is open data: no personal data, no audit.
 * Lookups are served from memory and are cheap.
 */
public interface Taxonomy {

	Optional<Concept> concept(String id);

	/** The concepts among {@code ids} that exist, by id. */
	Map<String, Concept> concepts(Collection<String> ids);

	List<Concept> byType(ConceptType type);

	/** The SSYK-4 group of an occupation name (or the group itself when given an SSYK-4 id). */
	Optional<Concept> ssyk4Of(String occupationId);

	/** The skills of an occupation's SSYK-4 group (occupation name or SSYK-4 id). */
	List<Concept> skillsOf(String occupationId);

	/** Occupation names in an SSYK-4 group. */
	List<Concept> occupationNamesOf(String ssyk4Id);

	/** Search labels and alternative labels with Swedish analysis, tolerant of typos; best first. */
	List<SearchHit> search(String query, @Nullable ConceptType type, int limit);

	List<Municipality> municipalities();

	Optional<Municipality> municipality(String kommunkod);

	/** Kommunkoder of the municipalities that border this one. */
	Set<String> neighbours(String kommunkod);

	/** The concept one level up (SSYK group of an occupation name, parent level in SSYK, SUN, SNI, key competences). */
	default Optional<Concept> broader(String id) {
		return Optional.empty();
	}

	/** The concepts one level down. */
	default List<Concept> narrower(String id) {
		return List.of();
	}

	/**
	 * Related concepts across hierarchies: for an SSYK-4 group its skills and ISCO-4 groups; for a skill the SSYK-4
	 * groups that need it; for an ISCO-4 group its SSYK-4 groups.
	 */
	default List<Concept> related(String id) {
		return List.of();
	}

	/** The SSYK-4 groups whose occupations need this skill. */
	default List<Concept> occupationGroupsNeeding(String skillId) {
		return List.of();
	}

	/** Alternative labels (ESCO alternative labels, JobTech search keywords). */
	default List<String> alternativeLabels(String id) {
		return List.of();
	}

	/** The English label where the source has one (key competences, ESCO), else the Swedish label. */
	default Optional<String> englishLabel(String id) {
		return Optional.empty();
	}

	/** The ESCO collections (green, digital, transversal) an ESCO skill belongs to. */
	default Set<String> collections(String id) {
		return Set.of();
	}

	/** Population on 31 December by year (1950-2019, SCB) of a municipality. */
	default Map<Integer, Integer> population(String kommunkod) {
		return Map.of();
	}

	/** The version currently loaded. */
	default Optional<TaxonomyVersion> currentVersion() {
		return Optional.empty();
	}
}
