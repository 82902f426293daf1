package se.kompetensnav.people;

import org.jspecify.annotations.Nullable;

/**
 * ESF+ EECR06 "improved labour-market situation six months after leaving": only participants who were employed at
 * entry count, and only when they moved from precarious to stable work, from under- to full employment, to a job
 * needing higher skills, or were promoted.
 */
public final class ImprovedSituationRule {

	private ImprovedSituationRule() {
	}

	public static boolean improved(LabourMarketStatus atEntry, @Nullable Improvement atSixMonths) {
		return atEntry == LabourMarketStatus.EMPLOYED && atSixMonths != null && atSixMonths != Improvement.NONE;
	}
}
