package se.kompetensnav.effects.internal;

/** What a stored calculation is. */
public enum CalculationKind {
	SCENARIO, EXCLUSION, PROGRAMME
}
