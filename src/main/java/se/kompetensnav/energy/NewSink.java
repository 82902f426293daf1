package se.kompetensnav.energy;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A heat sink to register. A greenhouse gives its floor area (its demand comes from the greenhouse model); other
 * sinks give their annual MWh. A sink that is a work-training site names the programme, its places and the food
 * it grows.
 *
 * @param temperature the supply temperature the sink needs, °C
 * @param monthlyProfile twelve shares of the annual demand (null: the kind's default)
 */
public record NewSink(String name, SinkKind kind, String municipalityCode, double lat, double lon, double temperature,
		@Nullable Double annualMwh, @Nullable Double floorArea, @Nullable Double setpoint,
		@Nullable List<Double> monthlyProfile, @Nullable String trainingProgramme, @Nullable Integer trainingPlaces,
		@Nullable String produce, @Nullable Double produceTonnes) {
}
