package se.kompetensnav.effects.internal;

import org.jspecify.annotations.Nullable;

import se.kompetensnav.effects.model.Situation;

/**
 * A scenario as asked for (form or API). Empty optional fields take the parameter library's defaults of the year.
 *
 * @param year the price and parameter year (default: the newest year with every parameter)
 * @param shareToWork share of places leading to work within a year, 0-1
 * @param effectYears how long the effect lasts, 1-40 years
 */
public record ScenarioRequest(@Nullable String name, @Nullable Integer year, int places, double shareToWork,
		@Nullable Double shareToStudies, int effectYears, @Nullable Situation startSituation, @Nullable Integer age,
		@Nullable Double consultantHoursPerPlace, @Nullable Double internshipWeeksPerPlace,
		@Nullable Double courseWeeksPerPlace, @Nullable Double deadweight, @Nullable Double displacement,
		@Nullable Double attribution, @Nullable Double dropOff, @Nullable Double discountRate) {
}
