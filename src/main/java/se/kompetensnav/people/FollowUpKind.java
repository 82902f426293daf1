package se.kompetensnav.people;

import java.time.LocalDate;

/** The follow-ups after exit: four weeks ("upon leaving") and six months. */
public enum FollowUpKind {
	WEEKS_4, MONTHS_6;

	/** When this follow-up is due for a participant who left on {@code exitDate}. */
	public LocalDate dueAfter(LocalDate exitDate) {
		return this == WEEKS_4 ? exitDate.plusWeeks(4) : exitDate.plusMonths(6);
	}
}
