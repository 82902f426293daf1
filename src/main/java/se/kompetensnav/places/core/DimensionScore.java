package se.kompetensnav.places.core;

import org.jspecify.annotations.Nullable;

/**
 * A dimension's standing, all on the 1-7 scale.
 *
 * @param survey mean of all answers, or null when nobody answered
 * @param municipality mean of the municipality's respondents
 * @param industry mean of the industry's respondents
 * @param spread standard deviation of the answers (0 with fewer than two)
 * @param indicator the data indicators' score against the comparison group, or null without data
 * @param combined the survey and the indicators weighted together: what is compared with the reference
 * @param reference what similar municipalities score (or the framework's target when too few have been assessed)
 */
public record DimensionScore(String key, @Nullable Double survey, @Nullable Double municipality,
		@Nullable Double industry, int answers, double spread, @Nullable Double indicator, double combined,
		double reference) {

	/** How far below the reference, 0 when at or above it. */
	public double gap() {
		return Math.max(0, reference - combined);
	}

	/** Industry minus municipality (negative: the industry rates the dimension lower), null unless both answered. */
	public @Nullable Double disagreement() {
		return municipality == null || industry == null ? null : industry - municipality;
	}

	public boolean strong() {
		return combined >= reference;
	}
}
