package se.kompetensnav.effects.model;

import java.util.List;

/**
 * Social Return on Investment (UK Cabinet Office guide, 2012).
 * <pre>
 * impact year 1 = quantity x proxy x (1 - deadweight) x (1 - displacement) x (1 - attribution)
 * impact year t = impact year t-1 x (1 - drop-off)
 * PV = sum of impact_t / (1 + r)^t;  NPV = PV - inputs;  SROI ratio = PV / inputs
 * payback months = inputs / (impact year 1 / 12)
 * </pre>
 */
public final class Sroi {

	private Sroi() {
	}

	/**
	 * One outcome.
	 *
	 * @param quantity how many (people, person-years)
	 * @param proxy the value of one, SEK a year
	 * @param years how many years the outcome lasts
	 */
	public record Outcome(String name, double quantity, double proxy, Adjustments adjustments, int years) {

		public Outcome {
			if (years < 0) {
				throw new IllegalArgumentException("years < 0");
			}
		}

		public double[] impactByYear() {
			double[] impact = new double[years];
			double current = quantity * proxy * adjustments.factor();
			for (int t = 0; t < years; t++) {
				impact[t] = current;
				current = current * (1 - adjustments.dropOff());
			}
			return impact;
		}
	}

	/** The SROI adjustments, each a share between 0 and 1. */
	public record Adjustments(double deadweight, double displacement, double attribution, double dropOff) {

		public static final Adjustments NONE = new Adjustments(0, 0, 0, 0);

		public Adjustments {
			for (double share : new double[] { deadweight, displacement, attribution, dropOff }) {
				if (share < 0 || share > 1 || Double.isNaN(share)) {
					throw new IllegalArgumentException("an adjustment is a share between 0 and 1: " + share);
				}
			}
		}

		/** (1 - deadweight) x (1 - displacement) x (1 - attribution). */
		public double factor() {
			return (1 - deadweight) * (1 - displacement) * (1 - attribution);
		}
	}

	public record Result(double[] impactByYear, double presentValue, double inputs, double netPresentValue,
			double ratio, double paybackMonths) {
	}

	public static Result calculate(double inputs, List<Outcome> outcomes, double discountRate) {
		int years = outcomes.stream().mapToInt(Outcome::years).max().orElse(0);
		double[] total = new double[years];
		for (Outcome o : outcomes) {
			double[] impact = o.impactByYear();
			for (int t = 0; t < impact.length; t++) {
				total[t] += impact[t];
			}
		}
		return of(inputs, total, discountRate);
	}

	/** The figures for an impact series (year 1 first). */
	public static Result of(double inputs, double[] impactByYear, double discountRate) {
		double pv = Discounting.presentValue(impactByYear, discountRate);
		double first = impactByYear.length == 0 ? 0 : impactByYear[0];
		double ratio = inputs > 0 ? pv / inputs : Double.NaN;
		double payback = first > 0 ? inputs / (first / 12.0) : Double.POSITIVE_INFINITY;
		return new Result(impactByYear.clone(), pv, inputs, pv - inputs, ratio, payback);
	}
}
