package se.kompetensnav.places.core;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Chooses the municipalities a place is compared with.
 */
public final class ComparisonGroup {

	private ComparisonGroup() {
	}

	/** What is known of a municipality for grouping. */
	public record Place(String code, String countyCode, double population, double areaKm2) {

		double density() {
			return areaKm2 <= 0 ? 0 : population / areaKm2;
		}
	}

	public enum Basis {
		/** The n municipalities nearest in population (on a log scale). */
		POPULATION,
		/** The n municipalities nearest in population density (on a log scale). */
		DENSITY,
		/** The other municipalities of the same county. */
		COUNTY,
		/** A list chosen by the user. */
		CHOSEN
	}

	/** The group, never including the place itself. */
	public static List<String> of(Place target, List<Place> all, Basis basis, int size, Set<String> chosen) {
		return switch (basis) {
			case POPULATION -> nearest(target, all, size, p -> Math.log(Math.max(1, p.population())));
			case DENSITY -> nearest(target, all, size, p -> Math.log(Math.max(0.01, p.density())));
			case COUNTY -> all.stream().filter(p -> p.countyCode().equals(target.countyCode()))
				.map(Place::code).filter(c -> !c.equals(target.code())).sorted().toList();
			case CHOSEN -> chosen.stream().filter(c -> !c.equals(target.code())).sorted().toList();
		};
	}

	private static List<String> nearest(Place target, List<Place> all, int size,
			java.util.function.ToDoubleFunction<Place> measure) {
		double t = measure.applyAsDouble(target);
		return all.stream().filter(p -> !p.code().equals(target.code()))
			.sorted(Comparator.comparingDouble((Place p) -> Math.abs(measure.applyAsDouble(p) - t))
				.thenComparing(Place::code))
			.limit(size).map(Place::code).toList();
	}
}
