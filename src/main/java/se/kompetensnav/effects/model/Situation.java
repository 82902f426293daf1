package se.kompetensnav.effects.model;

/** Where a person is during a year. */
public enum Situation {
	WORK, STUDIES,
	/** Long-term unemployed, living on försörjningsstöd (income support). */
	JOB_SEEKING,
	/** Long-term sick-listed with sjukpenning. */
	SICK_LISTED,
	/** Aktivitetsersättning (activity compensation, young people with reduced work capacity). */
	ACTIVITY_COMPENSATION,
	/** Outside work, studies and benefits (e.g. a young person supported by family), with support needs. */
	OUTSIDE;

	public String messageKey() {
		return "effects.situation." + name();
	}

	public boolean excluded() {
		return this != WORK && this != STUDIES;
	}
}
