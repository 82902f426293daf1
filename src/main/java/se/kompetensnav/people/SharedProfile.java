package se.kompetensnav.people;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A participant shared for matching, anonymised: what an employer or any other matching user may know of them. No
 * name, no personnummer, no contact details, no sensitive answers, no unit or consultant.
 *
 * @param participantId for modules that record a selection; never shown to employers
 * @param reference a stable anonymous reference shown instead of a name, e.g. {@code K-7F3A2C}
 * @param municipalityCode kommunkod of home, when recorded
 */
public record SharedProfile(long participantId, String reference, @Nullable String municipalityCode,
		List<String> languages, List<String> drivingLicences, List<String> occupationsWanted,
		List<String> occupationsExperienced, List<ParticipantProfile.Skill> skills) {

	public SharedProfile {
		languages = List.copyOf(languages);
		drivingLicences = List.copyOf(drivingLicences);
		occupationsWanted = List.copyOf(occupationsWanted);
		occupationsExperienced = List.copyOf(occupationsExperienced);
		skills = List.copyOf(skills);
	}
}
