package se.kompetensnav.energy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Every source and sink of a register together, step by step (hour by hour, or month by month), with a second
 * pipe as fallback: what {@link HeatAllocation} does for one shared source, extended so that a sink left short by its
 * best source takes what its second-best source has left over.
 * <p>
 * Each step:
 * <ol>
 * <li>Every source first serves the sinks whose best source it is, in merit order (the sinks' stand-alone cost per
 * MWh, cheapest first, then by id), each taking what it needs of what is left: exactly {@link HeatAllocation}'s
 * {@link HeatAllocation.Rule#MERIT_ORDER}. A source's own sinks own the cheapest pipe to it, so they come first.</li>
 * <li>Then the sinks still short take from their second-best source what that source has left after its own sinks,
 * in the merit order of the second-best matches (cheapest first, then by sink id).</li>
 * </ol>
 * A sink needs {@code (remaining demand + pipe loss) / f} of a source's heat ({@code f = COP/(COP−1)} with a heat
 * pump, 1 with a heat exchanger) and is delivered {@code max(0, min(take × f − loss, remaining demand))}.
 * <p>
 * The second pipe is costed as built for the stand-alone match (the same investment: conservative, since it carries
 * less): its cost per MWh is that investment's annual cost plus electricity for what it delivers, divided by what it
 * delivers, so a planner can see whether the extra pipe pays for the heat it adds.
 */
public final class HeatDispatch {

	/**
	 * One sink in the dispatch.
	 *
	 * @param primaryMwh delivered from its best source (equal to {@link HeatAllocation}'s merit-order share)
	 * @param fallbackSourceId its second-best source, or null when it has none
	 * @param fallbackMwh delivered from the second-best source
	 * @param coverageWithout primary / annual demand
	 * @param coverage (primary + fallback) / annual demand
	 * @param fallbackInvestment SEK for the second pipe (0 without one)
	 * @param fallbackCostPerMwh the second pipe's annual cost per MWh it delivers; null when it delivers nothing
	 */
	public record SinkResult(long sinkId, String sinkName, double demandMwh, long primarySourceId,
			String primarySourceName, double primaryMwh, @Nullable Long fallbackSourceId,
			@Nullable String fallbackSourceName, double fallbackMwh, double coverageWithout, double coverage,
			double fallbackInvestment, @Nullable Double fallbackCostPerMwh) {
	}

	/**
	 * One source in the dispatch.
	 *
	 * @param toOwnMwh taken (at the source) by the sinks whose best source it is
	 * @param toFallbackMwh taken by sinks for which it is the second-best source
	 */
	public record SourceResult(long sourceId, String sourceName, double availableMwh, double toOwnMwh,
			double toFallbackMwh) {
	}

	/** Sinks in the order of the register's input; sources likewise (only those that serve someone). */
	public record Result(List<SinkResult> sinks, List<SourceResult> sources) {

		public @Nullable SinkResult sink(long id) {
			return sinks.stream().filter(s -> s.sinkId() == id).findFirst().orElse(null);
		}
	}

	private HeatDispatch() {
	}

	/** A sink's pipe to one source during the dispatch. */
	private static final class Pipe {

		final int sink;

		final HeatMatching.Candidate match;

		final int source;

		final double factor;

		final double lossKw;

		double deliveredKwh;

		Pipe(int sink, HeatMatching.Candidate match, int source, double factor, double lossKw) {
			this.sink = sink;
			this.match = match;
			this.source = source;
			this.factor = factor;
			this.lossKw = lossKw;
		}
	}

	/**
	 * Dispatches every sink that has at least one ranked source. All profiles must have the same number of steps
	 * (8,760 hours or 12 months).
	 */
	public static Result dispatch(List<HeatMatching.SinkMatches> matches, HeatMatching.Settings s) {
		List<HeatMatching.SinkMatches> served = matches.stream().filter(m -> !m.ranked().isEmpty()).toList();
		Map<Long, Integer> sourceIndex = new LinkedHashMap<>();
		List<HeatMatching.Source> sources = new ArrayList<>();
		for (HeatMatching.SinkMatches m : served) {
			for (HeatMatching.Candidate c : m.ranked().subList(0, Math.min(2, m.ranked().size()))) {
				sourceIndex.computeIfAbsent(c.source().id(), id -> {
					sources.add(c.source());
					return sources.size() - 1;
				});
			}
		}
		int steps = served.isEmpty() ? 0 : served.getFirst().sink().demand().length;
		List<Pipe> primary = new ArrayList<>();
		List<Pipe> fallback = new ArrayList<>();
		Map<Integer, Pipe> fallbackOf = new HashMap<>();
		for (int i = 0; i < served.size(); i++) {
			HeatMatching.SinkMatches m = served.get(i);
			if (m.sink().demand().length != steps) {
				throw new IllegalArgumentException("source and sink profiles need the same steps");
			}
			primary.add(pipe(i, m, m.ranked().getFirst(), sourceIndex, s));
			if (m.ranked().size() > 1) {
				Pipe p = pipe(i, m, m.ranked().get(1), sourceIndex, s);
				fallback.add(p);
				fallbackOf.put(i, p);
			}
		}
		for (HeatMatching.Source src : sources) {
			if (src.available().length != steps) {
				throw new IllegalArgumentException("source and sink profiles need the same steps");
			}
		}
		Comparator<Pipe> merit = Comparator.comparingDouble((Pipe p) -> p.match.costPerMwh())
			.thenComparingLong(p -> served.get(p.sink).sink().id());
		primary.sort(merit);
		fallback.sort(merit);

		double[] stepHours = HeatMatching.stepHours(steps);
		double[] left = new double[sources.size()];
		double[] remaining = new double[served.size()];
		double[] availableKwh = new double[sources.size()];
		double[] ownKwh = new double[sources.size()];
		double[] fallbackKwh = new double[sources.size()];
		double[] demandKwh = new double[served.size()];
		for (int h = 0; h < steps; h++) {
			double hours = stepHours[h];
			for (int j = 0; j < sources.size(); j++) {
				left[j] = sources.get(j).available()[h];
				availableKwh[j] += left[j] * hours;
			}
			for (int i = 0; i < served.size(); i++) {
				remaining[i] = served.get(i).sink().demand()[h];
				demandKwh[i] += remaining[i] * hours;
			}
			for (Pipe p : primary) {
				ownKwh[p.source] += take(p, left, remaining, hours);
			}
			for (Pipe p : fallback) {
				fallbackKwh[p.source] += take(p, left, remaining, hours);
			}
		}

		double fixedShare = s.annuityFactor() + s.maintenanceShare();
		Map<Integer, Pipe> primaryOf = new HashMap<>();
		primary.forEach(p -> primaryOf.put(p.sink, p));
		List<SinkResult> sinks = new ArrayList<>(served.size());
		for (int i = 0; i < served.size(); i++) {
			HeatMatching.Sink sink = served.get(i).sink();
			Pipe first = primaryOf.get(i);
			Pipe second = fallbackOf.get(i);
			double demand = demandKwh[i] / 1000;
			double primaryMwh = first.deliveredKwh / 1000;
			double fallbackMwh = second == null ? 0 : second.deliveredKwh / 1000;
			Double fallbackCost = null;
			if (second != null && fallbackMwh > 0) {
				HeatMatching.Candidate c = second.match;
				double electricityPerMwh = c.matchedMwh() > 0 ? c.electricityMwh() / c.matchedMwh() : 0;
				fallbackCost = (c.investment() * fixedShare + fallbackMwh * electricityPerMwh * s.electricityPrice())
						/ fallbackMwh;
			}
			sinks.add(new SinkResult(sink.id(), sink.name(), demand, first.match.source().id(),
					first.match.source().name(), primaryMwh, second == null ? null : second.match.source().id(),
					second == null ? null : second.match.source().name(), fallbackMwh,
					demand > 0 ? primaryMwh / demand : 0, demand > 0 ? (primaryMwh + fallbackMwh) / demand : 0,
					second == null ? 0 : second.match.investment(), fallbackCost));
		}
		List<SourceResult> out = new ArrayList<>(sources.size());
		for (int j = 0; j < sources.size(); j++) {
			out.add(new SourceResult(sources.get(j).id(), sources.get(j).name(), availableKwh[j] / 1000,
					ownKwh[j] / 1000, fallbackKwh[j] / 1000));
		}
		return new Result(sinks, out);
	}

	private static Pipe pipe(int sink, HeatMatching.SinkMatches m, HeatMatching.Candidate c,
			Map<Long, Integer> sourceIndex, HeatMatching.Settings s) {
		double factor = s.heatPump().deliveredPerRecovered(c.source().temperature(), m.sink().temperature());
		return new Pipe(sink, c, sourceIndex.get(c.source().id()), factor, s.pipeLossWPerM() * c.routeKm());
	}

	/** The pipe takes what its sink still needs of what its source has left; returns the heat taken (kWh). */
	private static double take(Pipe p, double[] left, double[] remaining, double hours) {
		double d = remaining[p.sink];
		if (d <= 0 || left[p.source] <= 0) {
			return 0;
		}
		double need = (d + p.lossKw) / p.factor;
		double take = Math.min(left[p.source], need);
		double delivered = Math.max(0, Math.min(take * p.factor - p.lossKw, d));
		left[p.source] -= take;
		remaining[p.sink] -= delivered;
		p.deliveredKwh += delivered * hours;
		return take * hours;
	}
}
