package se.kompetensnav.people;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Long-term unemployed at entry: unemployed continuously for more than {@code monthsBelowAgeLimit} months when
 * younger than {@code ageLimit}, more than {@code monthsFromAgeLimit} months otherwise. The ESF+ defaults are 6
 * months under 25 and 12 months from 25 ({@link #ESF_PLUS}); configurable because the wording is to be verified.
 */
public record LongTermUnemploymentRule(int ageLimit, int monthsBelowAgeLimit, int monthsFromAgeLimit) {

	public static final LongTermUnemploymentRule ESF_PLUS = new LongTermUnemploymentRule(25, 6, 12);

	public boolean isLongTermUnemployed(int ageAtEntry, @Nullable LocalDate unemployedSince, LocalDate entryDate) {
		if (unemployedSince == null) {
			return false;
		}
		int months = ageAtEntry < ageLimit ? monthsBelowAgeLimit : monthsFromAgeLimit;
		return unemployedSince.plusMonths(months).isBefore(entryDate);
	}

	/** The rule applied to a participant's status at entry: only the unemployed can be long-term unemployed. */
	public boolean isLongTermUnemployed(LabourMarketStatus status, LocalDate birthDate,
			@Nullable LocalDate unemployedSince, LocalDate entryDate) {
		return status == LabourMarketStatus.UNEMPLOYED
				&& isLongTermUnemployed(AgeAtEntry.of(birthDate, entryDate), unemployedSince, entryDate);
	}
}
