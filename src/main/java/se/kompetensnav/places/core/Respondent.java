package se.kompetensnav.places.core;

/** Who answers: the municipality's side or the industry's side of an assessment. */
public enum Respondent {
	MUNICIPALITY, INDUSTRY
}
