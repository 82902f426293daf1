package se.kompetensnav.people;

import java.util.Arrays;
import java.util.Optional;

/**
 * The eight EU key competences (Council Recommendation 2018/C 189/01), identified by the taxonomy's concept ids
 * ({@code kc-1} to {@code kc-8}).
 */
public enum KeyCompetence {
	LITERACY, MULTILINGUAL, MATHEMATICS_STEM, DIGITAL, PERSONAL_SOCIAL_LEARNING, CITIZENSHIP, ENTREPRENEURSHIP,
	CULTURAL_AWARENESS;

	/** The taxonomy concept id, e.g. {@code kc-4} for digital competence. */
	public String conceptId() {
		return "kc-" + (ordinal() + 1);
	}

	/** The message key of the label. */
	public String messageKey() {
		return "people.kc." + (ordinal() + 1);
	}

	public static Optional<KeyCompetence> byConceptId(String id) {
		return Arrays.stream(values()).filter(k -> k.conceptId().equals(id.trim())).findFirst();
	}
}
