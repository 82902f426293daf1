package se.kompetensnav.employers;

/** How much a skill matters to a function or an opportunity. */
public enum Importance {
	/** Required ("krav"). */
	MUST,
	/** A merit ("meriterande"). */
	NICE
}
