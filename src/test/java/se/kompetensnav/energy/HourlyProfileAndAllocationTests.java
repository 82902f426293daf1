package se.kompetensnav.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.kompetensnav.common.FieldError;
import se.kompetensnav.common.InvalidInputException;

class HourlyProfileAndAllocationTests {

	static String csv(String header, String delimiter, String... replaced) {
		StringBuilder sb = new StringBuilder(header);
		for (int h = 0; h < Climate.HOURS; h++) {
			sb.append(h).append(delimiter).append(h < replaced.length ? replaced[h] : "10").append('\n');
		}
		return sb.toString();
	}

	@Test
	void aSwedishSpreadsheetExportWithHeaderSemicolonsAndDecimalCommasIsRead() {
		HourlyProfile p = HourlyProfileCsv.parse(csv("timme;kW\n", ";", "12,5", "0"), "hourlyProfile");
		assertThat(p.kw()[0]).isEqualTo(12.5);
		assertThat(p.kw()[1]).isZero();
		// 8,758 hours of 10 kW + 12.5 kW = 87,592.5 kWh.
		assertThat(p.annualMwh()).isCloseTo(87.5925, within(1e-9));
		assertThat(p.peakKw()).isEqualTo(12.5);
		assertThat(p.monthlyMwh().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(87.5925, within(1e-9));
		// Single values, comma-separated files and the stored text read back the same.
		assertThat(HourlyProfileCsv.parse(csv("", ",", "12.5", "0"), "x").kw()).isEqualTo(p.kw());
		assertThat(HourlyProfile.ofText(p.text()).kw()).isEqualTo(p.kw());
		assertThat(HourlyProfileCsv.parse(p.csv(), "x").kw()).isEqualTo(p.kw());
	}

	@Test
	void badValuesAreReportedByLineAndAWrongCountByItsSize() {
		// Header on line 1, so hour h is on line h + 2: the 3rd and 5th values are lines 4 and 6.
		String text = csv("hour,kw\n", ",", "1", "2", "abc", "4", "-1");
		assertThatThrownBy(() -> HourlyProfileCsv.parse(text, "hourlyProfile"))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> {
				assertThat(e.errors()).extracting(FieldError::line).containsExactly(4, 6);
				assertThat(e.errors()).extracting(FieldError::field).containsOnly("hourlyProfile");
				assertThat(e.errors().get(0).args()).containsExactly("abc");
				assertThat(e.errors().get(1).args()).containsExactly("-1");
			});
		String shortFile = String.join("\n", java.util.Collections.nCopies(8759, "5"));
		assertThatThrownBy(() -> HourlyProfileCsv.parse(shortFile, "hourlyProfile"))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.errors().getFirst().args()).containsExactly(8759, 8760));
	}

	@Test
	void atMostTwentyLineErrorsAreListed() {
		String text = String.join("\n", java.util.Collections.nCopies(8760, "x"));
		assertThatThrownBy(() -> HourlyProfileCsv.parse(text, "p")).isInstanceOfSatisfying(
				InvalidInputException.class, e -> assertThat(e.errors()).hasSize(HourlyProfileCsv.MAX_ERRORS + 1));
	}

	// Allocation: a 100 kW source, heat exchangers (no heat pump), two sinks needing 80 kW each, pipe loss 20 W/m.
	static final HeatMatching.Settings SETTINGS = new HeatMatching.Settings(10, 1, 0, 0, 0, 0, 0, 20, 0, 800, 0, 0,
			10, new HeatPump(0.5, 3, 70));

	static double[] flat(double kw) {
		double[] v = new double[Climate.HOURS];
		Arrays.fill(v, kw);
		return v;
	}

	static HeatAllocation.Share share(HeatMatching.Source src, long id, double routeKm, double costPerMwh,
			double investment) {
		HeatMatching.Sink sink = new HeatMatching.Sink(id, "sink " + id, 0, 0, 50, flat(80));
		return new HeatAllocation.Share(sink, new HeatMatching.Candidate(src, routeKm, -14, 0, 80, 700.8, 1, 0,
				investment, investment, 0, investment * 0.1, costPerMwh));
	}

	@Test
	void inMeritOrderTheCheapestSinkIsServedFirstAndTheNextGetsWhatIsLeft() {
		HeatMatching.Source src = new HeatMatching.Source(1, "källa", 0, 0, 70, flat(100));
		// B is listed first but A is cheaper on its own, so A is served first.
		HeatAllocation.Result r = HeatAllocation.allocate(src,
				List.of(share(src, 2, 1.0, 200, 2_000_000), share(src, 1, 0.5, 100, 1_000_000)),
				HeatAllocation.Rule.MERIT_ORDER, SETTINGS);
		assertThat(r.availableMwh()).isCloseTo(876, within(1e-6));
		assertThat(r.usedMwh()).isCloseTo(876, within(1e-6));
		HeatAllocation.SinkShare a = r.sinks().get(0);
		HeatAllocation.SinkShare b = r.sinks().get(1);
		// A needs 80 + 10 kW loss = 90 of 100 kW and gets its 80 kW: 700.8 MWh. B needs 100, gets the 10 left,
		// which the 20 kW loss of its pipe eats: nothing.
		assertThat(a.sinkId()).isEqualTo(1);
		assertThat(a.order()).isEqualTo(1);
		assertThat(a.allocatedMwh()).isCloseTo(700.8, within(1e-6));
		assertThat(a.coverage()).isCloseTo(1, within(1e-9));
		// Its cost: 1,000,000 SEK × (1/10 annuity at 0 % + 0 maintenance) / 700.8 MWh, no electricity.
		assertThat(a.costPerMwh()).isCloseTo(100_000 / 700.8, within(1e-6));
		assertThat(b.allocatedMwh()).isZero();
		assertThat(b.shortfallMwh()).isCloseTo(700.8, within(1e-6));
		assertThat(b.costPerMwh()).isNull();
	}

	@Test
	void proportionallyEachSinkGetsTheSourceInProportionToItsNeed() {
		HeatMatching.Source src = new HeatMatching.Source(1, "källa", 0, 0, 70, flat(100));
		HeatAllocation.Result r = HeatAllocation.allocate(src,
				List.of(share(src, 1, 0.5, 100, 1_000_000), share(src, 2, 1.0, 200, 2_000_000)),
				HeatAllocation.Rule.PROPORTIONAL, SETTINGS);
		// Needs 90 and 100 kW of 100: A takes 100 × 90/190 − 10 kW loss = 37.368 kW; B 100 × 100/190 − 20 = 32.632.
		assertThat(r.sinks().get(0).allocatedMwh()).isCloseTo((9000.0 / 190 - 10) * 8.76, within(1e-6));
		assertThat(r.sinks().get(1).allocatedMwh()).isCloseTo((10000.0 / 190 - 20) * 8.76, within(1e-6));
	}

	@Test
	void aSourceLargeEnoughForAllGivesEachItsStandAloneHeatUnderEitherRule() {
		HeatMatching.Source src = new HeatMatching.Source(1, "källa", 0, 0, 70, flat(200));
		for (HeatAllocation.Rule rule : HeatAllocation.Rule.values()) {
			HeatAllocation.Result r = HeatAllocation.allocate(src,
					List.of(share(src, 1, 0.5, 100, 1_000_000), share(src, 2, 1.0, 200, 2_000_000)), rule, SETTINGS);
			assertThat(r.sinks()).allSatisfy(s -> assertThat(s.allocatedMwh()).isCloseTo(700.8, within(1e-6)));
			// 90 + 100 kW of 200 are used.
			assertThat(r.usedMwh()).isCloseTo(190 * 8.76, within(1e-6));
		}
	}
}
