package se.kompetensnav.employers;

import org.jspecify.annotations.Nullable;

/**
 * Enterprise size by the EU SME definition (Commission Recommendation 2003/361/EC, Annex art. 2): micro under 10
 * employees and turnover at most EUR 2 million; small under 50 and at most EUR 10 million; medium under 250 and at
 * most EUR 50 million; otherwise large. The recommendation also admits the balance-sheet total instead of turnover;
 * we record turnover only, so an enterprise over the turnover ceiling is classed one step up (documented).
 */
public enum SizeClass {
	MICRO(10, 2.0), SMALL(50, 10.0), MEDIUM(250, 50.0), LARGE(Integer.MAX_VALUE, Double.MAX_VALUE);

	private final int employeesBelow;

	private final double turnoverMeurAtMost;

	SizeClass(int employeesBelow, double turnoverMeurAtMost) {
		this.employeesBelow = employeesBelow;
		this.turnoverMeurAtMost = turnoverMeurAtMost;
	}

	/**
	 * The class for a head count (annual work units) and an annual turnover in million euro (null when unknown: then
	 * the head count alone decides).
	 */
	public static SizeClass of(int employees, @Nullable Double turnoverMeur) {
		if (employees < 0) {
			throw new IllegalArgumentException("employees must not be negative");
		}
		for (SizeClass c : values()) {
			if (employees < c.employeesBelow && (turnoverMeur == null || turnoverMeur <= c.turnoverMeurAtMost)) {
				return c;
			}
		}
		return LARGE;
	}

	/** Small and medium-sized enterprises (micro, small, medium): the ESF+ indicator EECO19 counts these. */
	public boolean isSme() {
		return this != LARGE;
	}

	public String messageKey() {
		return "employers.size." + name().toLowerCase(java.util.Locale.ROOT);
	}
}
