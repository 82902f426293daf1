package se.kompetensnav.energy;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A heat source to register. A data centre gives its IT power and outlet temperature (and the supply temperature
 * it delivers at, with a heat pump where higher); other sources give their annual MWh.
 *
 * @param temperature the temperature the heat is delivered at, °C
 * @param monthlyProfile twelve shares of the annual heat (null: flat)
 */
public record NewSource(String name, SourceKind kind, String municipalityCode, double lat, double lon,
		double temperature, @Nullable Double annualMwh, @Nullable Double itPowerKw, @Nullable Double outletTemperature,
		@Nullable List<Double> monthlyProfile) {
}
