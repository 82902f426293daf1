package se.kompetensnav.education.internal;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

import se.kompetensnav.education.CourseMode;
import se.kompetensnav.education.CourseStart;

/**
 * What a provider writes to create or change a course (form, API, one import row). Field names are the CSV column
 * names, so a validation error names the same column in every channel.
 */
public record CourseDraft(String ref, String title, @Nullable String description, List<String> skills,
		List<String> occupations, @Nullable String sunLevel, @Nullable String sunField, int weeks, int hours,
		int pace, @Nullable CourseMode mode, String municipality, List<CourseStart> starts, BigDecimal cost,
		@Nullable String swedishLevel, @Nullable String priorCourses, String language, boolean shortCourse) {

	public CourseDraft {
		skills = List.copyOf(skills);
		occupations = List.copyOf(occupations);
		starts = List.copyOf(starts);
	}
}
