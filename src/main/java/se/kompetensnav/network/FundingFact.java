package se.kompetensnav.network;

/** What a funding or eligibility rule looks at. */
public enum FundingFact {
	/** The cohort's headcount. */
	HEADCOUNT(FundingScope.COHORT),
	/** The weeks of the cohort's courses together. */
	COURSE_WEEKS(FundingScope.COHORT),
	/** The employer's number of employees. */
	EMPLOYER_EMPLOYEES(FundingScope.COHORT),
	/** A person's age in years: checked per person by their consultant. */
	AGE(FundingScope.PERSON),
	/** A person's months without work: checked per person by their consultant. */
	MONTHS_WITHOUT_WORK(FundingScope.PERSON);

	private final FundingScope scope;

	FundingFact(FundingScope scope) {
		this.scope = scope;
	}

	public FundingScope scope() {
		return scope;
	}
}
