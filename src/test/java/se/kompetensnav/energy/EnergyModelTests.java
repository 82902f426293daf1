package se.kompetensnav.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The greenhouse, data-centre, heat-pump and matching models on cases checked by hand. */
class EnergyModelTests {

	static Climate constant(double t) {
		double[] m = new double[12];
		Arrays.fill(m, t);
		return new Climate("test", "test", m, 0, -20);
	}

	@Test
	void greenhouseDesignLoadAndAnnualDemandWithoutScreenOrLights() {
		// Cover 1000 m² × 1.5 = 1500 m² × U 6 = 9000 W/K; air 1206 × 1/h × 4000 m³ / 3600 = 1340 W/K.
		Greenhouse g = new Greenhouse(1000, 1.5, 6, 0, 1, 4, 20, 0, 0, 1);
		assertThat(g.coverLossCoefficient()).isEqualTo(9000, within(1e-9));
		assertThat(g.airLossCoefficient()).isEqualTo(1340, within(1e-9));
		// Design at −20 °C: 10 340 W/K × 40 K = 413.6 kW.
		assertThat(g.designLoadKw(-20)).isEqualTo(413.6, within(1e-9));
		// Outdoors 0 °C all year: 206.8 kW × 8760 h.
		assertThat(g.annualKwh(constant(0))).isEqualTo(206.8 * 8760, within(1e-3));
	}

	@Test
	void aThermalScreenAtNightAndGrowLightsCutTheDemand() {
		// Screen saves 50 % of the cover loss 18-06; 100 kW of lights 04-20.
		Greenhouse g = new Greenhouse(1000, 1.5, 6, 0.5, 1, 4, 20, 100, 16, 1);
		// Per day: 12 day hours with lights 206.8 − 100; 4 night hours with lights (04, 05, 18, 19) 116.8 − 100;
		// 8 dark night hours 116.8.
		double perDay = 12 * 106.8 + 4 * 16.8 + 8 * 116.8;
		assertThat(perDay).isEqualTo(2283.2, within(1e-9));
		assertThat(g.annualKwh(constant(0))).isEqualTo(perDay * 365, within(1e-3));
	}

	@Test
	void theHourlySeriesKeepsEveryMonthsMean() {
		double[] means = { -10.3, -9.6, -5.2, 0.7, 6.6, 12.6, 15.9, 13.8, 8.8, 2.3, -3.5, -7.6 };
		Climate c = new Climate("Luleå", "SMHI", means, 3, -30);
		double[] hourly = c.hourly();
		assertThat(hourly).hasSize(8760);
		double[] monthly = HeatMatching.monthly(hourly);
		for (int m = 0; m < 12; m++) {
			assertThat(monthly[m]).isEqualTo(means[m], within(1e-9));
		}
		// Coldest at 03:00, warmest at 15:00.
		assertThat(hourly[15] - hourly[3]).isEqualTo(6, within(1e-9));
	}

	@Test
	void heatPumpCopAndDataCentreDeliveredHeat() {
		HeatPump hp = new HeatPump(0.5, 3, 70);
		// 35 °C to 45 °C: lift (45 + 3) − (35 − 3) = 16 K; COP = 0.5 × 321.15 / 16 = 10.036.
		assertThat(hp.lift(35, 45)).isEqualTo(16, within(1e-9));
		assertThat(hp.cop(35, 45)).get().satisfies(c -> assertThat(c).isEqualTo(10.0359375, within(1e-9)));
		DataCentre dc = new DataCentre(1000, 0.8, 35);
		assertThat(dc.recoveredKw()).isEqualTo(800, within(1e-9));
		// Delivered = recovered × COP / (COP − 1) = 800 × 1.11066 = 888.5 kW.
		assertThat(dc.deliveredKw(hp, 45)).isEqualTo(800 * 10.0359375 / 9.0359375, within(1e-9));
		assertThat(dc.annualRecoveredMwh()).isEqualTo(7008, within(1e-9));
		// 60 °C heat for a 45 °C sink: a heat exchanger suffices.
		assertThat(hp.cop(60, 45)).isEmpty();
		assertThat(new DataCentre(1000, 0.8, 60).deliveredKw(hp, 45)).isEqualTo(800, within(1e-9));
		// 35 °C to 120 °C: lift 91 K > 70 K is impossible.
		assertThat(hp.possible(35, 120)).isFalse();
		assertThat(hp.possible(35, 80)).isTrue();
	}

	static HeatMatching.Settings settings() {
		return new HeatMatching.Settings(10, 1.3, 3000, 1500, 400, 8000, 0.05, 20, 0.01, 800, 0.01, 0.035, 30,
				new HeatPump(0.5, 3, 70));
	}

	static double[] flat(double kw, int steps) {
		double[] v = new double[steps];
		Arrays.fill(v, kw);
		return v;
	}

	@Test
	void aSourceOutOfReachIsNotMatched() {
		HeatMatching.Sink boden = new HeatMatching.Sink(1, "Växthus Boden", 65.825, 21.688, 45, flat(100, 8760));
		HeatMatching.Source lulea = new HeatMatching.Source(2, "Stålverk Luleå", 65.587, 22.120, 90,
				flat(10_000, 8760));
		HeatMatching.SinkMatches m = HeatMatching.matchSink(boden, List.of(lulea), settings());
		assertThat(m.ranked()).isEmpty();
		assertThat(m.excluded()).singleElement().satisfies(e -> {
			assertThat(e.reason()).isEqualTo(HeatMatching.Exclusion.OUT_OF_REACH);
			assertThat(e.routeKm()).isGreaterThan(10);
		});
	}

	@Test
	void anImpossibleLiftIsNotMatched() {
		HeatMatching.Sink dh = new HeatMatching.Sink(1, "Fjärrvärme", 65.825, 21.688, 120, flat(100, 12));
		HeatMatching.Source dc = new HeatMatching.Source(2, "Datacenter", 65.826, 21.689, 30, flat(500, 12));
		assertThat(HeatMatching.matchSink(dh, List.of(dc), settings()).excluded()).singleElement()
			.extracting(HeatMatching.Excluded::reason).isEqualTo(HeatMatching.Exclusion.IMPOSSIBLE_LIFT);
	}

	@Test
	void cheaperMatchesRankFirstAndTheCostFollowsTheAnnuity() {
		HeatMatching.Sink sink = new HeatMatching.Sink(1, "Växthus", 65.80, 21.70, 45, flat(100, 8760));
		// Same heat at 60 °C (heat exchanger only), 1 km and about 5 km away.
		HeatMatching.Source far = new HeatMatching.Source(2, "Långt bort", 65.80 + 5 / 111.195, 21.70, 60,
				flat(500, 8760));
		HeatMatching.Source near = new HeatMatching.Source(3, "Nära", 65.80 + 1 / 111.195, 21.70, 60,
				flat(500, 8760));
		HeatMatching.SinkMatches m = HeatMatching.matchSink(sink, List.of(far, near), settings());
		assertThat(m.ranked()).extracting(c -> c.source().name()).containsExactly("Nära", "Långt bort");
		HeatMatching.Candidate c = m.ranked().getFirst();
		// 1 km × 1.3 = 1.3 km of pipe; losses 20 W/m × 1300 m = 26 kW; the 100 kW demand is met every hour.
		assertThat(c.routeKm()).isEqualTo(1.3, within(1e-3));
		assertThat(c.matchedMwh()).isEqualTo(876, within(1e-6));
		assertThat(c.coverage()).isEqualTo(1, within(1e-9));
		assertThat(c.lossMwh()).isEqualTo(26 * 8.76, within(0.05));
		// Design 126 kW: pipe 1300 m × (3000 + 1500 × 0.126) SEK; two exchangers 2 × 400 × 126; pumps 5 % of pipe.
		double pipe = c.routeKm() * 1000 * (3000 + 1500 * (100 + c.routeKm() * 20) / 1000);
		assertThat(c.pipeInvestment()).isEqualTo(pipe, within(1e-6));
		double investment = pipe * 1.05 + 2 * 400 * (100 + c.routeKm() * 20);
		assertThat(c.investment()).isEqualTo(investment, within(1e-6));
		double annuity = 0.035 / (1 - Math.pow(1.035, -30));
		assertThat(settings().annuityFactor()).isEqualTo(annuity, within(1e-12));
		double annual = investment * (annuity + 0.01) + 876 * 0.01 * 800;
		assertThat(c.costPerMwh()).isEqualTo(annual / 876, within(1e-6));
	}

	@Test
	void monthlyAndHourlyMatchingAgreeOnFlatProfiles() {
		HeatMatching.Sink hourly = new HeatMatching.Sink(1, "S", 65.8, 21.7, 45, flat(100, 8760));
		HeatMatching.Sink monthly = new HeatMatching.Sink(1, "S", 65.8, 21.7, 45, flat(100, 12));
		HeatMatching.Source h = new HeatMatching.Source(2, "Q", 65.81, 21.7, 35, flat(60, 8760));
		HeatMatching.Source m = new HeatMatching.Source(2, "Q", 65.81, 21.7, 35, flat(60, 12));
		double a = HeatMatching.matchSink(hourly, List.of(h), settings()).ranked().getFirst().matchedMwh();
		double b = HeatMatching.matchSink(monthly, List.of(m), settings()).ranked().getFirst().matchedMwh();
		assertThat(a).isEqualTo(b, within(1e-6));
	}

	@Test
	void haversineDistance() {
		assertThat(HeatMatching.distanceKm(0, 0, 0, 1)).isEqualTo(111.195, within(0.001));
	}
}
