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
 */
public record AssessmentReport(Assessment assessment, List<String> comparisonGroup, int assessedInGroup,
		boolean referenceFromGroup, Map<String, DimensionScore> scores, RecommendationEngine.Result recommendations,
		List<PlanItem> plan) {

	public record PlanItem(long id, String actionKey, String owner, java.time.@org.jspecify.annotations.Nullable LocalDate start,
			java.time.@org.jspecify.annotations.Nullable LocalDate end, String status) {
	}
}
