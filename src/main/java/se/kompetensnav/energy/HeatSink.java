package se.kompetensnav.energy;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A registered heat sink with its demand per month and, for a work-training site, its places and produce. */
public record HeatSink(long id, String name, SinkKind kind, String municipalityCode, double lat, double lon,
		double temperature, double annualMwh, @Nullable Double designLoadKw, @Nullable Double floorArea,
		@Nullable Double setpoint,
		List<Double> monthlyMwh, @Nullable String trainingProgramme, @Nullable Integer trainingPlaces,
		@Nullable String produce, @Nullable Double produceTonnes, boolean demo, boolean hourlyProfile) {

	public boolean trainingSite() {
		return trainingProgramme != null && !trainingProgramme.isBlank();
	}
}
