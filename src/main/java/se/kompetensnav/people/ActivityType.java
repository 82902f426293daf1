package se.kompetensnav.people;

/** The kinds of effort in a development plan. */
public enum ActivityType {
	INTERNSHIP, STUDIES, GUIDANCE, COURSE, VALIDATION, HEALTH
}
