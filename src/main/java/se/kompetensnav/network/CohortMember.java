package se.kompetensnav.network;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A shortlisted person, anonymised: the reference from matching, never a name.
 *
 * @param participantId the participant's id (null for demo history); never shown to employers or providers
 * @param progress course progress in percent
 * @param employed90 in work 90 days after the course: true, false, or null while not yet known
 */
public record CohortMember(long id, long cohortId, @Nullable Long participantId, String reference, double score,
		List<String> missingSkills, MemberStage stage, int progress, @Nullable Boolean employed90) {

	public CohortMember {
		missingSkills = List.copyOf(missingSkills);
	}

	/** Took part in the course: in it, completed it, or dropped out after some progress. */
	public boolean tookPart() {
		return stage.started() || (stage == MemberStage.DROPPED && progress > 0);
	}
}
