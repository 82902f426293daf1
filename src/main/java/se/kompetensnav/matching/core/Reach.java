package se.kompetensnav.matching.core;

/** How far a person can travel daily to work or study, in taxonomy-free terms that can be explained. */
public enum Reach {
	/** Only within the home municipality. */
	HOME_MUNICIPALITY,
	/** The home municipality and the ones bordering it. */
	NEIGHBOURS,
	/** Anywhere in the commuting area; the county (län) stands for it. */
	COMMUTING_AREA;

	public boolean covers(Reach other) {
		return ordinal() >= other.ordinal();
	}
}
