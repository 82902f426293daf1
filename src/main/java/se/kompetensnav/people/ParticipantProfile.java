package se.kompetensnav.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What other modules (matching, effects) need of one participant to work for them: no name, no personnummer, no
 * sensitive answers. Only returned to users who may see the participant.
 *
 * @param keyCompetences the latest consultant assessment per key competence (scale {@link AssessmentScale})
 */
public record ParticipantProfile(long id, long programmeId, long unitId, @Nullable Long consultantId, Gender gender,
		int ageAtEntry, @Nullable String municipalityCode, @Nullable IscedBand iscedBand, List<String> languages,
		List<String> drivingLicences, List<String> occupationsWanted, List<String> occupationsExperienced,
		List<Skill> skills, Map<KeyCompetence, Integer> keyCompetences, Set<TargetGroup> targetGroups,
		EnrolmentStatus status, @Nullable LocalDate entryDate, @Nullable LocalDate exitDate) {

	/** A skill as a taxonomy concept id, with a level 1-5 and how it was acquired. */
	public record Skill(String conceptId, int level, SkillAcquisition acquired) {
	}
}
