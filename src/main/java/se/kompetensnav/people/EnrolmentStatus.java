package se.kompetensnav.people;

/** Where a participant stands in a programme. */
public enum EnrolmentStatus {
	/** On the waiting list, in order of application. */
	WAITING,
	/** Holds a place (entry date set). */
	ENROLLED,
	/** Has left (exit date set); the place is free again. */
	EXITED
}
