package se.kompetensnav.effects.model;

/** Kinds of programme activity whose hours cost money. */
public enum ActivityKind {
	/** Consultant (coach) time: hours x the consultant hour. */
	CONSULTANT,
	/** Internship: hours / hours per week x the internship week. */
	INTERNSHIP,
	/** Course: hours / hours per week x the course week. */
	COURSE
}
