package se.kompetensnav.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static se.kompetensnav.energy.HourlyProfileAndAllocationTests.SETTINGS;
import static se.kompetensnav.energy.HourlyProfileAndAllocationTests.flat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The register dispatched together: each source serves its own sinks in merit order, and a sink left short takes
 * from its second-best source what that source has left. Heat exchangers, pipe loss 20 W/m (as in
 * {@link HourlyProfileAndAllocationTests}).
 */
class HeatDispatchTests {

	static HeatMatching.Sink sink(long id, double kw) {
		return new HeatMatching.Sink(id, "sink " + id, 0, 0, 50, flat(kw));
	}

	static HeatMatching.Candidate match(HeatMatching.Source src, double routeKm, double costPerMwh,
			double investment) {
		return new HeatMatching.Candidate(src, routeKm, -14, 0, 80, 700.8, 1, 0, investment, investment, 0,
				investment * 0.1, costPerMwh);
	}

	static HeatMatching.SinkMatches matches(HeatMatching.Sink sink, HeatMatching.Candidate... ranked) {
		return new HeatMatching.SinkMatches(sink, 0, List.of(ranked), List.of());
	}

	@Test
	void aSinkLeftShortByItsSharedSourceTakesWhatItsSecondBestHasLeftAfterThatSourcesOwnSink() {
		HeatMatching.Source a = new HeatMatching.Source(1, "A", 0, 0, 70, flat(100));
		HeatMatching.Source b = new HeatMatching.Source(2, "B", 0, 0, 70, flat(100));
		// Sinks 1 and 2 both have A as their best source; 1 is cheaper and served first. Sink 3's best is B.
		// Sink 2's second-best is B (1 km pipe, 20 kW loss).
		HeatMatching.SinkMatches s1 = matches(sink(1, 80), match(a, 0.5, 100, 1_000_000));
		HeatMatching.SinkMatches s2 = matches(sink(2, 80), match(a, 1.0, 200, 2_000_000),
				match(b, 1.0, 300, 3_000_000));
		HeatMatching.SinkMatches s3 = matches(sink(3, 50), match(b, 0.5, 150, 500_000));

		HeatDispatch.Result r = HeatDispatch.dispatch(List.of(s1, s2, s3), SETTINGS);

		// Sink 1: 80 kW + 10 loss of A's 100. Sink 2 gets A's 10 kW, eaten by its 20 kW loss: nothing from A.
		assertThat(r.sink(1).primaryMwh()).isCloseTo(700.8, within(1e-6));
		assertThat(r.sink(2).primaryMwh()).isZero();
		assertThat(r.sink(2).coverageWithout()).isZero();
		// B serves its own sink 3 first (50 + 10 kW loss), leaving 40 kW; sink 2 takes them, minus 20 kW loss.
		assertThat(r.sink(3).primaryMwh()).isCloseTo(50 * 8.76, within(1e-6));
		assertThat(r.sink(3).fallbackMwh()).isZero();
		assertThat(r.sink(2).fallbackSourceId()).isEqualTo(2L);
		assertThat(r.sink(2).fallbackMwh()).isCloseTo(20 * 8.76, within(1e-6));
		assertThat(r.sink(2).coverage()).isCloseTo(20.0 / 80, within(1e-9));
		// The second pipe's cost: 3,000,000 SEK × 1/10 a year, no electricity, over 175.2 MWh.
		assertThat(r.sink(2).fallbackInvestment()).isEqualTo(3_000_000);
		assertThat(r.sink(2).fallbackCostPerMwh()).isCloseTo(300_000 / (20 * 8.76), within(1e-6));
		// B: 60 kW to its own sink, 40 kW to the fallback; nothing left.
		HeatDispatch.SourceResult sourceB = r.sources().stream().filter(x -> x.sourceId() == 2).findFirst()
			.orElseThrow();
		assertThat(sourceB.toOwnMwh()).isCloseTo(60 * 8.76, within(1e-6));
		assertThat(sourceB.toFallbackMwh()).isCloseTo(40 * 8.76, within(1e-6));
	}

	@Test
	void aSinkItsBestSourceCoversTakesNothingFromTheSecondPipe() {
		HeatMatching.Source a = new HeatMatching.Source(1, "A", 0, 0, 70, flat(200));
		HeatMatching.Source b = new HeatMatching.Source(2, "B", 0, 0, 70, flat(200));
		HeatDispatch.Result r = HeatDispatch.dispatch(List.of(matches(sink(1, 80), match(a, 0.5, 100, 1_000_000),
				match(b, 1.0, 300, 3_000_000))), SETTINGS);
		assertThat(r.sink(1).coverage()).isCloseTo(1, within(1e-9));
		assertThat(r.sink(1).fallbackMwh()).isZero();
		assertThat(r.sink(1).fallbackCostPerMwh()).isNull();
	}

	@Test
	void theOwnSinksOfASourceAreNeverWorseOffForAnotherSinksFallback() {
		// B is so small that its own sink uses all of it: a sink falling back on B gets nothing.
		HeatMatching.Source a = new HeatMatching.Source(1, "A", 0, 0, 70, flat(50));
		HeatMatching.Source b = new HeatMatching.Source(2, "B", 0, 0, 70, flat(60));
		HeatDispatch.Result r = HeatDispatch.dispatch(List.of(
				matches(sink(1, 80), match(a, 0.5, 100, 1_000_000), match(b, 0.1, 300, 100_000)),
				matches(sink(2, 50), match(b, 0.5, 150, 500_000))), SETTINGS);
		assertThat(r.sink(2).primaryMwh()).isCloseTo(50 * 8.76, within(1e-6));
		assertThat(r.sink(1).primaryMwh()).isCloseTo(40 * 8.76, within(1e-6));
		assertThat(r.sink(1).fallbackMwh()).isZero();
	}

	/** On random registers: the primary shares are HeatAllocation's merit order, and no balance is broken. */
	@Test
	void onRandomRegistersThePrimaryPassIsTheMeritOrderAllocationAndNothingIsCreated() {
		Random random = new Random(11);
		for (int round = 0; round < 40; round++) {
			int nSources = 1 + random.nextInt(4);
			List<HeatMatching.Source> sources = new ArrayList<>();
			for (int j = 0; j < nSources; j++) {
				double[] monthly = new double[12];
				for (int m = 0; m < 12; m++) {
					monthly[m] = random.nextInt(200);
				}
				sources.add(new HeatMatching.Source(100 + j, "källa " + j, 0, 0, 70, monthly));
			}
			List<HeatMatching.SinkMatches> all = new ArrayList<>();
			int nSinks = 1 + random.nextInt(6);
			for (int i = 0; i < nSinks; i++) {
				double[] monthly = new double[12];
				for (int m = 0; m < 12; m++) {
					monthly[m] = random.nextInt(120);
				}
				HeatMatching.Sink sink = new HeatMatching.Sink(i + 1, "sink " + i, 0, 0, 50, monthly);
				List<HeatMatching.Candidate> ranked = new ArrayList<>();
				List<HeatMatching.Source> shuffled = new ArrayList<>(sources);
				java.util.Collections.shuffle(shuffled, random);
				for (HeatMatching.Source src : shuffled.subList(0, 1 + random.nextInt(shuffled.size()))) {
					ranked.add(match(src, random.nextDouble() * 2, 50 + random.nextInt(300), 1_000_000));
				}
				ranked.sort(java.util.Comparator.comparingDouble(HeatMatching.Candidate::costPerMwh));
				all.add(new HeatMatching.SinkMatches(sink, 0, ranked, List.of()));
			}
			HeatDispatch.Result r = HeatDispatch.dispatch(all, SETTINGS);

			Map<Long, List<HeatAllocation.Share>> bySource = new HashMap<>();
			all.forEach(m -> bySource.computeIfAbsent(m.ranked().getFirst().source().id(), k -> new ArrayList<>())
				.add(new HeatAllocation.Share(m.sink(), m.ranked().getFirst())));
			for (HeatMatching.Source src : sources) {
				List<HeatAllocation.Share> shares = bySource.get(src.id());
				if (shares == null) {
					continue;
				}
				for (HeatAllocation.SinkShare share : HeatAllocation
					.allocate(src, shares, HeatAllocation.Rule.MERIT_ORDER, SETTINGS).sinks()) {
					assertThat(r.sink(share.sinkId()).primaryMwh()).isCloseTo(share.allocatedMwh(), within(1e-6));
				}
			}
			for (HeatDispatch.SinkResult s : r.sinks()) {
				assertThat(s.primaryMwh() + s.fallbackMwh()).isLessThanOrEqualTo(s.demandMwh() + 1e-6);
				assertThat(s.coverage()).isGreaterThanOrEqualTo(s.coverageWithout());
			}
			for (HeatDispatch.SourceResult s : r.sources()) {
				assertThat(s.toOwnMwh() + s.toFallbackMwh()).isLessThanOrEqualTo(s.availableMwh() + 1e-6);
			}
		}
	}
}
