package se.kompetensnav.education.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import se.kompetensnav.common.FieldError;
import se.kompetensnav.common.InvalidInputException;
import se.kompetensnav.education.Course;
import se.kompetensnav.education.CourseMode;
import se.kompetensnav.education.CourseStart;
import se.kompetensnav.education.internal.CourseDraft;

/** The course form as typed: text, turned into a {@link CourseDraft} with errors at the fields. */
public record CourseForm(@Nullable String ref, @Nullable String title, @Nullable String description,
		@Nullable List<String> skills, @Nullable List<String> occupations, @Nullable String sunLevel,
		@Nullable String sunField, @Nullable String weeks, @Nullable String hours, @Nullable String pace,
		@Nullable String mode, @Nullable String municipality, @Nullable List<String> startDate,
		@Nullable List<String> startSeats, @Nullable String cost, @Nullable String swedishLevel,
		@Nullable String priorCourses, @Nullable String language, @Nullable Boolean shortCourse) {

	/** Rows of start dates the form shows. */
	static final int START_ROWS = 4;

	static CourseForm empty(String municipality) {
		return new CourseForm("", "", "", List.of(), List.of(), "", "", "", "", "100", "ON_SITE", municipality,
				List.of(), List.of(), "0", "", "", "sv", false);
	}

	static CourseForm of(Course c) {
		return new CourseForm(c.ref(), c.title(), c.description(), c.skillIds(), c.occupationIds(), nz(c.sunLevel()),
				nz(c.sunField()), Integer.toString(c.weeks()), Integer.toString(c.hours()),
				Integer.toString(c.pace()), c.mode().name(), c.municipalityCode(),
				c.starts().stream().map(s -> s.date().toString()).toList(),
				c.starts().stream().map(s -> Integer.toString(s.seats())).toList(), c.cost().toPlainString(),
				nz(c.swedishLevel()), nz(c.priorCourses()), c.language(), c.shortCourse());
	}

	/** The start row at index i (date, seats), blank when there is none. */
	public String startDateAt(int i) {
		return startDate != null && i < startDate.size() ? startDate.get(i) : "";
	}

	public String startSeatsAt(int i) {
		return startSeats != null && i < startSeats.size() ? startSeats.get(i) : "";
	}

	public List<String> skillList() {
		return skills == null ? List.of() : skills.stream().filter(s -> !s.isBlank()).distinct().toList();
	}

	public List<String> occupationList() {
		return occupations == null ? List.of() : occupations.stream().filter(s -> !s.isBlank()).distinct().toList();
	}

	CourseDraft toDraft() {
		List<FieldError> errors = new ArrayList<>();
		int w = integer("weeks", weeks, errors);
		int h = integer("hours", hours, errors);
		int p = integer("pace", pace, errors);
		CourseMode m = null;
		if (mode != null && !mode.isBlank()) {
			try {
				m = CourseMode.valueOf(mode);
			}
			catch (IllegalArgumentException e) {
				errors.add(FieldError.of("mode", "validation.unknown", mode));
			}
		}
		List<CourseStart> starts = new ArrayList<>();
		for (int i = 0; i < START_ROWS; i++) {
			String d = startDateAt(i).trim();
			if (d.isEmpty()) {
				continue;
			}
			try {
				String s = startSeatsAt(i).trim();
				starts.add(new CourseStart(LocalDate.parse(d), s.isEmpty() ? 0 : Integer.parseInt(s)));
			}
			catch (DateTimeParseException e) {
				errors.add(FieldError.of("starts", "validation.date"));
			}
			catch (NumberFormatException e) {
				errors.add(FieldError.of("starts", "validation.number"));
			}
		}
		BigDecimal money = BigDecimal.ZERO;
		if (cost != null && !cost.isBlank()) {
			try {
				money = new BigDecimal(cost.trim().replace(',', '.').replace(" ", ""));
			}
			catch (NumberFormatException e) {
				errors.add(FieldError.of("cost", "validation.number"));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return new CourseDraft(nz(ref).trim(), nz(title).trim(), blankToNull(description), skillList(),
				occupationList(), blankToNull(sunLevel), blankToNull(sunField), w, h, p, m, nz(municipality), starts,
				money, blankToNull(swedishLevel), blankToNull(priorCourses), nz(language).trim(),
				Boolean.TRUE.equals(shortCourse));
	}

	private static int integer(String field, @Nullable String value, List<FieldError> errors) {
		if (value == null || value.isBlank()) {
			errors.add(FieldError.of(field, "validation.required"));
			return 0;
		}
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException e) {
			errors.add(FieldError.of(field, "validation.number"));
			return 0;
		}
	}

	private static String nz(@Nullable String s) {
		return s == null ? "" : s;
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}
