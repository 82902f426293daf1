package se.kompetensnav.matching.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A course or a validation offer as the gap-closing planner sees it; the education catalogue maps onto this.
 *
 * @param skills skill ids the offer teaches (course) or confirms (validation)
 * @param weeks full-time-equivalent length in weeks
 * @param starts the start dates with the seats still free at each
 * @param municipality kommunkod where it is given on site
 * @param distance true when it can be followed at a distance (location does not matter)
 */
public record Offer(String id, Kind kind, Set<String> skills, int weeks, List<Start> starts, String municipality,
		boolean distance) {

	public Offer {
		skills = Set.copyOf(skills);
		starts = List.copyOf(starts);
		if (weeks < 0) {
			throw new IllegalArgumentException("weeks must not be negative: " + id);
		}
	}

	public enum Kind {
		COURSE, VALIDATION
	}

	/** A start date with the seats still free. */
	public record Start(LocalDate date, int seatsLeft) {
	}
}
