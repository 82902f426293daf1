package se.kompetensnav.education.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import se.kompetensnav.education.Course;
import se.kompetensnav.education.CourseMode;
import se.kompetensnav.education.CourseStart;
import se.kompetensnav.education.ValidationOffer;
import se.kompetensnav.education.ValidationStep;

/**
 * The catalogue as one JSON document (documented in docs/education.md): courses and validation offers, each naming
 * its provider by the provider unit's code. The same document is exported and imported.
 */
public record CatalogueDocument(@Nullable String format, @Nullable Integer version, @Nullable List<CourseItem> courses,
		@Nullable List<ValidationItem> validations) {

	public static final String FORMAT = "kompetensnav-education-catalogue";

	public record CourseItem(@Nullable String provider, @Nullable String ref, @Nullable String title,
			@Nullable String description, @Nullable List<String> skills, @Nullable List<String> occupations,
			@Nullable String sunLevel, @Nullable String sunField, @Nullable Integer weeks, @Nullable Integer hours,
			@Nullable Integer pace, @Nullable CourseMode mode, @Nullable String municipality,
			@Nullable List<CourseStart> starts, @Nullable BigDecimal cost, @Nullable String swedishLevel,
			@Nullable String priorCourses, @Nullable String language, @Nullable Boolean shortCourse) {

		CourseDraft draft() {
			return new CourseDraft(nz(ref), nz(title), description, orEmpty(skills), orEmpty(occupations), sunLevel,
					sunField, zero(weeks), zero(hours), zero(pace), mode, nz(municipality), orEmpty(starts),
					cost == null ? BigDecimal.ZERO : cost, swedishLevel, priorCourses, language == null ? "sv" : language,
					Boolean.TRUE.equals(shortCourse));
		}

		static CourseItem of(Course c, String providerCode) {
			return new CourseItem(providerCode, c.ref(), c.title(), c.description(), c.skillIds(), c.occupationIds(),
					c.sunLevel(), c.sunField(), c.weeks(), c.hours(), c.pace(), c.mode(), c.municipalityCode(),
					c.starts(), c.cost(), c.swedishLevel(), c.priorCourses(), c.language(), c.shortCourse());
		}
	}

	public record ValidationItem(@Nullable String provider, @Nullable String ref, @Nullable String title,
			@Nullable String profile, @Nullable String occupation, @Nullable List<String> skills,
			@Nullable List<ValidationStep> steps, @Nullable String document, @Nullable String municipality,
			@Nullable CourseMode mode, @Nullable BigDecimal cost) {

		ValidationDraft draft() {
			return new ValidationDraft(nz(ref), nz(title), nz(profile), occupation, orEmpty(skills), orEmpty(steps),
					nz(document), nz(municipality), mode, cost == null ? BigDecimal.ZERO : cost);
		}

		static ValidationItem of(ValidationOffer v, String providerCode) {
			return new ValidationItem(providerCode, v.ref(), v.title(), v.profile(), v.occupationId(), v.skillIds(),
					v.steps(), v.document(), v.municipalityCode(), v.mode(), v.cost());
		}
	}

	static CatalogueDocument of(List<Course> courses, List<ValidationOffer> validations,
			Function<Long, String> providerCodes) {
		return new CatalogueDocument(FORMAT, 1,
				courses.stream().map(c -> CourseItem.of(c, providerCodes.apply(c.providerId()))).toList(),
				validations.stream().map(v -> ValidationItem.of(v, providerCodes.apply(v.providerId()))).toList());
	}

	List<ImportRow<CourseDraft>> courseRows() {
		List<ImportRow<CourseDraft>> rows = new ArrayList<>();
		int i = 0;
		for (CourseItem c : courses == null ? List.<CourseItem>of() : courses) {
			rows.add(new ImportRow<>(++i, nz(c.provider()), c.draft()));
		}
		return rows;
	}

	List<ImportRow<ValidationDraft>> validationRows() {
		List<ImportRow<ValidationDraft>> rows = new ArrayList<>();
		int i = 0;
		for (ValidationItem v : validations == null ? List.<ValidationItem>of() : validations) {
			rows.add(new ImportRow<>(++i, nz(v.provider()), v.draft()));
		}
		return rows;
	}

	private static String nz(@Nullable String s) {
		return s == null ? "" : s;
	}

	private static int zero(@Nullable Integer i) {
		return i == null ? 0 : i;
	}

	private static <T> List<T> orEmpty(@Nullable List<T> list) {
		return list == null ? List.of() : list;
	}
}
