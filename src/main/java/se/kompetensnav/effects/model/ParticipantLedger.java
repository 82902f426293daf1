package se.kompetensnav.effects.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One participant's ledger: the programme's cost for them (activity hours x unit costs) against the change in
 * each actor's yearly flows from the situation at entry to the situations found at the follow-ups. A situation
 * holds from its follow-up until the next one; the last one holds until {@code until}, and beyond the last
 * follow-up the effect declines by the drop-off every year.
 *
 * @param grossByYear per actor, year 1 = the first 365 days after entry (before the SROI adjustments)
 */
public record ParticipantLedger(String ref, double cost, Map<Actor, double[]> grossByYear, double[] realByYear) {

	public static ParticipantLedger of(LedgerInput in, LocalDate until, int years, double dropOff, Rates r) {
		double hoursPerWeek = r.get(Rates.HOURS_PER_WEEK);
		double cost = in.activityHours().getOrDefault(ActivityKind.CONSULTANT, 0.0) * r.get(Rates.CONSULTANT_HOUR)
				+ in.activityHours().getOrDefault(ActivityKind.INTERNSHIP, 0.0) / hoursPerWeek * r.get(Rates.INTERNSHIP_WEEK)
				+ in.activityHours().getOrDefault(ActivityKind.COURSE, 0.0) / hoursPerWeek * r.get(Rates.COURSE_WEEK);
		double wage = r.get(Rates.WAGE_ENTRY);
		Person person = new Person(in.age(), wage, wage);
		List<Flow> entryFlows = PersonYearModel.flows(in.atEntry(), person, r);
		Map<Actor, Double> finEntry = Views.financial(entryFlows);
		double realEntry = Views.real(entryFlows);
		Map<Actor, double[]> gross = new EnumMap<>(Actor.class);
		for (Actor a : Actor.values()) {
			gross.put(a, new double[years]);
		}
		double[] real = new double[years];
		List<LedgerInput.FollowUp> fus = in.followUps();
		LocalDate lastObserved = fus.isEmpty() ? in.entryDate() : fus.getLast().date();
		for (int i = 0; i < fus.size(); i++) {
			LedgerInput.FollowUp fu = fus.get(i);
			LocalDate end = i + 1 < fus.size() ? fus.get(i + 1).date() : until;
			List<Flow> flows = PersonYearModel.flows(fu.situation(), person, r);
			Map<Actor, Double> fin = Views.financial(flows);
			double realDelta = Views.real(flows) - realEntry;
			// Spread the segment over the year buckets it covers, day by day in bulk.
			LocalDate from = fu.date().isBefore(in.entryDate()) ? in.entryDate() : fu.date();
			for (int y = 0; y < years; y++) {
				LocalDate bucketStart = in.entryDate().plusDays(365L * y);
				LocalDate bucketEnd = in.entryDate().plusDays(365L * (y + 1));
				LocalDate s = from.isAfter(bucketStart) ? from : bucketStart;
				LocalDate e = end.isBefore(bucketEnd) ? end : bucketEnd;
				long days = ChronoUnit.DAYS.between(s, e);
				if (days <= 0) {
					continue;
				}
				double share = days / 365.0;
				// Beyond the last follow-up the effect is projected and declines by the drop-off.
				long projectedYears = Math.max(0, ChronoUnit.DAYS.between(lastObserved, s) / 365);
				double decline = s.isBefore(lastObserved) ? 1.0 : Math.pow(1 - dropOff, projectedYears);
				for (Actor a : Actor.values()) {
					gross.get(a)[y] += (fin.get(a) - finEntry.get(a)) * share * decline;
				}
				real[y] += realDelta * share * decline;
			}
		}
		return new ParticipantLedger(in.ref(), cost, gross, real);
	}

	/** A programme or cohort: the sum of its participants' ledgers, with the SROI adjustments applied. */
	public static EffectReport programme(List<ParticipantLedger> ledgers, int years, Sroi.Adjustments adj,
			double discountRate) {
		double cost = 0;
		Map<Actor, double[]> returns = new EnumMap<>(Actor.class);
		for (Actor a : Actor.values()) {
			returns.put(a, new double[years]);
		}
		double[] real = new double[years];
		double factor = adj.factor();
		for (ParticipantLedger l : ledgers) {
			cost += l.cost();
			for (Actor a : Actor.values()) {
				double[] g = l.grossByYear().get(a);
				for (int y = 0; y < years && y < g.length; y++) {
					returns.get(a)[y] += g[y] * factor;
				}
			}
			for (int y = 0; y < years && y < l.realByYear().length; y++) {
				real[y] += l.realByYear()[y] * factor;
			}
		}
		Map<Actor, Double> investment = new EnumMap<>(Actor.class);
		investment.put(Actor.MUNICIPALITY, cost);
		return EffectReport.of(investment, returns, real, adj, discountRate);
	}
}
