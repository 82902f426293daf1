package se.kompetensnav.network;

/** Where a shortlisted person is on the way from proposal to work. */
public enum MemberStage {
	PROPOSED, SELECTED, IN_COURSE, COMPLETED, DROPPED;

	/** Whether the person took part in the course (the base of the completion and employment shares). */
	public boolean started() {
		return this == IN_COURSE || this == COMPLETED;
	}
}
