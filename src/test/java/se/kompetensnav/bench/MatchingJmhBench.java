package se.kompetensnav.bench;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs {@link MatchingQueryJmh}: {@code ./mvnw -q -B test-compile exec:exec -Dbench=MatchingJmhBench}. */
public final class MatchingJmhBench {

	private MatchingJmhBench() {
	}

	public static void main(String[] args) throws Exception {
		new Runner(new OptionsBuilder().include(MatchingQueryJmh.class.getName())
			.forks(1)
			.jvmArgs("-Xmx3g")
			.warmupIterations(3)
			.warmupTime(TimeValue.seconds(3))
			.measurementIterations(5)
			.measurementTime(TimeValue.seconds(3))
			.build()).run();
	}
}
