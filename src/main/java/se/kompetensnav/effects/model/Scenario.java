package se.kompetensnav.effects.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The scenario planner: a decision before a programme exists ("114 places, 30 % to work within a year, effect
 * lasting 3 years") becomes an investment against returns per actor.
 */
public final class Scenario {

	private Scenario() {
	}

	/**
	 * @param shareToWork share of the places that lead to work within a year
	 * @param shareToStudies share of the places that lead to studies within a year
	 * @param effectYears how long the effect lasts (before drop-off)
	 * @param startSituation where participants come from
	 */
	public record Input(int places, double shareToWork, double shareToStudies, int effectYears,
			Situation startSituation, int age, double consultantHoursPerPlace, double internshipWeeksPerPlace,
			double courseWeeksPerPlace, Sroi.Adjustments adjustments, double discountRate) {
	}

	/** One line of the programme cost: quantity per place x unit cost. */
	public record CostItem(String item, double quantityPerPlace, double unitCost, double total) {
	}

	public record Result(Input input, List<CostItem> costs, double costPerPlace, double toWork, double toStudies,
			Map<Actor, Double> grossPerPersonInWork, double realPerPersonInWork, EffectReport report) {
	}

	public static Result calculate(Input in, Rates r) {
		List<CostItem> costs = List.of(
				item("consultantHours", in.places(), in.consultantHoursPerPlace(), r.get(Rates.CONSULTANT_HOUR)),
				item("internshipWeeks", in.places(), in.internshipWeeksPerPlace(), r.get(Rates.INTERNSHIP_WEEK)),
				item("courseWeeks", in.places(), in.courseWeeksPerPlace(), r.get(Rates.COURSE_WEEK)));
		double total = costs.stream().mapToDouble(CostItem::total).sum();
		// The programme owner (the municipality) bears the investment.
		Map<Actor, Double> investment = new EnumMap<>(Actor.class);
		investment.put(Actor.MUNICIPALITY, total);

		double wage = r.get(Rates.WAGE_ENTRY);
		Person person = new Person(in.age(), wage, wage);
		List<Flow> start = PersonYearModel.flows(in.startSituation(), person, r);
		List<Flow> work = PersonYearModel.flows(Situation.WORK, person, r);
		List<Flow> studies = PersonYearModel.flows(Situation.STUDIES, person, r);
		Map<Actor, Double> finStart = Views.financial(start);
		Map<Actor, Double> finWork = Views.financial(work);
		Map<Actor, Double> finStudies = Views.financial(studies);
		double toWork = in.places() * in.shareToWork();
		double toStudies = in.places() * in.shareToStudies();
		Map<Actor, Double> perPerson = new EnumMap<>(Actor.class);
		Map<Actor, Double> gross = new EnumMap<>(Actor.class);
		for (Actor a : Actor.values()) {
			perPerson.put(a, finWork.get(a) - finStart.get(a));
			gross.put(a, toWork * (finWork.get(a) - finStart.get(a)) + toStudies * (finStudies.get(a) - finStart.get(a)));
		}
		double realPerPerson = Views.real(work) - Views.real(start);
		double grossReal = toWork * realPerPerson + toStudies * (Views.real(studies) - Views.real(start));
		EffectReport report = EffectReport.constant(investment, gross, grossReal, in.effectYears(), in.adjustments(),
				in.discountRate());
		return new Result(in, costs, total / Math.max(1, in.places()), toWork, toStudies, perPerson, realPerPerson,
				report);
	}

	private static CostItem item(String name, int places, double perPlace, double unitCost) {
		return new CostItem(name, perPlace, unitCost, places * perPlace * unitCost);
	}
}
