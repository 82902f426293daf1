package se.kompetensnav.people;

/** How a skill was acquired. */
public enum SkillAcquisition {
	FORMAL, INFORMAL, VALIDATED
}
