package se.kompetensnav.people.esf;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import se.kompetensnav.people.Answer;
import se.kompetensnav.people.ExitSituation;
import se.kompetensnav.people.Gender;
import se.kompetensnav.people.Improvement;
import se.kompetensnav.people.IscedBand;
import se.kompetensnav.people.LabourMarketStatus;

/** What the ESF+ indicators need of one participant. */
public record EsfParticipant(Gender gender, LocalDate birthDate, @Nullable LocalDate entryDate,
		@Nullable LocalDate exitDate, LabourMarketStatus statusAtEntry, @Nullable LocalDate unemployedSince,
		@Nullable IscedBand isced, @Nullable Answer disability, @Nullable Answer thirdCountryNational,
		@Nullable Answer foreignBackground, @Nullable Answer minority, @Nullable Answer homeless, boolean ruralArea,
		@Nullable ExitSituation onLeaving, @Nullable ExitSituation atSixMonths,
		@Nullable Improvement improvementAtSixMonths) {
}
