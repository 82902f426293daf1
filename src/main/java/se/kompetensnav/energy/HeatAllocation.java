package se.kompetensnav.energy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One source shared by several sinks, hour by hour (or month by month). {@link HeatMatching} matches each sink on its
 * own, so a source can be the best option of several sinks at once; this splits what the source actually has.
 * <p>
 * Each step, sink <i>i</i> needs {@code need_i = (demand_i + pipe loss_i) / f_i} of the source's heat, where
 * {@code f_i = COP/(COP−1)} with a heat pump and 1 with a heat exchanger (the loss only while it is supplied).
 * <ul>
 * <li>{@link Rule#MERIT_ORDER}: the sinks are served in the order of their stand-alone cost per MWh (cheapest first,
 * then by id); each takes what it needs of what is left.</li>
 * <li>{@link Rule#PROPORTIONAL}: when the source has enough, every sink gets its need; otherwise each gets the
 * source's heat in proportion to its need that step.</li>
 * </ul>
 * A sink is delivered {@code max(0, min(take × f − loss, demand))}. Its investment is the stand-alone one (each sink
 * has its own pipe); its cost per MWh is that investment's annual cost plus electricity for what it now receives,
 * divided by what it receives (none when it receives nothing).
 */
public final class HeatAllocation {

	/** How a shared source's heat is split in a step when it does not cover every sink. */
	public enum Rule {
		MERIT_ORDER, PROPORTIONAL
	}

	/** A sink sharing the source, with its stand-alone match of that source. */
	public record Share(HeatMatching.Sink sink, HeatMatching.Candidate standAlone) {
	}

	/**
	 * What one sink receives.
	 *
	 * @param order its place in the merit order (1 = served first); for PROPORTIONAL the same order, for reading
	 * @param standAloneMwh what it would receive with the source to itself
	 * @param allocatedMwh what it receives sharing the source
	 * @param coverage allocated / its annual demand
	 * @param costPerMwh null when it receives nothing
	 */
	public record SinkShare(long sinkId, String sinkName, int order, double demandMwh, double standAloneMwh,
			double allocatedMwh, double shortfallMwh, double coverage, double standAloneCostPerMwh,
			@Nullable Double costPerMwh) {
	}

	/**
	 * @param availableMwh the source's heat in the year
	 * @param usedMwh what the sinks take of it (at the source, before the heat pump)
	 */
	public record Result(long sourceId, String sourceName, Rule rule, double availableMwh, double usedMwh,
			List<SinkShare> sinks) {
	}

	private HeatAllocation() {
	}

	public static Result allocate(HeatMatching.Source source, List<Share> shares, Rule rule,
			HeatMatching.Settings s) {
		List<Share> ordered = new ArrayList<>(shares);
		ordered.sort(Comparator.comparingDouble((Share x) -> x.standAlone().costPerMwh())
			.thenComparingLong(x -> x.sink().id()));
		int n = ordered.size();
		double[] available = source.available();
		double[] stepHours = HeatMatching.stepHours(available.length);
		double[] factor = new double[n];
		double[] loss = new double[n];
		for (int i = 0; i < n; i++) {
			Share x = ordered.get(i);
			if (x.sink().demand().length != available.length) {
				throw new IllegalArgumentException("source and sink profiles need the same steps");
			}
			factor[i] = s.heatPump().deliveredPerRecovered(source.temperature(), x.sink().temperature());
			loss[i] = s.pipeLossWPerM() * x.standAlone().routeKm();
		}
		double[] delivered = new double[n];
		double[] demandTotal = new double[n];
		double[] need = new double[n];
		double[] take = new double[n];
		double availableTotal = 0;
		double used = 0;
		for (int h = 0; h < available.length; h++) {
			double a = available[h];
			availableTotal += a * stepHours[h];
			double sumNeed = 0;
			for (int i = 0; i < n; i++) {
				double d = ordered.get(i).sink().demand()[h];
				demandTotal[i] += d * stepHours[h];
				need[i] = d > 0 ? (d + loss[i]) / factor[i] : 0;
				sumNeed += need[i];
			}
			if (rule == Rule.PROPORTIONAL || sumNeed <= a) {
				double scale = sumNeed <= a || sumNeed == 0 ? 1 : a / sumNeed;
				for (int i = 0; i < n; i++) {
					take[i] = need[i] * scale;
				}
			}
			else {
				double left = a;
				for (int i = 0; i < n; i++) {
					take[i] = Math.min(left, need[i]);
					left -= take[i];
				}
			}
			for (int i = 0; i < n; i++) {
				double d = ordered.get(i).sink().demand()[h];
				delivered[i] += Math.max(0, Math.min(take[i] * factor[i] - loss[i], d)) * stepHours[h];
				used += take[i] * stepHours[h];
			}
		}
		double fixedShare = s.annuityFactor() + s.maintenanceShare();
		List<SinkShare> out = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			HeatMatching.Candidate c = ordered.get(i).standAlone();
			double allocated = delivered[i] / 1000;
			double demand = demandTotal[i] / 1000;
			double electricityPerMwh = c.matchedMwh() > 0 ? c.electricityMwh() / c.matchedMwh() : 0;
			Double cost = allocated > 0
					? (c.investment() * fixedShare + allocated * electricityPerMwh * s.electricityPrice()) / allocated
					: null;
			out.add(new SinkShare(ordered.get(i).sink().id(), ordered.get(i).sink().name(), i + 1, demand,
					c.matchedMwh(), allocated, Math.max(0, c.matchedMwh() - allocated),
					demand > 0 ? allocated / demand : 0, c.costPerMwh(), cost));
		}
		return new Result(source.id(), source.name(), rule, availableTotal / 1000, used / 1000, out);
	}
}
