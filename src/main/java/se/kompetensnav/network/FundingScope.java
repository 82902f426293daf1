package se.kompetensnav.network;

/** Whether a rule is about the cohort or about each person in it. */
public enum FundingScope {
	COHORT, PERSON
}
