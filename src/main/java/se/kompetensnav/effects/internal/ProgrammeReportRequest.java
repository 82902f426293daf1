package se.kompetensnav.effects.internal;

import org.jspecify.annotations.Nullable;

/**
 * The choices for a programme's effect report; every field may be left out: the price year defaults to the current
 * year, the years to {@link ProgrammeEffects#DEFAULT_YEARS}, the adjustments and discount rate to the parameter
 * library's values.
 */
public record ProgrammeReportRequest(@Nullable Integer year, @Nullable Integer years, @Nullable Double deadweight,
		@Nullable Double displacement, @Nullable Double attribution, @Nullable Double dropOff,
		@Nullable Double discountRate) {

	public static ProgrammeReportRequest defaults() {
		return new ProgrammeReportRequest(null, null, null, null, null, null, null);
	}
}
