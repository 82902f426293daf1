package se.kompetensnav.people;

/** Gender as the ESF+ indicators break it down. */
public enum Gender {
	WOMAN, MAN, NON_BINARY
}
