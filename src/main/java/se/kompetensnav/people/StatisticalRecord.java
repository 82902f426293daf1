package se.kompetensnav.people;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A pseudonymised record of one participation for statistics and regional analysis: no name, personnummer, date of
 * birth or sensitive answer, and a pseudonym that cannot be derived from them. The same shape is kept after a
 * participant's personal data is culled.
 *
 * @param incomeAtEntry the main income at entry (null on records culled before it was kept)
 * @param activityHours the plan's activity hours summed by kind (activities without hours count nothing)
 */
public record StatisticalRecord(String pseudonym, long programmeId, long unitId, Gender gender,
		@Nullable Integer ageAtEntry, @Nullable String municipalityCode, @Nullable IscedBand iscedBand,
		LabourMarketStatus statusAtEntry, boolean longTermUnemployed, Set<TargetGroup> targetGroups,
		@Nullable LocalDate entryDate, @Nullable LocalDate exitDate, @Nullable ExitSituation onLeaving,
		@Nullable ExitSituation afterFourWeeks, @Nullable ExitSituation afterSixMonths, boolean improvedSituation,
		boolean culled, @Nullable IncomeSource incomeAtEntry, Map<ActivityType, Double> activityHours) {
}
