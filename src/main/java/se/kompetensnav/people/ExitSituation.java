package se.kompetensnav.people;

/** The situation on leaving and at follow-up (ESF+ EECR01-EECR05). */
public enum ExitSituation {
	/** In employment, including self-employment. */
	EMPLOYED, IN_EDUCATION, JOB_SEARCHING, QUALIFICATION_GAINED, OTHER
}
