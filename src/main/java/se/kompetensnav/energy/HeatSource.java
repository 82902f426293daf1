package se.kompetensnav.energy;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A registered heat source; {@code monthlyMwh} is its heat per month; {@code hourlyProfile} whether an hourly profile
 * (8,760 values) gives its heat.
 */
public record HeatSource(long id, String name, SourceKind kind, String municipalityCode, double lat, double lon,
		double temperature, double annualMwh, @Nullable Double itPowerKw, @Nullable Double outletTemperature,
		@Nullable Double cop, List<Double> monthlyMwh, boolean demo,
		boolean hourlyProfile) {
}
