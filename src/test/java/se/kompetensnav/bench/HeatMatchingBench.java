package se.kompetensnav.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import se.kompetensnav.energy.Climate;
import se.kompetensnav.energy.Greenhouse;
import se.kompetensnav.energy.HeatMatching;
import se.kompetensnav.energy.HeatPump;

/**
 * 200 sources and 200 sinks around Luleå and Boden (fixed seed), every sink matched against every source hour by
 * hour (8,760 steps), beside the same matching at monthly resolution (12 steps) as the baseline. Sinks are
 * greenhouses with the model's hourly demand on the typical Luleå year; sources are flat with a monthly
 * maintenance dip. Parameters are the shipped defaults' values.
 */
public final class HeatMatchingBench {

	static final int N = 200;

	public static void main(String[] args) {
		HeatMatching.Settings settings = new HeatMatching.Settings(10, 1.3, 3000, 1500, 400, 8000, 0.05, 20, 0.01, 800,
				0.01, 0.035, 30, new HeatPump(0.5, 3, 70));
		Climate climate = new Climate("Luleå", "SMHI normal 1991-2020 (approx.)",
				new double[] { -10.3, -9.6, -5.2, 0.7, 6.6, 12.6, 15.9, 13.8, 8.8, 2.3, -3.5, -7.6 }, 3, -30);
		double[] outdoor = climate.hourly();
		SplittableRandom random = new SplittableRandom(7);
		List<HeatMatching.Source> hourlySources = new ArrayList<>();
		List<HeatMatching.Source> monthlySources = new ArrayList<>();
		for (int i = 0; i < N; i++) {
			double lat = 65.55 + random.nextDouble() * 0.35;
			double lon = 21.6 + random.nextDouble() * 0.6;
			double kw = 200 + random.nextDouble() * 5000;
			double temperature = 30 + random.nextDouble() * 60;
			double[] hourly = new double[Climate.HOURS];
			for (int h = 0; h < hourly.length; h++) {
				hourly[h] = Climate.monthOf(h) == 6 ? kw * 0.5 : kw;
			}
			hourlySources.add(new HeatMatching.Source(i, "source " + i, lat, lon, temperature, hourly));
			monthlySources.add(new HeatMatching.Source(i, "source " + i, lat, lon, temperature,
					HeatMatching.monthly(hourly)));
		}
		List<HeatMatching.Sink> hourlySinks = new ArrayList<>();
		List<HeatMatching.Sink> monthlySinks = new ArrayList<>();
		for (int i = 0; i < N; i++) {
			double lat = 65.55 + random.nextDouble() * 0.35;
			double lon = 21.6 + random.nextDouble() * 0.6;
			Greenhouse g = new Greenhouse(200 + random.nextDouble() * 5000, 1.4, 6, 0.45, 0.75, 4.5, 18, 150, 16, 0.95);
			double[] demand = g.hourlyDemandKw(outdoor);
			hourlySinks.add(new HeatMatching.Sink(i, "sink " + i, lat, lon, 45, demand));
			monthlySinks.add(new HeatMatching.Sink(i, "sink " + i, lat, lon, 45, HeatMatching.monthly(demand)));
		}
		// Warm up both paths.
		for (int i = 0; i < 3; i++) {
			HeatMatching.match(monthlySources, monthlySinks, settings);
			HeatMatching.match(hourlySources, hourlySinks.subList(0, 20), settings);
		}
		int rounds = 3;
		long start = System.nanoTime();
		List<HeatMatching.SinkMatches> hourly = null;
		for (int i = 0; i < rounds; i++) {
			hourly = HeatMatching.match(hourlySources, hourlySinks, settings);
		}
		long hourlyNs = (System.nanoTime() - start) / rounds;
		start = System.nanoTime();
		List<HeatMatching.SinkMatches> monthly = null;
		for (int i = 0; i < rounds * 10; i++) {
			monthly = HeatMatching.match(monthlySources, monthlySinks, settings);
		}
		long monthlyNs = (System.nanoTime() - start) / (rounds * 10);
		long pairs = hourly.stream().mapToLong(m -> m.ranked().size()).sum();
		double hourlyMwh = hourly.stream().filter(m -> !m.ranked().isEmpty())
			.mapToDouble(m -> m.ranked().getFirst().matchedMwh()).sum();
		double monthlyMwh = monthly.stream().filter(m -> !m.ranked().isEmpty())
			.mapToDouble(m -> m.ranked().getFirst().matchedMwh()).sum();
		System.out.printf("HeatMatchingBench: %d sources × %d sinks (synthetic, seed 7, Luleå typical year), %d pairs "
				+ "within reach, %d cores%n", N, N, pairs, Runtime.getRuntime().availableProcessors());
		System.out.printf("  monthly (12 steps, baseline):   %9.2f ms per full matching (1.00)%n", monthlyNs / 1e6);
		System.out.printf("  hourly (8,760 steps):           %9.2f ms per full matching (%.0f× the baseline)%n",
				hourlyNs / 1e6, (double) hourlyNs / monthlyNs);
		System.out.printf("  best-match energy: hourly %.0f MWh vs monthly %.0f MWh (monthly overstates by %.1f %%)%n",
				hourlyMwh, monthlyMwh, 100 * (monthlyMwh - hourlyMwh) / hourlyMwh);
	}

	private HeatMatchingBench() {
	}
}
