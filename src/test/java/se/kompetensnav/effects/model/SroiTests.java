package se.kompetensnav.effects.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The SROI formulas (Cabinet Office guide 2012) on worked examples computed by hand. */
class SroiTests {

	@Test
	void impactInYearOneAppliesDeadweightDisplacementAndAttribution() {
		// 10 people x 100,000 SEK x (1 - 0.25) x (1 - 0.10) x (1 - 0.20) = 540,000
		var outcome = new Sroi.Outcome("work", 10, 100_000, new Sroi.Adjustments(0.25, 0.10, 0.20, 0), 1);
		assertThat(outcome.impactByYear()[0]).isCloseTo(540_000, within(1e-6));
	}

	@Test
	void dropOffReducesEachLaterYearByItsShare() {
		var outcome = new Sroi.Outcome("work", 1, 1_000, new Sroi.Adjustments(0, 0, 0, 0.5), 4);
		assertThat(outcome.impactByYear()).containsExactly(1_000, 500, 250, 125);
	}

	@Test
	void workedExamplePvNpvRatioAndPayback() {
		// Inputs 200,000; impact 100,000 a year for 3 years, no adjustments, r = 3.5 %.
		// PV = 100,000/1.035 + 100,000/1.035^2 + 100,000/1.035^3 = 96,618.36 + 93,351.07 + 90,194.27 = 280,163.70
		var result = Sroi.calculate(200_000,
				List.of(new Sroi.Outcome("work", 1, 100_000, Sroi.Adjustments.NONE, 3)), 0.035);
		assertThat(result.presentValue()).isCloseTo(280_163.70, within(0.01));
		assertThat(result.netPresentValue()).isCloseTo(80_163.70, within(0.01));
		assertThat(result.ratio()).isCloseTo(1.4008, within(0.0001));
		// payback = inputs / (annual impact / 12) = 200,000 / 8,333.33 = 24 months
		assertThat(result.paybackMonths()).isCloseTo(24.0, within(1e-9));
	}

	@Test
	void workedExampleWithAllAdjustmentsAndDropOff() {
		// 30 people x 200,000 x 0.8 x 0.9 x 0.8 = 3,456,000 in year 1; drop-off 20 %: 2,764,800 in year 2.
		var outcome = new Sroi.Outcome("work", 30, 200_000, new Sroi.Adjustments(0.2, 0.1, 0.2, 0.2), 2);
		var result = Sroi.calculate(1_000_000, List.of(outcome), 0.035);
		assertThat(result.impactByYear()[0]).isCloseTo(3_456_000, within(1e-6));
		assertThat(result.impactByYear()[1]).isCloseTo(2_764_800, within(1e-6));
		double pv = 3_456_000 / 1.035 + 2_764_800 / (1.035 * 1.035);
		assertThat(result.presentValue()).isCloseTo(pv, within(1e-6));
		assertThat(result.ratio()).isCloseTo(pv / 1_000_000, within(1e-9));
		assertThat(result.paybackMonths()).isCloseTo(1_000_000 / (3_456_000 / 12.0), within(1e-9));
	}

	@Test
	void outcomesAddUpYearByYear() {
		var a = new Sroi.Outcome("a", 1, 100, Sroi.Adjustments.NONE, 2);
		var b = new Sroi.Outcome("b", 2, 100, Sroi.Adjustments.NONE, 1);
		assertThat(Sroi.calculate(100, List.of(a, b), 0).impactByYear()).containsExactly(300, 100);
	}

	@Test
	void anAdjustmentMustBeAShare() {
		assertThatThrownBy(() -> new Sroi.Adjustments(1.2, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
	}
}
