package se.kompetensnav.education;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A validation offer (validering): a structured assessment and recognition of what someone already knows.
 *
 * @param profile the trade's or occupation's profile assessed against (e.g. a branschvalidering)
 * @param occupationId the taxonomy occupation-name id the profile belongs to, if any
 * @param skillIds taxonomy skill ids that can be validated
 * @param steps mapping, assessment and recognition, in order, with their durations
 * @param document what it ends in (certificate, grades, yrkesbevis)
 */
public record ValidationOffer(long id, long providerId, String providerName, String ref, String title,
		String profile, @Nullable String occupationId, List<String> skillIds, List<ValidationStep> steps,
		String document, String municipalityCode, CourseMode mode, BigDecimal cost, boolean demo) {

	public ValidationOffer {
		skillIds = List.copyOf(skillIds);
		steps = List.copyOf(steps);
	}

	/** Days from the first step to the document. */
	public int totalDays() {
		return steps.stream().mapToInt(ValidationStep::days).sum();
	}
}
