package se.kompetensnav.education;

import org.jspecify.annotations.Nullable;

/**
 * A catalogue search; null or blank criteria do not filter.
 *
 * @param text free text, analysed as Swedish (title, description, provider, skill and occupation labels)
 * @param skillId courses that teach this taxonomy skill
 * @param occupationId courses that aim at this occupation name
 * @param municipalityCode courses given in this municipality (distance courses match every municipality)
 * @param startWithinWeeks courses with a start from today within this many weeks
 * @param mode on site or distance; mixed courses match both
 * @param shortOnly only short courses for rapid staffing
 * @param providerId one provider's courses
 */
public record CourseQuery(@Nullable String text, @Nullable String skillId, @Nullable String occupationId,
		@Nullable String municipalityCode, @Nullable Integer startWithinWeeks, @Nullable CourseMode mode,
		boolean shortOnly, @Nullable Long providerId) {

	public static CourseQuery all() {
		return new CourseQuery(null, null, null, null, null, null, false, null);
	}

	public static CourseQuery bySkill(String skillId) {
		return new CourseQuery(null, skillId, null, null, null, null, false, null);
	}
}
