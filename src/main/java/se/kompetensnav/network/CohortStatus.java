package se.kompetensnav.network;

/** A cohort's state, derived from its parts and members. */
public enum CohortStatus {
	/** Waiting for parties to answer. */
	PROPOSED,
	/** A party asked for a change or rejected its part. */
	NEEDS_CHANGE,
	/** Every party accepted. */
	AGREED,
	/** Members are in the course. */
	RUNNING,
	/** Every member has completed or dropped out. */
	COMPLETED
}
