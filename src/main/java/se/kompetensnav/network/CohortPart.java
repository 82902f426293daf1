package se.kompetensnav.network;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One party's part of a cohort. A provider part is one course with its dates and seats and the gap skills it is
 * chosen for.
 *
 * @param unitId the organisational unit that answers for it (null for the consultants' part: any consultant)
 */
public record CohortPart(long id, long cohortId, Party party, @Nullable Long unitId, @Nullable Long providerId,
		@Nullable Long courseId, @Nullable String courseTitle, @Nullable LocalDate courseStart,
		@Nullable LocalDate courseEnd, @Nullable Integer seats, List<String> skills, PartStatus status, String note) {

	public CohortPart {
		skills = List.copyOf(skills);
	}
}
