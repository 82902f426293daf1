package se.kompetensnav.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import se.kompetensnav.matching.core.Hit;
import se.kompetensnav.matching.core.MatchEngine;
import se.kompetensnav.matching.core.PersonProfile;
import se.kompetensnav.matching.core.Scorer;

/** JMH: one person's top-20 opportunities among 60,000 (the national opportunity index), sampled latency. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MatchingQueryJmh {

	MatchEngine engine;
	List<PersonProfile> profiles;
	int next;

	@Setup
	public void setup() {
		MatchingWorkload w = new MatchingWorkload(2026);
		engine = new MatchEngine(new Scorer(w.taxonomy.context()));
		engine.load(w.opportunities(60_000), List.of());
		profiles = w.people(4_000);
	}

	@Benchmark
	public List<Hit> personToOpportunities() {
		PersonProfile p = profiles.get(next++ % profiles.size());
		return engine.topOpportunities(p, 20);
	}
}
