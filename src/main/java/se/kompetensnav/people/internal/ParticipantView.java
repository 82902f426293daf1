package se.kompetensnav.people.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import se.kompetensnav.people.EnrolmentStatus;
import se.kompetensnav.people.ExitSituation;
import se.kompetensnav.people.Gender;
import se.kompetensnav.people.IncomeSource;
import se.kompetensnav.people.IscedBand;
import se.kompetensnav.people.LabourMarketStatus;
import se.kompetensnav.people.ParticipantProfile.Skill;
import se.kompetensnav.people.SunLevel;
import se.kompetensnav.people.TargetGroup;

/**
 * A participant as shown to a user allowed to see them: the personnummer masked, the sensitive answers only for
 * roles that need them ({@code sensitive} is null otherwise).
 */
public record ParticipantView(long id, long programmeId, String programmeName, long unitId,
		@Nullable Long consultantId, @Nullable String consultantName, String givenName, String familyName,
		@Nullable String personnummer, LocalDate birthDate, int age, Gender gender,
		@Nullable String municipalityCode, @Nullable SunLevel sunLevel, @Nullable IscedBand iscedBand,
		LabourMarketStatus labourMarketStatus, @Nullable LocalDate unemployedSince, boolean longTermUnemployed,
		IncomeSource incomeSource, Set<TargetGroup> targetGroups, List<String> languages,
		List<String> drivingLicences, boolean ruralArea, @Nullable Sensitive sensitive, EnrolmentStatus status,
		@Nullable LocalDate entryDate, @Nullable LocalDate exitDate, @Nullable String exitReason,
		@Nullable ExitSituation exitSituation, List<String> occupationsWanted, List<String> occupationsExperienced,
		List<Skill> skills, List<FollowUp> followUps, boolean demo) {

	public String name() {
		return givenName + " " + familyName;
	}
}
