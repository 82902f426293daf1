package se.kompetensnav.identity;

/** The kinds of organisational unit. */
public enum UnitType {
	REGION, MUNICIPALITY, UNIT, EMPLOYER, PROVIDER, CLUSTER, OTHER
}
