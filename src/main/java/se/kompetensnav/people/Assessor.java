package se.kompetensnav.people;

/** Who made an assessment: the participant (self-assessment) or the consultant. */
public enum Assessor {
	PARTICIPANT, CONSULTANT
}
