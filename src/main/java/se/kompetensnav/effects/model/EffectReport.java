package se.kompetensnav.effects.model;

import java.util.EnumMap;
import java.util.Map;

/**
 * Who pays and who gains: the investment per actor against the (adjusted) yearly returns per actor, their present
 * values, and the SROI figures on the real view (society). Used by the scenario planner and the programme ledger.
 *
 * @param returnsByYear per actor, the yearly returns after the SROI adjustments (year 1 first)
 * @param realByYear society's yearly return in the real view, after the adjustments
 * @param sroi PV, NPV, ratio and payback on the real view against the total investment
 */
public record EffectReport(Map<Actor, Double> investment, Map<Actor, double[]> returnsByYear,
		Map<Actor, Double> presentValue, double[] realByYear, Sroi.Result sroi, Sroi.Adjustments adjustments,
		double discountRate) {

	public double totalInvestment() {
		return investment.values().stream().mapToDouble(Double::doubleValue).sum();
	}

	/** Present value of the returns minus the investment, per actor. */
	public Map<Actor, Double> net() {
		Map<Actor, Double> net = new EnumMap<>(Actor.class);
		for (Actor a : Actor.values()) {
			net.put(a, presentValue.getOrDefault(a, 0.0) - investment.getOrDefault(a, 0.0));
		}
		return net;
	}

	public int years() {
		return realByYear.length;
	}

	/** Builds the report from adjusted yearly series (year 1 first). */
	public static EffectReport of(Map<Actor, Double> investment, Map<Actor, double[]> returnsByYear,
			double[] realByYear, Sroi.Adjustments adjustments, double discountRate) {
		Map<Actor, Double> inv = new EnumMap<>(Actor.class);
		Map<Actor, double[]> returns = new EnumMap<>(Actor.class);
		Map<Actor, Double> pv = new EnumMap<>(Actor.class);
		for (Actor a : Actor.values()) {
			inv.put(a, investment.getOrDefault(a, 0.0));
			double[] series = returnsByYear.getOrDefault(a, new double[realByYear.length]);
			returns.put(a, series.clone());
			pv.put(a, Discounting.presentValue(series, discountRate));
		}
		double total = inv.values().stream().mapToDouble(Double::doubleValue).sum();
		return new EffectReport(inv, returns, pv, realByYear.clone(), Sroi.of(total, realByYear, discountRate),
				adjustments, discountRate);
	}

	/**
	 * The same yearly gross gain for {@code years} years: each year's return is
	 * gross x (1 - deadweight)(1 - displacement)(1 - attribution) x (1 - drop-off)^(t-1).
	 */
	public static EffectReport constant(Map<Actor, Double> investment, Map<Actor, Double> grossPerYear,
			double grossRealPerYear, int years, Sroi.Adjustments adj, double discountRate) {
		Map<Actor, double[]> returns = new EnumMap<>(Actor.class);
		for (Actor a : Actor.values()) {
			returns.put(a, new Sroi.Outcome(a.name(), 1, grossPerYear.getOrDefault(a, 0.0), adj, years).impactByYear());
		}
		double[] real = new Sroi.Outcome("real", 1, grossRealPerYear, adj, years).impactByYear();
		return of(investment, returns, real, adj, discountRate);
	}
}
