package se.kompetensnav.places;

import java.util.List;
import java.util.Map;

import se.kompetensnav.places.core.DimensionScore;
import se.kompetensnav.places.core.RecommendationEngine;

/**
 * An assessment's summary by dimension and its ranked actions.
 *
 * @param comparisonGroup the kommunkoder the place is compared with
 * @param assessedInGroup how many of them have an assessment of their own
 * @param referenceFromGroup whether the survey reference is the group's mean (else the framework's targets)
 * @param previous the same municipality's assessment before this one, if any: a re-assessment shows the change
 */
public record AssessmentReport(Assessment assessment, List<String> comparisonGroup, int assessedInGroup,
		boolean referenceFromGroup, Map<String, DimensionScore> scores, RecommendationEngine.Result recommendations,
		List<PlanItem> plan, java.util.Optional<Previous> previous) {

	/** An earlier assessment's combined scores by dimension. */
	public record Previous(long id, String title, Map<String, Double> combined) {
	}

	/** The change in a dimension's combined score since the previous assessment, or null. */
	public @org.jspecify.annotations.Nullable Double change(String dimension) {
		if (previous.isEmpty()) {
			return null;
		}
		Double before = previous.get().combined().get(dimension);
		DimensionScore now = scores.get(dimension);
		return before == null || now == null || now.survey() == null ? null : now.combined() - before;
	}

	public record PlanItem(long id, String actionKey, String owner, java.time.@org.jspecify.annotations.Nullable LocalDate start,
			java.time.@org.jspecify.annotations.Nullable LocalDate end, String status) {
	}
}
