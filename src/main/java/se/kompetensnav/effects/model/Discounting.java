package se.kompetensnav.effects.model;

/** Present values with end-of-year discounting: an amount in year t (1, 2, ...) is worth amount / (1 + r)^t. */
public final class Discounting {

	private Discounting() {
	}

	public static double factor(int year, double rate) {
		return 1.0 / Math.pow(1.0 + rate, year);
	}

	/** The present value of the same amount every year for {@code years} years. */
	public static double presentValue(double annual, int years, double rate) {
		double pv = 0;
		for (int t = 1; t <= years; t++) {
			pv += annual * factor(t, rate);
		}
		return pv;
	}

	/** The present value of a series whose first element is year 1. */
	public static double presentValue(double[] byYear, double rate) {
		double pv = 0;
		for (int t = 1; t <= byYear.length; t++) {
			pv += byYear[t - 1] * factor(t, rate);
		}
		return pv;
	}
}
