package se.kompetensnav.network;

import org.jspecify.annotations.Nullable;

/**
 * Results of one cohort or one provider.
 *
 * @param key the cohort's or provider's id
 * @param started members who took part in the course
 * @param completed members who completed it
 * @param known completed members whose situation 90 days after is recorded
 * @param employed of those, in work 90 days after
 * @param share employed / known, or null when nothing is known yet
 */
public record CohortResult(long key, String name, int started, int completed, int known, int employed,
		@Nullable Double share) {

	static CohortResult of(long key, String name, int started, int completed, int known, int employed) {
		return new CohortResult(key, name, started, completed, known, employed,
				known == 0 ? null : (double) employed / known);
	}
}
