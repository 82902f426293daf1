package se.kompetensnav.effects.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DiscountingTests {

	@Test
	void anAmountInYearTIsDividedByOnePlusRToTheT() {
		assertThat(Discounting.factor(1, 0.035)).isCloseTo(1 / 1.035, within(1e-12));
		assertThat(Discounting.factor(10, 0.035)).isCloseTo(0.708919, within(1e-6));
	}

	@Test
	void presentValueOfAConstantSeriesIsTheAnnuityFactor() {
		// (1 - 1.035^-20) / 0.035 = 14.212403
		assertThat(Discounting.presentValue(1.0, 20, 0.035)).isCloseTo(14.212403, within(1e-6));
		assertThat(Discounting.presentValue(1000, 5, 0)).isCloseTo(5000, within(1e-9));
	}

	@Test
	void aHigherRateGivesALowerPresentValue() {
		assertThat(Discounting.presentValue(1.0, 20, 0.05)).isLessThan(Discounting.presentValue(1.0, 20, 0.035));
	}

	@Test
	void horizonToRetirementCountsTheYearsLeft() {
		assertThat(Horizon.TO_RETIREMENT.years(20, 67)).isEqualTo(47);
		assertThat(Horizon.FIVE_YEARS.years(20, 67)).isEqualTo(5);
		assertThat(Horizon.TO_RETIREMENT.years(70, 67)).isEqualTo(1);
	}
}
