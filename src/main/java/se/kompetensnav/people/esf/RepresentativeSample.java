package se.kompetensnav.people.esf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A stratified random sample with proportional allocation, reproducible from its seed: ESF+ allows the longer-term
 * results (EECR05, EECR06) to be measured on a representative sample of the participants who left.
 * <ol>
 * <li>The population is grouped into strata (here: gender and age band at entry) and each stratum's units are put in
 * the order of their reference, so the draw does not depend on the order the rows come from the database.</li>
 * <li>The sample size {@code n} (at most the population {@code N}) is allocated in proportion to the strata's sizes:
 * each stratum gets the whole part of {@code n * N_h / N}; the places left over go to the largest remainders (ties
 * by stratum name).</li>
 * <li>One {@link Random} seeded with {@code seed} shuffles the strata in name order; each stratum's first
 * {@code n_h} units are drawn.</li>
 * </ol>
 * The estimate for the population weights each stratum's responding units by {@code N_h / r_h} (post-stratified
 * estimate: within a stratum, non-response is taken to be at random). Plain Java, tested in
 * {@code RepresentativeSampleTests}.
 */
public final class RepresentativeSample {

	/** How the sample is drawn, stored with it. */
	public static final String METHOD = "stratified (gender x age band at entry), proportional allocation "
			+ "(largest remainder), java.util.Random(seed) shuffle per stratum";

	private RepresentativeSample() {
	}

	/** One member of the population: a stable reference (the pseudonym) and its stratum. */
	public record Unit(String ref, String stratum) {
	}

	/** A stratum's population and how many were drawn from it. */
	public record Stratum(String name, int population, int drawn) {
	}

	/** The drawn units and the strata. */
	public record Draw(List<Unit> members, List<Stratum> strata) {
	}

	public static Draw draw(List<Unit> population, int size, long seed) {
		if (size < 0) {
			throw new IllegalArgumentException("size " + size);
		}
		Map<String, List<Unit>> strata = new TreeMap<>();
		for (Unit u : population) {
			strata.computeIfAbsent(u.stratum(), k -> new ArrayList<>()).add(u);
		}
		strata.values().forEach(l -> l.sort(Comparator.comparing(Unit::ref)));
		Map<String, Integer> allocation = allocate(strata, Math.min(size, population.size()), population.size());
		Random random = new Random(seed);
		List<Unit> members = new ArrayList<>();
		List<Stratum> out = new ArrayList<>();
		for (var e : strata.entrySet()) {
			List<Unit> units = new ArrayList<>(e.getValue());
			Collections.shuffle(units, random);
			int n = allocation.get(e.getKey());
			members.addAll(units.subList(0, n));
			out.add(new Stratum(e.getKey(), units.size(), n));
		}
		return new Draw(members, out);
	}

	static Map<String, Integer> allocate(Map<String, List<Unit>> strata, int n, int total) {
		Map<String, Integer> out = new LinkedHashMap<>();
		if (total == 0) {
			strata.keySet().forEach(k -> out.put(k, 0));
			return out;
		}
		List<String> byRemainder = new ArrayList<>(strata.keySet());
		Map<String, Long> remainder = new LinkedHashMap<>();
		int given = 0;
		for (var e : strata.entrySet()) {
			long exact = (long) n * e.getValue().size();
			out.put(e.getKey(), (int) (exact / total));
			remainder.put(e.getKey(), exact % total);
			given += (int) (exact / total);
		}
		byRemainder.sort(Comparator.comparing((String k) -> remainder.get(k)).reversed()
			.thenComparing(Comparator.naturalOrder()));
		for (int i = 0; i < n - given; i++) {
			out.merge(byRemainder.get(i), 1, Integer::sum);
		}
		return out;
	}

	/** The stratum of a participant: gender and the ESF+ age band at entry. */
	public static String stratum(String gender, Integer ageAtEntry) {
		String band = ageAtEntry == null ? "unknown" : ageAtEntry < 18 ? "0-17" : ageAtEntry < 30 ? "18-29"
				: ageAtEntry < 55 ? "30-54" : "55+";
		return gender + "/" + band;
	}
}
