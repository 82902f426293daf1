package se.kompetensnav.effects.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The cost of exclusion: a person-year in an excluded situation compared with the same person in work. Positive
 * amounts are costs (what the actor loses because the person is outside work).
 *
 * @param perYearByActor the yearly cost per actor in the financial view
 * @param realPerYear the yearly cost to society in the real view (lost production plus extra resource use)
 * @param productionLoss the lost production per year (wage and employer contributions)
 * @param resourceUse the extra resources used per year
 * @param presentValues the present values of the yearly costs over each horizon
 */
public record ExclusionCost(TypicalCase typicalCase, Person person, Map<Actor, Double> perYearByActor,
		double realPerYear, double productionLoss, double resourceUse, List<Flow> excludedFlows,
		List<Flow> workFlows, List<Horizons> presentValues) {

	/** Present values of the yearly costs over one horizon. */
	public record Horizons(Horizon horizon, int years, Map<Actor, Double> byActor, double real) {
	}

	public static ExclusionCost of(TypicalCase c, int age, double discountRate, Rates r) {
		Person person = c.person(age, r);
		List<Flow> excluded = PersonYearModel.flows(c.situation(), person, r);
		List<Flow> work = PersonYearModel.flows(Situation.WORK, person, r);
		Map<Actor, Double> finExcluded = Views.financial(excluded);
		Map<Actor, Double> finWork = Views.financial(work);
		Map<Actor, Double> cost = new EnumMap<>(Actor.class);
		for (Actor a : Actor.values()) {
			cost.put(a, finWork.get(a) - finExcluded.get(a));
		}
		double real = Views.real(work) - Views.real(excluded);
		double production = Views.sum(work, FlowKind.PRODUCTION) - Views.sum(excluded, FlowKind.PRODUCTION);
		double resources = Views.sum(work, FlowKind.RESOURCE_USE) - Views.sum(excluded, FlowKind.RESOURCE_USE);
		int retirement = (int) Math.round(r.get(Rates.RETIREMENT_AGE));
		List<Horizons> horizons = java.util.Arrays.stream(Horizon.values()).map(h -> {
			int years = h.years(age, retirement);
			double factor = Discounting.presentValue(1.0, years, discountRate);
			Map<Actor, Double> pv = new EnumMap<>(Actor.class);
			cost.forEach((a, v) -> pv.put(a, v * factor));
			return new Horizons(h, years, pv, real * factor);
		}).toList();
		return new ExclusionCost(c, person, cost, real, production, resources, excluded, work, horizons);
	}
}
