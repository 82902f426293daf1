package se.kompetensnav.effects.model;

/** How far ahead a calculation looks. */
public enum Horizon {
	ONE_YEAR(1), FIVE_YEARS(5), TWENTY_YEARS(20), TO_RETIREMENT(0);

	private final int years;

	Horizon(int years) {
		this.years = years;
	}

	/** The number of years from {@code age}: fixed, or until the retirement age (at least one year). */
	public int years(int age, int retirementAge) {
		return this == TO_RETIREMENT ? Math.max(1, retirementAge - age) : years;
	}

	public String messageKey() {
		return "effects.horizon." + name();
	}
}
