package se.kompetensnav.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import se.kompetensnav.matching.core.GapPlan;

/**
 * Matching between the people, opportunities, competence needs and courses recorded in the application: the Spring
 * face of the {@link se.kompetensnav.matching.core} engine.
 * <p>
 * People are only ever returned to users allowed to reach them: a consultant or unit manager sees their own
 * participants by name; everyone else (employers, providers, cluster staff, analysts) sees only participants whose
 * consultant has shared them for matching with the participant's consent, and then anonymised: a stable reference,
 * never a name, personnummer or contact details.
 */
public interface Matching {

	/**
	 * The participants shared for matching (consent given and shared by their consultant) that best fit the
	 * requirement, best first, anonymised.
	 */
	List<Candidate> sharedCandidates(Requirement requirement, int limit);

	/**
	 * The courses and validation offers that together cover the skills in the fewest weeks, starting on or after
	 * {@code from}, reachable from the municipality (null: distance ignored).
	 */
	GapPlan closeGap(Set<String> skillIds, @Nullable String municipalityCode, LocalDate from);

	/**
	 * What a need or an opportunity asks for.
	 *
	 * @param occupationId a taxonomy occupation-name concept id
	 * @param municipalityCode kommunkod of the workplace, or null for anywhere
	 * @param mustSkillIds taxonomy skill ids that are required
	 * @param niceSkillIds taxonomy skill ids that count in the score but are not required
	 */
	record Requirement(String occupationId, @Nullable String municipalityCode, List<String> mustSkillIds,
			List<String> niceSkillIds) {

		public Requirement {
			mustSkillIds = List.copyOf(mustSkillIds);
			niceSkillIds = List.copyOf(niceSkillIds);
		}
	}

	/**
	 * An anonymised candidate.
	 *
	 * @param participantId the participant's id, for modules that record a selection (never shown to employers)
	 * @param reference a stable anonymous reference shown instead of a name, e.g. {@code K-7F3A2C}
	 * @param score the engine's score, 0-1
	 * @param matched required and nice skill ids the person has
	 * @param missingMust required skill ids the person lacks (the gap a course must close)
	 */
	record Candidate(long participantId, String reference, double score, List<String> matched,
			List<String> missingMust, @Nullable String municipalityCode) {

		public Candidate {
			matched = List.copyOf(matched);
			missingMust = List.copyOf(missingMust);
		}
	}
}
