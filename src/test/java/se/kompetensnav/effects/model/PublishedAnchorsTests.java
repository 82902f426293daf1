package se.kompetensnav.effects.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The published anchors of DOMAIN.md section 3, reproduced from the shipped 2024 parameters. The inputs and the
 * tolerances are documented in docs/effects.md.
 */
class PublishedAnchorsTests {

	final Rates r2024 = ShippedRates.forYear(2024);

	/**
	 * Jönköping: 160 young people with complex needs cost about 70 MSEK a year, about 440,000 SEK per person-year in
	 * early-2010s prices. The model's 2024 real-view cost of a young person outside work and studies, brought back
	 * to 2012 prices by the ratio of prisbasbelopp (44,000 / 57,300), lies within 10 % of it.
	 */
	@Test
	void jonkopingAbout440000PerPersonYear() {
		ExclusionCost cost = ExclusionCost.of(TypicalCase.YOUNG_NEET, 20, 0.035, r2024);
		double in2012Prices = cost.realPerYear() * ShippedRates.forYear(2012).get(Rates.PRISBASBELOPP)
				/ r2024.get(Rates.PRISBASBELOPP);
		System.out.printf("Jönköping anchor: %.0f SEK/person-year in 2024 prices, %.0f in 2012 prices (target 437,500)%n",
				cost.realPerYear(), in2012Prices);
		assertThat(in2012Prices).isCloseTo(70_000_000.0 / 160, within(0.10 * 437_500));
	}

	/**
	 * A young person outside work and studies can cost society 10-15 MSEK over adult life: the real-view cost from
	 * age 20 to the retirement age, discounted at 3.5 % real, lies in that range.
	 */
	@Test
	void youngPersonOutsideWorkAndStudiesCosts10To15MsekOverAdultLife() {
		ExclusionCost cost = ExclusionCost.of(TypicalCase.YOUNG_NEET, 20, 0.035, r2024);
		var lifetime = cost.presentValues().stream().filter(h -> h.horizon() == Horizon.TO_RETIREMENT).findFirst()
			.orElseThrow();
		System.out.printf("Lifetime anchor: %d years, PV %.1f MSEK%n", lifetime.years(), lifetime.real() / 1e6);
		assertThat(lifetime.years()).isEqualTo(47);
		assertThat(lifetime.real()).isBetween(10e6, 15e6);
	}

	@Test
	void theCostOfExclusionFallsOnTheActorsThatPayAndLoseTax() {
		ExclusionCost cost = ExclusionCost.of(TypicalCase.LONG_TERM_UNEMPLOYED, 40, 0.035, r2024);
		// The municipality pays income support and loses tax; the individual loses the wage net of the support.
		assertThat(cost.perYearByActor().get(Actor.MUNICIPALITY)).isGreaterThan(100_000);
		assertThat(cost.perYearByActor().get(Actor.ARBETSFORMEDLINGEN)).isCloseTo(25_000, within(1e-6));
		double sum = cost.perYearByActor().values().stream().mapToDouble(Double::doubleValue).sum();
		assertThat(sum).isCloseTo(cost.realPerYear(), within(1e-6));
		assertThat(cost.realPerYear()).isCloseTo(cost.productionLoss() + cost.resourceUse(), within(1e-6));
	}
}
