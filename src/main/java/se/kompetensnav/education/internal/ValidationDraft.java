package se.kompetensnav.education.internal;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

import se.kompetensnav.education.CourseMode;
import se.kompetensnav.education.ValidationStep;

/** What a provider writes to create or change a validation offer. */
public record ValidationDraft(String ref, String title, String profile, @Nullable String occupation,
		List<String> skills, List<ValidationStep> steps, String document, String municipality,
		@Nullable CourseMode mode, BigDecimal cost) {

	public ValidationDraft {
		skills = List.copyOf(skills);
		steps = List.copyOf(steps);
	}
}
