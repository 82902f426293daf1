package se.kompetensnav.education;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A course in the catalogue.
 *
 * @param ref the provider's own course code, unique per provider (imports match on it)
 * @param skillIds taxonomy skill concept ids the course teaches
 * @param occupationIds taxonomy occupation-name concept ids the course prepares for
 * @param sunLevel SUN 2020 level code (e.g. {@code 5} for post-secondary), if given
 * @param sunField SUN 2020 field code (e.g. {@code 522} electrical engineering), if given
 * @param pace study pace in percent of full time
 * @param municipalityCode kommunkod where it is given (for distance courses: the provider's)
 * @param cost the participant's cost in SEK (0 for most public education)
 * @param swedishLevel entry requirement in Swedish, e.g. "SFI D" or "Svenska 2", if any
 * @param priorCourses other entry requirements, e.g. prior courses
 * @param language language of instruction, ISO 639-1 ({@code sv}, {@code en})
 * @param shortCourse a short course for rapid staffing (a few weeks, leads straight to work)
 */
public record Course(long id, long providerId, String providerName, String ref, String title, String description,
		List<String> skillIds, List<String> occupationIds, @Nullable String sunLevel, @Nullable String sunField,
		int weeks, int hours, int pace, CourseMode mode, String municipalityCode, List<CourseStart> starts,
		BigDecimal cost, @Nullable String swedishLevel, @Nullable String priorCourses, String language,
		boolean shortCourse, boolean demo) {

	public Course {
		skillIds = List.copyOf(skillIds);
		occupationIds = List.copyOf(occupationIds);
		starts = List.copyOf(starts);
	}

	/** The first start on or after {@code from}, if any. */
	public @Nullable CourseStart nextStart(LocalDate from) {
		return starts.stream().filter(s -> !s.date().isBefore(from)).min(java.util.Comparator.comparing(
				CourseStart::date)).orElse(null);
	}
}
