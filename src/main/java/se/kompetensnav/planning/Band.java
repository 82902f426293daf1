package se.kompetensnav.planning;

/** The multiplier band a result belongs to: published estimates span a range, so results do too. */
public enum Band {
	LOW, CENTRAL, HIGH
}
