package se.kompetensnav.people;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A participant's situation at entry, on leaving and at the follow-ups: what effect models need.
 */
public record ParticipantSituations(long participantId, String pseudonym, LabourMarketStatus statusAtEntry,
		IncomeSource incomeAtEntry, boolean longTermUnemployed, @Nullable LocalDate entryDate,
		@Nullable LocalDate exitDate, @Nullable ExitSituation onLeaving, @Nullable ExitSituation afterFourWeeks,
		@Nullable ExitSituation afterSixMonths, boolean improvedSituation) {
}
