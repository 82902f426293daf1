package se.kompetensnav.people;

import java.time.LocalDate;
import java.time.Period;

/** Age is computed at entry, in completed years (ESF+ EECO06-EECO08). */
public final class AgeAtEntry {

	private AgeAtEntry() {
	}

	public static int of(LocalDate birthDate, LocalDate entryDate) {
		if (entryDate.isBefore(birthDate)) {
			throw new IllegalArgumentException("entry before birth");
		}
		return Period.between(birthDate, entryDate).getYears();
	}
}
