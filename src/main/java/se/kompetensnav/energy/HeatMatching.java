package se.kompetensnav.energy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Matches heat sources to sinks. For each sink, every source is checked: within reach (haversine distance × route
 * factor ≤ max distance) and with a possible temperature lift. For the ones that qualify: pipe length, design
 * capacity, investment (pipe per metre by capacity, heat exchangers, heat pump, pumps), losses along the pipe, the
 * energy matched step by step (8,760 hours or 12 months), and the cost per delivered MWh over the lifetime
 * (annuity). Candidates are ranked cheapest first; the rest are listed with why they were left out.
 * <p>
 * Each sink is matched on its own: one source may appear as the best match for several sinks (the register shows
 * the options, not a joint allocation).
 */
public final class HeatMatching {

	/**
	 * @param maxDistanceKm reach: the longest pipe route considered, km
	 * @param routeFactor pipe route length per straight-line distance
	 * @param pipeCostBase pipe cost per metre at zero capacity, SEK/m
	 * @param pipeCostPerMw pipe cost per metre per MW of design capacity, SEK/(m·MW)
	 * @param heatExchangerCostPerKw SEK/kW
	 * @param heatPumpCostPerKw SEK per kW of delivered heat-pump capacity
	 * @param pumpCostShare pumps and controls as a share of the pipe investment
	 * @param pipeLossWPerM heat lost along the pipe (supply and return), W/m
	 * @param pumpElectricityShare pumping electricity per delivered heat
	 * @param electricityPrice SEK/MWh
	 * @param maintenanceShare yearly operation and maintenance as a share of the investment
	 * @param discountRate real, per year
	 * @param lifetimeYears years the investment is written off over
	 */
	public record Settings(double maxDistanceKm, double routeFactor, double pipeCostBase, double pipeCostPerMw,
			double heatExchangerCostPerKw, double heatPumpCostPerKw, double pumpCostShare, double pipeLossWPerM,
			double pumpElectricityShare, double electricityPrice, double maintenanceShare, double discountRate,
			int lifetimeYears, HeatPump heatPump) {

		/** The annuity factor r / (1 − (1 + r)^−n) (1/n when r = 0). */
		public double annuityFactor() {
			if (discountRate == 0) {
				return 1.0 / lifetimeYears;
			}
			return discountRate / (1 - Math.pow(1 + discountRate, -lifetimeYears));
		}
	}

	/**
	 * A heat source. {@code available} is the average recoverable heat per step, kW (8,760 or 12 steps).
	 */
	public record Source(long id, String name, double lat, double lon, double temperature, double[] available) {
	}

	/** A heat sink. {@code demand} is the average heat demand per step, kW (the same steps as the sources). */
	public record Sink(long id, String name, double lat, double lon, double temperature, double[] demand) {
	}

	/** Why a source was not a candidate for a sink. */
	public enum Exclusion {
		OUT_OF_REACH, IMPOSSIBLE_LIFT, NOTHING_MATCHED
	}

	public record Excluded(Source source, Exclusion reason, double routeKm, double lift) {
	}

	/**
	 * One source for one sink.
	 *
	 * @param routeKm pipe route length, km
	 * @param designKw the pipe's design capacity: the peak of the heat delivered
	 * @param cop heat-pump COP, 0 when a heat exchanger suffices
	 * @param matchedMwh heat delivered to the sink in a year
	 * @param coverage matched / the sink's annual demand
	 * @param lossMwh heat lost along the pipe in a year
	 * @param investment SEK
	 * @param annualCost SEK per year: annuity + maintenance + electricity
	 * @param costPerMwh annualCost / matchedMwh
	 */
	public record Candidate(Source source, double routeKm, double lift, double cop, double designKw,
			double matchedMwh, double coverage, double lossMwh, double investment, double pipeInvestment,
			double electricityMwh, double annualCost, double costPerMwh) {
	}

	public record SinkMatches(Sink sink, double demandMwh, List<Candidate> ranked, List<Excluded> excluded) {
	}

	private HeatMatching() {
	}

	public static List<SinkMatches> match(List<Source> sources, List<Sink> sinks, Settings s) {
		List<SinkMatches> out = new ArrayList<>(sinks.size());
		for (Sink sink : sinks) {
			out.add(matchSink(sink, sources, s));
		}
		return out;
	}

	public static SinkMatches matchSink(Sink sink, List<Source> sources, Settings s) {
		double[] stepHours = stepHours(sink.demand().length);
		double demandMwh = 0;
		for (int i = 0; i < sink.demand().length; i++) {
			demandMwh += sink.demand()[i] * stepHours[i] / 1000;
		}
		List<Candidate> ranked = new ArrayList<>();
		List<Excluded> excluded = new ArrayList<>();
		for (Source src : sources) {
			double routeKm = distanceKm(src.lat(), src.lon(), sink.lat(), sink.lon()) * s.routeFactor();
			double lift = s.heatPump().lift(src.temperature(), sink.temperature());
			if (routeKm > s.maxDistanceKm()) {
				excluded.add(new Excluded(src, Exclusion.OUT_OF_REACH, routeKm, lift));
				continue;
			}
			if (!s.heatPump().possible(src.temperature(), sink.temperature())) {
				excluded.add(new Excluded(src, Exclusion.IMPOSSIBLE_LIFT, routeKm, lift));
				continue;
			}
			Candidate c = evaluate(src, sink, routeKm, lift, demandMwh, stepHours, s);
			if (c == null) {
				excluded.add(new Excluded(src, Exclusion.NOTHING_MATCHED, routeKm, lift));
			}
			else {
				ranked.add(c);
			}
		}
		ranked.sort(Comparator.comparingDouble(Candidate::costPerMwh).thenComparing(c -> -c.matchedMwh()));
		return new SinkMatches(sink, demandMwh, ranked, excluded);
	}

	static Candidate evaluate(Source src, Sink sink, double routeKm, double lift, double demandMwh,
			double[] stepHours, Settings s) {
		HeatPump hp = s.heatPump();
		double factor = hp.deliveredPerRecovered(src.temperature(), sink.temperature());
		double lossKw = s.pipeLossWPerM() * routeKm * 1000 / 1000;
		double[] available = src.available();
		double[] demand = sink.demand();
		if (available.length != demand.length) {
			throw new IllegalArgumentException("source and sink profiles need the same steps");
		}
		double matched = 0;
		double peak = 0;
		double losses = 0;
		for (int i = 0; i < demand.length; i++) {
			double atSink = available[i] * factor - lossKw;
			double delivered = Math.max(0, Math.min(atSink, demand[i]));
			if (delivered > 0) {
				losses += lossKw * stepHours[i];
			}
			matched += delivered * stepHours[i];
			peak = Math.max(peak, delivered);
		}
		double matchedMwh = matched / 1000;
		if (matchedMwh <= 0) {
			return null;
		}
		double designMw = (peak + lossKw) / 1000;
		double metres = routeKm * 1000;
		double pipe = metres * (s.pipeCostBase() + s.pipeCostPerMw() * designMw);
		double exchangers = 2 * s.heatExchangerCostPerKw() * (peak + lossKw);
		double cop = hp.cop(src.temperature(), sink.temperature()).orElse(0.0);
		double heatPump = cop > 0 ? s.heatPumpCostPerKw() * peak : 0;
		double pumps = s.pumpCostShare() * pipe;
		double investment = pipe + exchangers + heatPump + pumps;
		double electricity = matchedMwh * (hp.electricityPerDelivered(src.temperature(), sink.temperature())
				+ s.pumpElectricityShare());
		double annual = investment * (s.annuityFactor() + s.maintenanceShare()) + electricity * s.electricityPrice();
		return new Candidate(src, routeKm, lift, cop, peak, matchedMwh, demandMwh > 0 ? matchedMwh / demandMwh : 0,
				losses / 1000, investment, pipe, electricity, annual, annual / matchedMwh);
	}

	/** Hours per step: 1 for 8,760 steps, the month's hours for 12. */
	public static double[] stepHours(int steps) {
		double[] h = new double[steps];
		if (steps == 12) {
			for (int m = 0; m < 12; m++) {
				h[m] = Climate.hoursIn(m);
			}
		}
		else if (steps == Climate.HOURS) {
			java.util.Arrays.fill(h, 1);
		}
		else {
			throw new IllegalArgumentException("profiles have 12 or 8760 steps, not " + steps);
		}
		return h;
	}

	/** Average kW per month from an hourly series. */
	public static double[] monthly(double[] hourly) {
		double[] sum = new double[12];
		for (int h = 0; h < hourly.length; h++) {
			sum[Climate.monthOf(h)] += hourly[h];
		}
		for (int m = 0; m < 12; m++) {
			sum[m] /= Climate.hoursIn(m);
		}
		return sum;
	}

	/** An hourly series holding each month's average. */
	public static double[] hourly(double[] monthly) {
		double[] out = new double[Climate.HOURS];
		for (int h = 0; h < out.length; h++) {
			out[h] = monthly[Climate.monthOf(h)];
		}
		return out;
	}

	/** Great-circle distance, km (haversine, mean Earth radius 6,371 km). */
	public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
				* Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 6371 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
	}
}
