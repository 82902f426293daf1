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
}
