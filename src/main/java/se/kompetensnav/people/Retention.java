package se.kompetensnav.people;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Culling (gallring) after retention: a participant's personal data is erased once {@code years} full years have
 * passed since exit (default 5, per the culling decision under arkivlagen; configurable). Participants who have not
 * left are never culled.
 */
public record Retention(int years) {

	public boolean due(@Nullable LocalDate exitDate, LocalDate today) {
		return exitDate != null && exitDate.plusYears(years).isBefore(today);
	}

	/** Exits before this date are due on {@code today}. */
	public LocalDate exitedBefore(LocalDate today) {
		return today.minusYears(years);
	}
}
