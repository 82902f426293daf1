package se.kompetensnav.planning;

import org.jspecify.annotations.Nullable;

/**
 * What a scenario changes against the parameter library: the multiplier bands and the three shares (in percent,
 * as planners enter them). Null leaves the library value.
 */
public record Overrides(@Nullable Double multiplierLow, @Nullable Double multiplierCentral,
		@Nullable Double multiplierHigh, @Nullable Double localPercent, @Nullable Double inCommuterPercent,
		@Nullable Double moverPercent) {

	public static Overrides none() {
		return new Overrides(null, null, null, null, null, null);
	}
}
