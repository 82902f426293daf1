package se.kompetensnav.employers;

import se.kompetensnav.taxonomy.ConceptType;

/**
 * A taxonomy concept found in free text, for the user to accept or reject.
 *
 * @param start offset of the first character of the mention (UTF-16 index into the text)
 * @param end offset after the last character
 * @param surface the text as written
 * @param compound true when found as the head of a compound word (e.g. "rörsvetsning" for "svetsning"), which is
 *     less certain than a whole-word match
 */
public record SkillSuggestion(String conceptId, ConceptType type, String label, int start, int end, String surface,
		MentionStatus status, boolean compound) {
}
