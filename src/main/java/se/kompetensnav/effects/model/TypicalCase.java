package se.kompetensnav.effects.model;

/** The cost-of-exclusion calculator's typical cases: who, at what age, and which wage work would pay. */
public enum TypicalCase {
	/** A young person neither in work nor studies, with complex support needs. */
	YOUNG_NEET(Situation.OUTSIDE, 20, Rates.WAGE_ENTRY),
	/** A long-term unemployed person living on income support. */
	LONG_TERM_UNEMPLOYED(Situation.JOB_SEEKING, 40, Rates.WAGE_ENTRY),
	/** A long-term sick-listed person whose sickness benefit is based on an average wage. */
	LONG_TERM_SICK(Situation.SICK_LISTED, 45, Rates.WAGE_AVERAGE),
	/** A young person with activity compensation. */
	ACTIVITY_COMPENSATION(Situation.ACTIVITY_COMPENSATION, 25, Rates.WAGE_ENTRY);

	private final Situation situation;

	private final int defaultAge;

	private final String wageKey;

	TypicalCase(Situation situation, int defaultAge, String wageKey) {
		this.situation = situation;
		this.defaultAge = defaultAge;
		this.wageKey = wageKey;
	}

	public Situation situation() {
		return situation;
	}

	public int defaultAge() {
		return defaultAge;
	}

	/** The parameter that gives the wage in work (and the SGI for a sick-listed person). */
	public String wageKey() {
		return wageKey;
	}

	public Person person(int age, Rates r) {
		double wage = r.get(wageKey);
		return new Person(age, wage, wage);
	}

	public String messageKey() {
		return "effects.case." + name();
	}
}
