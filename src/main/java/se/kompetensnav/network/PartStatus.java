package se.kompetensnav.network;

/** A party's answer to its part of a cohort proposal. */
public enum PartStatus {
	PENDING, ACCEPTED, CHANGE_REQUESTED, REJECTED
}
