package se.kompetensnav.people;

/**
 * Highest education by SUN 2020 level, with the working key to ISCED 2011 (SCB's key is authoritative: this
 * mapping follows the project's domain notes and is the one place to correct it).
 */
public enum SunLevel {
	/** Förgymnasial utbildning kortare än 9 år: ISCED 0-1. */
	PRE_UPPER_SECONDARY_SHORT(IscedBand.ISCED_0_2),
	/** Förgymnasial utbildning 9 (10) år: ISCED 2. */
	PRE_UPPER_SECONDARY(IscedBand.ISCED_0_2),
	/** Gymnasial utbildning: ISCED 3. */
	UPPER_SECONDARY(IscedBand.ISCED_3_4),
	/** Eftergymnasial utbildning kortare än 2 år: ISCED 4 (some yrkeshögskola 5). */
	POST_SECONDARY_SHORT(IscedBand.ISCED_3_4),
	/** Eftergymnasial utbildning 2 år eller längre: ISCED 5-7. */
	POST_SECONDARY_LONG(IscedBand.ISCED_5_8),
	/** Forskarutbildning: ISCED 8. */
	DOCTORAL(IscedBand.ISCED_5_8);

	private final IscedBand isced;

	SunLevel(IscedBand isced) {
		this.isced = isced;
	}

	public IscedBand isced() {
		return isced;
	}
}
