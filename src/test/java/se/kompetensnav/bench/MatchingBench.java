package se.kompetensnav.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

import se.kompetensnav.matching.core.Hit;
import se.kompetensnav.matching.core.MatchContext;
import se.kompetensnav.matching.core.MatchEngine;
import se.kompetensnav.matching.core.MatchWeights.LocationTier;
import se.kompetensnav.matching.core.MatchWeights.OccupationTier;
import se.kompetensnav.matching.core.Opportunity;
import se.kompetensnav.matching.core.PersonProfile;
import se.kompetensnav.matching.core.Reach;
import se.kompetensnav.matching.core.ReferenceMatcher;
import se.kompetensnav.matching.core.Scorer;
import se.kompetensnav.matching.core.SkillClaim;

/**
 * The national-scale matching benchmark: 400,000 people and 60,000 opportunities drawn from the real taxonomy
 * ({@link MatchingWorkload}, seed 2026). Measures, in one run: index build and memory, single-profile query latency,
 * the full top-20 rematch in both directions, an Apache Lucene baseline that reproduces the same score on the same
 * opportunities (throughput and top-k agreement), and the brute-force reference on a sample (exactness).
 * <p>
 * Run: {@code ./mvnw -q -B test-compile exec:exec -Dbench=MatchingBench}. Other sizes or a sampled rematch take one
 * JVM option through {@code -Dbench.jvm}, e.g. {@code -Dbench.jvm=-Dmatching.people=100000}; the options read are
 * {@code matching.people}, {@code matching.opportunities} and {@code matching.rematchSample} (a fraction: the rematch
 * runs every n-th query and is extrapolated, for a busy machine).
 */
public final class MatchingBench {

	static final int PEOPLE = Integer.getInteger("matching.people", 400_000);
	static final int OPPORTUNITIES = Integer.getInteger("matching.opportunities", 60_000);
	static final int K = 20;
	static final int SAMPLE = 2_000;

	public static void main(String[] args) throws Exception {
		System.out.printf(Locale.ROOT, "MatchingBench: %,d people, %,d opportunities, top %d, %d cores, max heap %d MB%n",
				PEOPLE, OPPORTUNITIES, K, Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() >> 20);
		long t0 = System.nanoTime();
		MatchingWorkload w = new MatchingWorkload(2026);
		List<Opportunity> opps = w.opportunities(OPPORTUNITIES);
		List<PersonProfile> people = w.people(PEOPLE);
		System.out.printf(Locale.ROOT, "workload generated in %.1f s (taxonomy: %d SSYK-4 groups, %d skills)%n",
				secs(t0), w.groups.size(), w.allSkills.size());
		describe(opps, people);

		long before = usedAfterGc();
		t0 = System.nanoTime();
		MatchContext context = w.taxonomy.context();
		Scorer scorer = new Scorer(context);
		MatchEngine engine = new MatchEngine(scorer);
		engine.load(opps, people);
		double build = secs(t0);
		long after = usedAfterGc();
		System.out.printf(Locale.ROOT, "engine index built in %.1f s; index memory %d MB (heap in use %d MB)%n", build,
				(after - before) >> 20, after >> 20);

		// single-profile queries, one thread
		List<PersonProfile> sample = new ArrayList<>();
		for (int i = 0; i < SAMPLE; i++) {
			sample.add(people.get((int) ((long) i * 7919 % people.size())));
		}
		for (int round = 0; round < 3; round++) {
			for (PersonProfile p : sample) {
				engine.topOpportunities(p, K);
			}
		}
		long[] lat = new long[SAMPLE];
		long[] cpu = new long[SAMPLE];
		long sink = 0;
		t0 = System.nanoTime();
		long c0 = THREADS.getCurrentThreadCpuTime();
		for (int i = 0; i < SAMPLE; i++) {
			long s = System.nanoTime();
			long c = THREADS.getCurrentThreadCpuTime();
			sink += engine.topOpportunities(sample.get(i), K).size();
			cpu[i] = THREADS.getCurrentThreadCpuTime() - c;
			lat[i] = System.nanoTime() - s;
		}
		double engineQps = SAMPLE / secs(t0);
		double engineCpuQps = SAMPLE / ((THREADS.getCurrentThreadCpuTime() - c0) / 1e9);
		Arrays.sort(lat);
		Arrays.sort(cpu);
		System.out.printf(Locale.ROOT,
				"person -> opportunities, single query (1 thread, %d profiles): wall p50 %.3f ms, p99 %.3f ms; "
						+ "CPU p50 %.3f ms, p99 %.3f ms; %.0f queries/s wall, %.0f per CPU-second%n",
				SAMPLE, lat[SAMPLE / 2] / 1e6, lat[SAMPLE * 99 / 100] / 1e6, cpu[SAMPLE / 2] / 1e6,
				cpu[SAMPLE * 99 / 100] / 1e6, engineQps, engineCpuQps);
		long[] latO = new long[500];
		long[] cpuO = new long[500];
		// warmed up like the person direction, so that the figures are not the JIT compiling the people side
		for (int round = 0; round < 3; round++) {
			for (int i = 0; i < 500; i++) {
				sink += engine.topPeople(opps.get(i * 97 % opps.size()), K).size();
			}
		}
		for (int i = 0; i < 500; i++) {
			Opportunity o = opps.get(i * 97 % opps.size());
			long s = System.nanoTime();
			long c = THREADS.getCurrentThreadCpuTime();
			sink += engine.topPeople(o, K).size();
			cpuO[i] = THREADS.getCurrentThreadCpuTime() - c;
			latO[i] = System.nanoTime() - s;
		}
		Arrays.sort(latO);
		Arrays.sort(cpuO);
		System.out.printf(Locale.ROOT,
				"opportunity -> people, single query (1 thread, 500 opportunities): wall p50 %.3f ms, p99 %.3f ms; CPU p50 %.3f ms, p99 %.3f ms%n",
				latO[250] / 1e6, latO[495] / 1e6, cpuO[250] / 1e6, cpuO[495] / 1e6);

		// full rematch, both directions, all cores (or a uniform sample of the queries, extrapolated, when
		// -Dmatching.rematchSample=f with f < 1 is given to keep a run on a busy machine short)
		int cores = Runtime.getRuntime().availableProcessors();
		double fraction = Double.parseDouble(System.getProperty("matching.rematchSample", "1"));
		double tp;
		double cp;
		long ph;
		double to;
		double co;
		long oh;
		if (fraction >= 1) {
			t0 = System.nanoTime();
			long p0 = processCpu();
			ph = engine.rematchPeople(K, (id, hits) -> {
			});
			tp = secs(t0);
			cp = (processCpu() - p0) / 1e9;
			t0 = System.nanoTime();
			p0 = processCpu();
			oh = engine.rematchOpportunities(K, (id, hits) -> {
			});
			to = secs(t0);
			co = (processCpu() - p0) / 1e9;
		}
		else {
			int step = (int) Math.round(1 / fraction);
			List<PersonProfile> ps = new ArrayList<>();
			for (int i = 0; i < people.size(); i += step) {
				ps.add(people.get(i));
			}
			List<Opportunity> os = new ArrayList<>();
			for (int i = 0; i < opps.size(); i += step) {
				os.add(opps.get(i));
			}
			t0 = System.nanoTime();
			long p0 = processCpu();
			ph = ps.parallelStream().mapToLong(p -> engine.topOpportunities(p, K).size()).sum() * step;
			tp = secs(t0) * step;
			cp = (processCpu() - p0) / 1e9 * step;
			t0 = System.nanoTime();
			p0 = processCpu();
			oh = os.parallelStream().mapToLong(o -> engine.topPeople(o, K).size()).sum() * step;
			to = secs(t0) * step;
			co = (processCpu() - p0) / 1e9 * step;
			System.out.printf(Locale.ROOT, "rematch measured on every %d-th document (%,d people, %,d opportunities) and "
					+ "extrapolated to all:%n", step, ps.size(), os.size());
		}
		System.out.printf(Locale.ROOT,
				"full rematch top-%d: people -> opportunities %.1f s wall / %.1f CPU-s (%,d hits), opportunities -> people "
						+ "%.1f s wall / %.1f CPU-s (%,d hits); total %.1f s wall, %.1f CPU-s = %.1f s on %d dedicated cores%n",
				K, tp, cp, ph, to, co, oh, tp + to, cp + co, (cp + co) / cores, cores);

		// Lucene baseline on the same opportunities, the same score
		t0 = System.nanoTime();
		LuceneBaseline lucene = new LuceneBaseline(context, opps);
		System.out.printf(Locale.ROOT, "lucene index built in %.1f s%n", secs(t0));
		List<Query> queries = sample.stream().map(lucene::query).toList();
		for (int round = 0; round < 2; round++) {
			for (Query q : queries) {
				sink += lucene.searcher.search(q, K).scoreDocs.length;
			}
		}
		t0 = System.nanoTime();
		long lc0 = THREADS.getCurrentThreadCpuTime();
		List<TopDocs> luceneTop = new ArrayList<>();
		for (Query q : queries) {
			luceneTop.add(lucene.searcher.search(q, K));
		}
		double luceneQps = SAMPLE / secs(t0);
		double luceneCpuQps = SAMPLE / ((THREADS.getCurrentThreadCpuTime() - lc0) / 1e9);
		int identical = 0;
		int equivalent = 0;
		for (int i = 0; i < SAMPLE; i++) {
			List<Hit> mine = engine.topOpportunities(sample.get(i), K);
			ScoreDoc[] theirs = luceneTop.get(i).scoreDocs;
			boolean same = mine.size() == theirs.length;
			boolean close = same;
			for (int r = 0; r < theirs.length && same; r++) {
				if (!mine.get(r).id().equals(opps.get(theirs[r].doc).id())) {
					same = false;
				}
			}
			for (int r = 0; r < theirs.length && close; r++) {
				// Lucene adds float scores: allow its rounding (about 1e-5 points) among equal scores
				close = Math.abs(mine.get(r).scoreUnits() - (double) theirs[r].score) <= 256;
			}
			identical += same ? 1 : 0;
			equivalent += close ? 1 : 0;
		}
		System.out.printf(Locale.ROOT,
				"lucene baseline (custom similarity, same score, 1 thread): %.0f queries/s wall, %.0f per CPU-second; "
						+ "engine %.0f wall, %.0f per CPU-second = %.1fx lucene (CPU), %.1fx (wall)%n",
				luceneQps, luceneCpuQps, engineQps, engineCpuQps, engineCpuQps / luceneCpuQps, engineQps / luceneQps);
		System.out.printf(Locale.ROOT,
				"top-%d agreement with lucene: %d/%d identical id lists; %d/%d identical up to float rounding of tied scores%n",
				K, identical, SAMPLE, equivalent, SAMPLE);

		// brute-force reference on a sample
		ReferenceMatcher reference = new ReferenceMatcher(scorer);
		int exact = 0;
		int n = 40;
		t0 = System.nanoTime();
		for (int i = 0; i < n; i++) {
			PersonProfile p = sample.get(i);
			if (reference.topOpportunities(p, opps, K).equals(engine.topOpportunities(p, K))) {
				exact++;
			}
		}
		double bf = secs(t0) / n;
		int exactO = 0;
		int m = 6;
		t0 = System.nanoTime();
		for (int i = 0; i < m; i++) {
			Opportunity o = opps.get(i * 997);
			if (reference.topPeople(o, people, K).equals(engine.topPeople(o, K))) {
				exactO++;
			}
		}
		double bfo = secs(t0) / m;
		System.out.printf(Locale.ROOT,
				"brute-force reference: person query %.1f ms (engine p50 %.3f ms, %.0fx), top-%d equal for %d/%d people; "
						+ "opportunity query %.0f ms, equal for %d/%d opportunities%n",
				bf * 1000, lat[SAMPLE / 2] / 1e6, bf * 1e9 / lat[SAMPLE / 2], K, exact, n, bfo * 1000, exactO, m);
		long[] answers = engine.answerCounts();
		System.out.printf(Locale.ROOT, "engine queries answered by the skills-first path: %d, by the full search: %d%n",
				answers[0], answers[1]);
		System.out.printf(Locale.ROOT, "(checksum %d) total bench time %.0f s%n", sink, secs(START));
	}

	static final long START = System.nanoTime();
	static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

	static long processCpu() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	static double secs(long t0) {
		return (System.nanoTime() - t0) / 1e9;
	}

	static long usedAfterGc() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		Runtime r = Runtime.getRuntime();
		return r.totalMemory() - r.freeMemory();
	}

	static void describe(List<Opportunity> opps, List<PersonProfile> people) {
		java.util.Map<String, Integer> df = new java.util.HashMap<>();
		long must = 0;
		long skills = 0;
		for (Opportunity o : opps) {
			must += o.must().size() + o.nice().size();
			o.must().forEach(s -> df.merge(s, 1, Integer::sum));
			o.nice().forEach(s -> df.merge(s, 1, Integer::sum));
		}
		for (PersonProfile p : people) {
			skills += p.skills().size();
		}
		int[] counts = df.values().stream().mapToInt(Integer::intValue).sorted().toArray();
		System.out.printf(Locale.ROOT,
				"skills per opportunity %.1f, per person %.1f; distinct skills in opportunities %d, most common in %d "
						+ "opportunities, median %d (Zipf-like)%n",
				must / (double) opps.size(), skills / (double) people.size(), counts.length,
				counts[counts.length - 1], counts[counts.length / 2]);
	}

	/**
	 * The same score in Lucene: skill terms carry their weight in units as the term frequency, the similarity scores
	 * boost × frequency (the boost is the person's credit), occupation and location are the same additive terms the
	 * engine uses with their weights as boosts, willing to move is a disjunction-max with a constant, and hard
	 * requirements are MUST_NOT clauses.
	 */
	static final class LuceneBaseline {

		static final FieldType WEIGHTED = new FieldType();
		static {
			WEIGHTED.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
			WEIGHTED.setTokenized(true);
			WEIGHTED.setOmitNorms(true);
			WEIGHTED.freeze();
		}

		final MatchContext context;
		final IndexSearcher searcher;
		final Set<String> codes = new HashSet<>();

		LuceneBaseline(MatchContext context, List<Opportunity> opps) throws IOException {
			this.context = context;
			Scorer scorer = new Scorer(context);
			ByteBuffersDirectory dir = new ByteBuffersDirectory();
			IndexWriterConfig cfg = new IndexWriterConfig();
			cfg.setSimilarity(new UnitSimilarity());
			cfg.setMergePolicy(new LogDocMergePolicy()); // keeps insertion order = id order: ties by id as the engine
			cfg.setRAMBufferSizeMB(256);
			try (IndexWriter writer = new IndexWriter(dir, cfg)) {
				for (Opportunity o : opps) {
					Document doc = new Document();
					Scorer.TermWeights tw = scorer.termWeights(o);
					doc.add(new Field("skill", new WeightedTerms(tw.skills(), tw.weights()), WEIGHTED));
					doc.add(new StringField("name", o.occupation(), Field.Store.NO));
					String g = context.ssyk4(o.occupation());
					if (g != null) {
						doc.add(new StringField("ssyk4", g, Field.Store.NO));
						doc.add(new StringField("ssyk3", MatchContext.ssyk3(g), Field.Store.NO));
					}
					doc.add(new StringField("muni", o.municipality(), Field.Store.NO));
					doc.add(new StringField("county", MatchContext.county(o.municipality()), Field.Store.NO));
					for (String l : o.requiredLicences()) {
						doc.add(new StringField("req", "D:" + l, Field.Store.NO));
						codes.add("D:" + l);
					}
					for (String l : o.requiredLanguages()) {
						doc.add(new StringField("req", "L:" + l, Field.Store.NO));
						codes.add("L:" + l);
					}
					writer.addDocument(doc);
				}
				writer.forceMerge(1);
			}
			searcher = new IndexSearcher(DirectoryReader.open(dir));
			searcher.setSimilarity(new UnitSimilarity());
		}

		Query query(PersonProfile p) {
			BooleanQuery.Builder b = new BooleanQuery.Builder();
			for (SkillClaim c : p.skills()) {
				b.add(new BoostQuery(new TermQuery(new Term("skill", c.skillId())), c.creditPermille()), Occur.SHOULD);
			}
			Set<String> s4 = new HashSet<>();
			for (String n : p.occupations()) {
				String g = context.ssyk4(n);
				if (g != null) {
					s4.add(g);
				}
				int w = g != null ? OccupationTier.SAME_OCCUPATION.units() - OccupationTier.SAME_SSYK4.units()
						: OccupationTier.SAME_OCCUPATION.units();
				b.add(new BoostQuery(new TermQuery(new Term("name", n)), w), Occur.SHOULD);
			}
			Set<String> s3 = new HashSet<>();
			for (String g : s4) {
				s3.add(MatchContext.ssyk3(g));
				b.add(new BoostQuery(new TermQuery(new Term("ssyk4", g)),
						OccupationTier.SAME_SSYK4.units() - OccupationTier.SAME_SSYK3.units()), Occur.SHOULD);
			}
			for (String g : s3) {
				b.add(new BoostQuery(new TermQuery(new Term("ssyk3", g)), OccupationTier.SAME_SSYK3.units()),
						Occur.SHOULD);
			}
			Set<String> related = new HashSet<>();
			for (String g : s4) {
				for (String r : context.relatedSsyk4(g)) {
					if (!s3.contains(MatchContext.ssyk3(r)) && related.add(r)) {
						b.add(new BoostQuery(new TermQuery(new Term("ssyk4", r)), OccupationTier.RELATED.units()),
								Occur.SHOULD);
					}
				}
			}
			BooleanQuery.Builder loc = new BooleanQuery.Builder();
			boolean area = p.reach() == Reach.COMMUTING_AREA;
			int home = LocationTier.SAME_MUNICIPALITY.units();
			int nb = LocationTier.NEIGHBOUR.units();
			int ar = LocationTier.COMMUTING_AREA.units();
			loc.add(new BoostQuery(new TermQuery(new Term("muni", p.municipality())), area ? home - ar : home),
					Occur.SHOULD);
			if (p.reach().covers(Reach.NEIGHBOURS)) {
				String county = MatchContext.county(p.municipality());
				for (String m : context.neighbours(p.municipality())) {
					loc.add(new BoostQuery(new TermQuery(new Term("muni", m)),
							area && MatchContext.county(m).equals(county) ? nb - ar : nb), Occur.SHOULD);
				}
			}
			if (area) {
				loc.add(new BoostQuery(new TermQuery(new Term("county", MatchContext.county(p.municipality()))), ar),
						Occur.SHOULD);
			}
			Query locQuery = loc.build();
			if (p.willingToMove()) {
				locQuery = new DisjunctionMaxQuery(List.of(locQuery, new BoostQuery(
						new ConstantScoreQuery(new MatchAllDocsQuery()), LocationTier.WILLING_TO_MOVE.units())), 0f);
			}
			b.add(locQuery, Occur.SHOULD);
			for (String c : codes) {
				boolean has = c.startsWith("D:") ? p.drivingLicences().contains(c.substring(2))
						: p.languages().contains(c.substring(2));
				if (!has) {
					b.add(new TermQuery(new Term("req", c)), Occur.MUST_NOT);
				}
			}
			return b.build();
		}
	}

	/** score = boost × term frequency; the frequency of a skill term is its weight in units, other terms have 1. */
	static final class UnitSimilarity extends Similarity {

		@Override
		public long computeNorm(FieldInvertState state) {
			return 1;
		}

		@Override
		public SimScorer scorer(float boost, CollectionStatistics collectionStats, TermStatistics... termStats) {
			return new SimScorer() {
				@Override
				public float score(float freq, long norm) {
					return boost * freq;
				}
			};
		}
	}

	/** Terms with a given frequency each. */
	static final class WeightedTerms extends TokenStream {

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
		private final TermFrequencyAttribute freq = addAttribute(TermFrequencyAttribute.class);
		private final String[] terms;
		private final int[] freqs;
		private int i;

		WeightedTerms(String[] terms, int[] freqs) {
			this.terms = terms;
			this.freqs = freqs;
		}

		@Override
		public boolean incrementToken() {
			while (i < terms.length && freqs[i] <= 0) {
				i++;
			}
			if (i >= terms.length) {
				return false;
			}
			clearAttributes();
			term.setEmpty().append(terms[i]);
			freq.setTermFrequency(freqs[i]);
			i++;
			return true;
		}

		@Override
		public void reset() throws IOException {
			super.reset();
			i = 0;
		}
	}
}
