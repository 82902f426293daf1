package se.kompetensnav.people;

/**
 * How the labour-market situation of a participant who was employed at entry changed by the six-month follow-up
 * (ESF+ EECR06 counts every value but {@code NONE}).
 */
public enum Improvement {
	NONE, PRECARIOUS_TO_STABLE, UNDER_TO_FULL_EMPLOYMENT, HIGHER_SKILLED_JOB, PROMOTED
}
