package se.kompetensnav.employers;

/** What kind of opportunity. */
public enum OpportunityKind {
	VACANCY, INTERNSHIP, APPRENTICESHIP, SUMMER_JOB;

	public String messageKey() {
		return "employers.kind." + name();
	}
}
