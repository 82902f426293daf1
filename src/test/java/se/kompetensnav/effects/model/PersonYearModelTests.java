package se.kompetensnav.effects.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PersonYearModelTests {

	final Rates r2024 = ShippedRates.forYear(2024);

	/** Activity compensation has its first value in 2025. */
	final Rates r2025 = ShippedRates.forYear(2025);

	final Person person = new Person(30, 30_000, 30_000);

	@Test
	void everyTransferSumsToZeroInTheRealView() {
		for (Situation s : Situation.values()) {
			List<Flow> flows = PersonYearModel.flows(s, person, r2025);
			assertThat(Views.sum(flows, FlowKind.TRANSFER)).as("transfers of %s", s).isCloseTo(0, within(1e-6));
			// ... item by item: each benefit is a cost to its payer and the same income to the individual.
			flows.stream().filter(f -> f.kind() == FlowKind.TRANSFER).map(Flow::item).distinct().forEach(item -> {
				double net = flows.stream().filter(f -> f.item().equals(item)).mapToDouble(Flow::amount).sum();
				assertThat(net).as("%s in %s", item, s).isCloseTo(0, within(1e-6));
			});
		}
	}

	@Test
	void theActorsFinancialViewsAddUpToTheRealView() {
		for (Situation s : Situation.values()) {
			List<Flow> flows = PersonYearModel.flows(s, person, r2025);
			double sumOfActors = Views.financial(flows).values().stream().mapToDouble(Double::doubleValue).sum();
			assertThat(sumOfActors).as("%s", s).isCloseTo(Views.real(flows), within(1e-6));
		}
	}

	@Test
	void incomeSupportIsACostToTheMunicipalityAndIncomeToTheIndividualButNotACostToSociety() {
		List<Flow> flows = PersonYearModel.flows(Situation.JOB_SEEKING, person, r2024);
		double support = (5020 + 5500) * 12;
		assertThat(flows).contains(new Flow(Actor.MUNICIPALITY, "incomeSupport", FlowKind.TRANSFER, -support),
				new Flow(Actor.INDIVIDUAL, "incomeSupport", FlowKind.TRANSFER, support));
		// Society loses only the resources used: social work 30 h x 700 + AF 25,000 + 3 visits x 2,600.
		assertThat(Views.real(flows)).isCloseTo(-(30 * 700 + 25_000 + 3 * 2_600), within(1e-6));
	}

	@Test
	void workProducesTheWageAndEmployerContributionsAndPaysMunicipalAndRegionalTax() {
		List<Flow> flows = PersonYearModel.flows(Situation.WORK, person, r2024);
		assertThat(Views.real(flows)).isCloseTo(360_000 * 1.3142, within(1e-6));
		Map<Actor, Double> fin = Views.financial(flows);
		double tax = 360_000 * 0.3237 * 0.77;
		assertThat(fin.get(Actor.INDIVIDUAL)).isCloseTo(360_000 - tax, within(1e-6));
		assertThat(fin.get(Actor.REGION)).isCloseTo(360_000 * 0.1150 * 0.77, within(1e-6));
		assertThat(fin.get(Actor.MUNICIPALITY) + fin.get(Actor.REGION)).isCloseTo(tax, within(1e-6));
		assertThat(fin.get(Actor.STATE_OTHER)).isCloseTo(360_000 * 0.3142, within(1e-6));
	}

	@Test
	void sicknessBenefitFollowsTheRuleAndItsCap() {
		Rates r2023 = ShippedRates.forYear(2023);
		// 80 % x min(SGI, 10 x 52,500) x 0.97 / 365: a high income hits the cap of 1,116 SEK a day (2023).
		assertThat(r2023.sjukpenningPerDay(900_000)).isCloseTo(1116.16, within(0.01));
		assertThat(r2023.sjukpenningPerDay(365_000)).isCloseTo(0.8 * 365_000 * 0.97 / 365, within(1e-9));
	}

	@Test
	void employerContributionsAreLowerFrom66() {
		var older = new Person(66, 30_000, 30_000);
		double contributions = Views.financial(PersonYearModel.flows(Situation.WORK, older, r2024))
			.get(Actor.STATE_OTHER);
		assertThat(contributions).isCloseTo(360_000 * 0.1021, within(1e-6));
	}

	@Test
	void aChangedParameterChangesTheResult() {
		Rates higher = r2024.with(Rates.HOUSING, 7_000);
		assertThat(Views.financial(PersonYearModel.flows(Situation.JOB_SEEKING, person, higher)).get(Actor.MUNICIPALITY))
			.isLessThan(Views.financial(PersonYearModel.flows(Situation.JOB_SEEKING, person, r2024)).get(Actor.MUNICIPALITY));
	}
}
