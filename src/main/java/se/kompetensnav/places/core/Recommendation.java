package se.kompetensnav.places.core;

import java.util.List;

/**
 * A ranked action with the reasons for its rank.
 *
 * @param priority sum over addressed dimensions of relevance × weighted gap, times effect/3 × feasibility
 * @param contributions per addressed dimension with a gap, largest first: what the explanation is made of
 */
public record Recommendation(int rank, ActionDefinition action, double priority, List<Contribution> contributions) {

	/**
	 * @param gap reference minus combined score (scale points)
	 * @param weightedGap the gap weighted up when the industry rates the dimension clearly lower than the municipality
	 * @param industryLower the industry rates the dimension at least the disagreement threshold lower
	 */
	public record Contribution(DimensionScore dimension, double relevance, double gap, double weightedGap,
			boolean industryLower, double share) {
	}
}
