package se.kompetensnav.education.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import se.kompetensnav.common.FieldError;
import se.kompetensnav.education.CourseStart;
import se.kompetensnav.education.ValidationStep;

/**
 * The rules a course or validation offer must meet, checked the same way for forms, the API and each import row.
 * Errors name the field by its CSV column name and, for imports, the row.
 */
@Component
class CatalogueRules {

	private static final Pattern REF = Pattern.compile("[A-Za-z0-9._\\-]{1,60}");

	private static final Pattern SUN = Pattern.compile("[0-9]{1,3}[a-z]?");

	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

	private final TaxonomyLookup taxonomy;

	CatalogueRules(TaxonomyLookup taxonomy) {
		this.taxonomy = taxonomy;
	}

	List<FieldError> check(CourseDraft d, int line) {
		List<FieldError> errors = new ArrayList<>();
		ref(d.ref(), line, errors);
		text("title", d.title(), 300, line, errors);
		if (d.description() != null && d.description().length() > 4000) {
			errors.add(FieldError.atLine(line, "description", "validation.size", 0, 4000));
		}
		if (d.skills().isEmpty()) {
			errors.add(FieldError.atLine(line, "skills", "education.validation.skillsRequired"));
		}
		skills(d.skills(), line, errors);
		for (String occ : d.occupations()) {
			if (!taxonomy.isOccupation(occ)) {
				errors.add(FieldError.atLine(line, "occupations", "education.validation.unknownOccupation", occ));
			}
		}
		if (d.sunLevel() != null && !SUN.matcher(d.sunLevel()).matches()) {
			errors.add(FieldError.atLine(line, "sunLevel", "education.validation.sun"));
		}
		if (d.sunField() != null && !SUN.matcher(d.sunField()).matches()) {
			errors.add(FieldError.atLine(line, "sunField", "education.validation.sun"));
		}
		range("weeks", d.weeks(), 1, 520, line, errors);
		range("hours", d.hours(), 1, 20000, line, errors);
		range("pace", d.pace(), 1, 100, line, errors);
		if (d.mode() == null) {
			errors.add(FieldError.atLine(line, "mode", "validation.required"));
		}
		municipality(d.municipality(), line, errors);
		Set<LocalDate> dates = new HashSet<>();
		for (CourseStart s : d.starts()) {
			if (s.seats() < 0) {
				errors.add(FieldError.atLine(line, "starts", "validation.positive"));
			}
			if (!dates.add(s.date())) {
				errors.add(FieldError.atLine(line, "starts", "education.validation.duplicateStart", s.date()));
			}
		}
		cost(d.cost(), line, errors);
		if (d.swedishLevel() != null && d.swedishLevel().length() > 60) {
			errors.add(FieldError.atLine(line, "swedishLevel", "validation.size", 0, 60));
		}
		if (d.priorCourses() != null && d.priorCourses().length() > 500) {
			errors.add(FieldError.atLine(line, "priorCourses", "validation.size", 0, 500));
		}
		if (d.language() == null || !LANGUAGE.matcher(d.language()).matches()) {
			errors.add(FieldError.atLine(line, "language", "education.validation.language"));
		}
		return errors;
	}

	List<FieldError> check(ValidationDraft d, int line) {
		List<FieldError> errors = new ArrayList<>();
		ref(d.ref(), line, errors);
		text("title", d.title(), 300, line, errors);
		text("profile", d.profile(), 300, line, errors);
		text("document", d.document(), 300, line, errors);
		if (d.occupation() != null && !taxonomy.isOccupation(d.occupation())) {
			errors.add(FieldError.atLine(line, "occupation", "education.validation.unknownOccupation",
					d.occupation()));
		}
		if (d.skills().isEmpty()) {
			errors.add(FieldError.atLine(line, "skills", "education.validation.skillsRequired"));
		}
		skills(d.skills(), line, errors);
		if (d.steps().isEmpty()) {
			errors.add(FieldError.atLine(line, "steps", "validation.required"));
		}
		for (ValidationStep s : d.steps()) {
			if (s.days() < 0 || s.days() > 365) {
				errors.add(FieldError.atLine(line, "steps", "validation.range", 0, 365));
			}
		}
		municipality(d.municipality(), line, errors);
		if (d.mode() == null) {
			errors.add(FieldError.atLine(line, "mode", "validation.required"));
		}
		cost(d.cost(), line, errors);
		return errors;
	}

	private void skills(List<String> skills, int line, List<FieldError> errors) {
		for (String skill : skills) {
			if (!taxonomy.isSkill(skill)) {
				errors.add(FieldError.atLine(line, "skills", "education.validation.unknownSkill", skill));
			}
		}
	}

	private void municipality(@Nullable String code, int line, List<FieldError> errors) {
		if (code == null || code.isBlank()) {
			errors.add(FieldError.atLine(line, "municipality", "validation.required"));
		}
		else if (!taxonomy.isMunicipality(code)) {
			errors.add(FieldError.atLine(line, "municipality", "validation.unknown", code));
		}
	}

	private static void ref(@Nullable String ref, int line, List<FieldError> errors) {
		if (ref == null || ref.isBlank()) {
			errors.add(FieldError.atLine(line, "ref", "validation.required"));
		}
		else if (!REF.matcher(ref).matches()) {
			errors.add(FieldError.atLine(line, "ref", "education.validation.ref"));
		}
	}

	private static void text(String field, @Nullable String value, int max, int line, List<FieldError> errors) {
		if (value == null || value.isBlank()) {
			errors.add(FieldError.atLine(line, field, "validation.required"));
		}
		else if (value.length() > max) {
			errors.add(FieldError.atLine(line, field, "validation.size", 1, max));
		}
	}

	private static void range(String field, int value, int min, int max, int line, List<FieldError> errors) {
		if (value < min || value > max) {
			errors.add(FieldError.atLine(line, field, "validation.range", min, max));
		}
	}

	private static void cost(@Nullable BigDecimal cost, int line, List<FieldError> errors) {
		if (cost == null || cost.signum() < 0) {
			errors.add(FieldError.atLine(line, "cost", "validation.positive"));
		}
	}
}
