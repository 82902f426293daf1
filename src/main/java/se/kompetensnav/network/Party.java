package se.kompetensnav.network;

/** Who answers for a part of a cohort proposal. */
public enum Party {
	/** The employer: headcount, start date and the shortlist as a whole. */
	EMPLOYER,
	/** An education provider: one course with its dates and seats. */
	PROVIDER,
	/** The labour-market consultants whose participants are shortlisted. */
	CONSULTANT
}
