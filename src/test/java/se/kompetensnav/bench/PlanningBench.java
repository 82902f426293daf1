package se.kompetensnav.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import se.kompetensnav.planning.Band;
import se.kompetensnav.planning.ImpactModel;
import se.kompetensnav.planning.ImpactParameters;
import se.kompetensnav.planning.JobsYear;
import se.kompetensnav.planning.YearImpact;

/**
 * All 290 municipalities × 20 years × 3 bands through the impact model: sequential, then in parallel (one task per
 * municipality), beside a naive baseline that recomputes every year's chain from the ramp-up start for every
 * year (what a spreadsheet with cumulative formulas does). Ramp-ups are synthetic (fixed seed); the parameters are
 * the shipped defaults' values.
 */
public final class PlanningBench {

	static final int MUNICIPALITIES = 290;

	static final int YEARS = 20;

	public static void main(String[] args) {
		ImpactParameters p = new ImpactParameters(0.5, 1.3, 2.0, 0.29, 0.21, 0.50, 2.2, 0.055, 0.047, 0.036, 0.036,
				0.034, 0.56, 0.86, 15, 0.91, 2.2, 430, 1070, 0.80);
		List<List<JobsYear>> ramps = ramps();
		for (int warm = 0; warm < 5; warm++) {
			sequential(ramps, p);
			parallel(ramps, p);
			naive(ramps, p);
		}
		int rounds = 20;
		long seq = time(() -> sink = sequential(ramps, p), rounds);
		long par = time(() -> sink = parallel(ramps, p), rounds);
		long naive = time(() -> sink = naive(ramps, p), rounds);
		int cells = MUNICIPALITIES * YEARS * Band.values().length;
		System.out.printf("PlanningBench: %d municipalities × %d years × 3 bands = %d year-results per run, %d cores%n",
				MUNICIPALITIES, YEARS, cells, Runtime.getRuntime().availableProcessors());
		System.out.printf("  naive (re-run the ramp-up up to each year): %8.3f ms per run (baseline 1.00)%n",
				naive / 1e6);
		System.out.printf("  sequential model:                           %8.3f ms per run (%.1f× faster)%n",
				seq / 1e6, (double) naive / seq);
		System.out.printf("  parallel model (per municipality):          %8.3f ms per run (%.1f× faster)%n",
				par / 1e6, (double) naive / par);
	}

	static List<List<JobsYear>> ramps() {
		SplittableRandom random = new SplittableRandom(42);
		List<List<JobsYear>> out = new ArrayList<>();
		for (int m = 0; m < MUNICIPALITIES; m++) {
			List<JobsYear> ramp = new ArrayList<>();
			double target = random.nextInt(50, 4000);
			for (int y = 0; y < YEARS; y++) {
				double construction = y < 4 ? target * 0.4 : 0;
				double operation = target * Math.min(1, y / 6.0);
				ramp.add(new JobsYear(2026 + y, construction, operation));
			}
			out.add(ramp);
		}
		return out;
	}

	static double sequential(List<List<JobsYear>> ramps, ImpactParameters p) {
		double sum = 0;
		for (List<JobsYear> r : ramps) {
			sum += checksum(ImpactModel.runAll(r, p));
		}
		return sum;
	}

	static double parallel(List<List<JobsYear>> ramps, ImpactParameters p) {
		return IntStream.range(0, ramps.size()).parallel().mapToDouble(i -> checksum(ImpactModel.runAll(ramps.get(i), p)))
			.sum();
	}

	static double naive(List<List<JobsYear>> ramps, ImpactParameters p) {
		double sum = 0;
		for (List<JobsYear> r : ramps) {
			for (Band b : Band.values()) {
				for (int y = 1; y <= r.size(); y++) {
					List<YearImpact> upTo = ImpactModel.run(r.subList(0, y), p, b);
					sum += upTo.getLast().dwellings();
				}
			}
		}
		return sum;
	}

	static double checksum(Map<Band, List<YearImpact>> all) {
		double s = 0;
		for (List<YearImpact> l : all.values()) {
			for (YearImpact y : l) {
				s += y.dwellings();
			}
		}
		return s;
	}

	static volatile double sink;

	static long time(Runnable r, int rounds) {
		long start = System.nanoTime();
		for (int i = 0; i < rounds; i++) {
			r.run();
		}
		return (System.nanoTime() - start) / rounds;
	}

	private PlanningBench() {
	}
}
