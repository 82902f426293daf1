package se.kompetensnav.matching;

import java.util.List;

/**
 * Related occupations (career moves) computed from the taxonomy's skill profiles of SSYK-4 groups. Open data.
 */
public interface CareerMoves {

	/**
	 * The occupations a person with this occupation could move to, best first: first the other occupation names of
	 * its own SSYK-4 group (score 1), then those of the most similar groups (rarity-weighted cosine of skill
	 * profiles).
	 *
	 * @throws se.kompetensnav.common.NotFoundException when the occupation name is unknown
	 */
	List<RelatedOccupation> related(String occupationNameId, int limit);

	/**
	 * A related occupation.
	 *
	 * @param shared skill ids the two occupations' groups share
	 * @param missing skill ids of the target's group that the origin's group lacks: the skills to add
	 */
	record RelatedOccupation(String id, String label, double score, List<String> shared, List<String> missing) {
	}
}
