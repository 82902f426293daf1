package se.kompetensnav.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

import se.kompetensnav.taxonomy.Concept;
import se.kompetensnav.taxonomy.ConceptType;
import se.kompetensnav.taxonomy.SearchHit;
import se.kompetensnav.taxonomy.internal.StandaloneTaxonomy;

/**
 * Taxonomy import time and search latency. Imports the shipped files into a fresh in-memory H2 database (cold, in
 * a fresh JVM), then runs 10,000 queries made from real occupation names and skills with seeded typos, and compares
 * the tolerant search with an exact-word Lucene query over the same index (the baseline), measured in the same run.
 * <p>
 * Run: {@code ./mvnw -q -B test-compile exec:exec -Dbench=TaxonomyBench}
 */
public final class TaxonomyBench {

	private static final int QUERIES = 10_000;

	private static final long SEED = 20_260_101L;

	private TaxonomyBench() {
	}

	public static void main(String[] args) {
		JdbcDataSource ds = new JdbcDataSource();
		ds.setURL("jdbc:h2:mem:bench-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
		ds.setUser("sa");
		Flyway.configure().dataSource(ds).locations("classpath:db/migration/common", "classpath:db/migration/h2")
			.outOfOrder(true).load().migrate();

		StandaloneTaxonomy taxonomy = new StandaloneTaxonomy(ds);
		long t0 = System.nanoTime();
		long c0 = cpu();
		var result = taxonomy.importShipped();
		long importMs = (System.nanoTime() - t0) / 1_000_000;
		long importCpuMs = (cpu() - c0) / 1_000_000;
		long t1 = System.nanoTime();
		long c1 = cpu();
		taxonomy.reload();
		long reloadMs = (System.nanoTime() - t1) / 1_000_000;
		long reloadCpuMs = (cpu() - c1) / 1_000_000;
		long t2 = System.nanoTime();
		var again = taxonomy.importShipped();
		long skipMs = (System.nanoTime() - t2) / 1_000_000;

		System.out.println("Taxonomy bench (shipped JobTech/ESCO/municipality files, in-memory H2, "
				+ Runtime.getRuntime().availableProcessors() + " cores)");
		System.out.printf("  cold import:            %,6d ms wall, %,6d ms CPU of the importing thread (%,d concepts)%n",
				importMs, importCpuMs, result.version().concepts());
		System.out.printf("  load from database:     %,6d ms wall, %,6d ms CPU of the loading thread (index built beside it)%n",
				reloadMs, reloadCpuMs);
		System.out.printf("  machine load average:   %.1f on %d cores (wall times include waiting for a core)%n",
				java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
				Runtime.getRuntime().availableProcessors());
		System.out.printf("  start with same files:  %,6d ms  (checksums only, skipped=%s)%n", skipMs, again.skipped());

		// Queries from real labels: occupation names and skills, one typo (swap, drop, double or replace a letter)
		// in 80 %, a prefix of 4-8 letters in 20 %.
		Random random = new Random(SEED);
		List<Concept> pool = new ArrayList<>(taxonomy.byType(ConceptType.OCCUPATION_NAME));
		pool.addAll(taxonomy.byType(ConceptType.SKILL));
		String[] queries = new String[QUERIES];
		String[] expected = new String[QUERIES];
		for (int i = 0; i < QUERIES; i++) {
			Concept c = pool.get(random.nextInt(pool.size()));
			expected[i] = c.id();
			queries[i] = random.nextInt(5) == 0 ? prefix(c.label(), random) : typo(c.label(), random);
		}

		// Warm-up of both, then the measured runs.
		run(queries, expected, q -> taxonomy.search(q, null, 10), 1_000, new int[1]);
		run(queries, expected, q -> taxonomy.searchExactWords(q, 10), 1_000, new int[1]);
		int[] tolerantFound = new int[1];
		int[] exactFound = new int[1];
		long[] tolerant = run(queries, expected, q -> taxonomy.search(q, null, 10), QUERIES, tolerantFound);
		long[] exact = run(queries, expected, q -> taxonomy.searchExactWords(q, 10), QUERIES, exactFound);

		System.out.printf("Search, %,d queries from real labels with seeded typos (seed %d), top 10, CPU time per query:%n",
				QUERIES, SEED);
		System.out.printf("  tolerant search:   p50 %7.3f ms  p99 %7.3f ms  intended concept in top 5: %5.1f %%%n",
				ms(percentile(tolerant, 50)), ms(percentile(tolerant, 99)), 100.0 * tolerantFound[0] / QUERIES);
		System.out.printf("  exact-word (base): p50 %7.3f ms  p99 %7.3f ms  intended concept in top 5: %5.1f %%%n",
				ms(percentile(exact, 50)), ms(percentile(exact, 99)), 100.0 * exactFound[0] / QUERIES);
		System.out.printf("  ratio tolerant/baseline: p50 %.1fx  p99 %.1fx; found %.1fx as often%n",
				(double) percentile(tolerant, 50) / percentile(exact, 50),
				(double) percentile(tolerant, 99) / percentile(exact, 99),
				exactFound[0] == 0 ? Double.NaN : (double) tolerantFound[0] / exactFound[0]);
		System.out.println("  example queries: " + String.join(" | ", Arrays.copyOf(queries, 6)));
	}

	/** Runs the queries, timing each (CPU time of this thread, so a loaded machine does not distort it), and counts how often the intended concept is in the top 5. */
	private static long[] run(String[] queries, String[] expected, Function<String, List<SearchHit>> search, int n,
			int[] found) {
		long[] nanos = new long[n];
		for (int i = 0; i < n; i++) {
			int q = i % queries.length;
			long s = cpu();
			List<SearchHit> hits = search.apply(queries[q]);
			nanos[i] = cpu() - s;
			if (hits.stream().limit(5).anyMatch(h -> h.id().equals(expected[q]))) {
				found[0]++;
			}
		}
		return nanos;
	}

	static String typo(String label, Random random) {
		char[] s = label.toCharArray();
		int letters = 0;
		for (char ch : s) {
			letters += Character.isLetter(ch) ? 1 : 0;
		}
		if (letters < 4) {
			return label;
		}
		int at;
		do {
			at = 1 + random.nextInt(s.length - 1);
		}
		while (!Character.isLetter(s[at]));
		StringBuilder b = new StringBuilder(label);
		switch (random.nextInt(4)) {
			case 0 -> {
				if (at + 1 < s.length && Character.isLetter(s[at + 1])) {
					b.setCharAt(at, s[at + 1]);
					b.setCharAt(at + 1, s[at]);
				}
				else {
					b.deleteCharAt(at);
				}
			}
			case 1 -> b.deleteCharAt(at);
			case 2 -> b.insert(at, s[at]);
			default -> b.setCharAt(at, "aeioulnrst".charAt(random.nextInt(10)));
		}
		return b.toString();
	}

	static String prefix(String label, Random random) {
		int n = Math.min(label.length(), 4 + random.nextInt(5));
		return label.substring(0, n);
	}

	private static long cpu() {
		return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
	}

	private static long percentile(long[] values, int p) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
	}

	private static double ms(long nanos) {
		return nanos / 1_000_000.0;
	}
}
