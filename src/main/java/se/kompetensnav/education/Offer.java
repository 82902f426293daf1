package se.kompetensnav.education;

import java.util.List;
import java.util.Set;

/**
 * What the matching engine needs of a course or a validation offer: a way to gain (or have recognised) skills.
 *
 * @param id {@code course-<id>} or {@code validation-<id>}
 * @param sourceId the course's or validation offer's own id
 * @param skillIds taxonomy skill ids taught or validated
 * @param weeks length in weeks (validation: the steps' days rounded up to weeks)
 * @param starts start dates with seats; empty for validation offers, which take people continuously
 */
public record Offer(String id, Kind kind, long sourceId, String title, Set<String> skillIds, int weeks,
		List<CourseStart> starts, String municipalityCode, CourseMode mode, boolean shortCourse) {

	public Offer {
		skillIds = Set.copyOf(skillIds);
		starts = List.copyOf(starts);
	}

	public enum Kind {
		COURSE, VALIDATION
	}
}
