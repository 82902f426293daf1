package se.kompetensnav.people.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import se.kompetensnav.people.AgeAtEntry;
import se.kompetensnav.people.EnrolmentStatus;
import se.kompetensnav.people.ExitSituation;
import se.kompetensnav.people.Gender;
import se.kompetensnav.people.IncomeSource;
import se.kompetensnav.people.IscedBand;
import se.kompetensnav.people.LabourMarketStatus;
import se.kompetensnav.people.LongTermUnemploymentRule;
import se.kompetensnav.people.Personnummer;
import se.kompetensnav.people.SunLevel;
import se.kompetensnav.people.TargetGroup;

/**
 * One person's case in one programme: who they are, their situation at entry, where they stand in the programme.
 */
public record Participant(long id, long programmeId, long unitId, @Nullable Long consultantId, String givenName,
		String familyName, @Nullable Personnummer personnummer, LocalDate birthDate, Gender gender,
		@Nullable String municipalityCode, @Nullable SunLevel sunLevel, LabourMarketStatus labourMarketStatus,
		@Nullable LocalDate unemployedSince, IncomeSource incomeSource, Set<TargetGroup> targetGroups,
		List<String> languages, List<String> drivingLicences, boolean ruralArea, Sensitive sensitive,
		EnrolmentStatus status, Instant appliedAt, @Nullable LocalDate entryDate, @Nullable LocalDate exitDate,
		@Nullable String exitReason, @Nullable ExitSituation exitSituation, String pseudonym, boolean demo) {

	public String name() {
		return givenName + " " + familyName;
	}

	public @Nullable IscedBand iscedBand() {
		return sunLevel == null ? null : sunLevel.isced();
	}

	/** Age at entry, or today's age for someone still waiting. */
	public int ageAt(LocalDate today) {
		return AgeAtEntry.of(birthDate, entryDate != null ? entryDate : today);
	}

	public boolean longTermUnemployed(LongTermUnemploymentRule rule) {
		return entryDate != null
				&& rule.isLongTermUnemployed(labourMarketStatus, birthDate, unemployedSince, entryDate);
	}
}
