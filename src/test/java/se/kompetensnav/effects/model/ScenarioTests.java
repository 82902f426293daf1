package se.kompetensnav.effects.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ScenarioTests {

	final Rates r = ShippedRates.forYear(2025);

	Scenario.Input vaxtzon(Sroi.Adjustments adj) {
		return new Scenario.Input(114, 0.30, 0.0, 3, Situation.JOB_SEEKING, 30, 60, 8, 4, adj, 0.035);
	}

	@Test
	void scenarioOf114PlacesWith30PercentToWorkForThreeYears() {
		var result = Scenario.calculate(vaxtzon(Sroi.Adjustments.NONE), r);
		// Investment: 114 x (60 h x 650 + 8 weeks x 1,500 + 4 weeks x 4,000) = 114 x 67,000 = 7,638,000
		assertThat(result.report().totalInvestment()).isCloseTo(7_638_000, within(1e-6));
		assertThat(result.toWork()).isCloseTo(34.2, within(1e-9));
		double perPerson = result.realPerPersonInWork();
		assertThat(result.report().realByYear()).hasSize(3);
		assertThat(result.report().realByYear()[0]).isCloseTo(34.2 * perPerson, within(1e-6));
		double pv = Discounting.presentValue(34.2 * perPerson, 3, 0.035);
		assertThat(result.report().sroi().presentValue()).isCloseTo(pv, within(1e-6));
		assertThat(result.report().sroi().ratio()).isCloseTo(pv / 7_638_000, within(1e-9));
		// The municipality gains back income support and tax; the sum over actors is society's real gain.
		double actors = result.report().presentValue().values().stream().mapToDouble(Double::doubleValue).sum();
		assertThat(actors).isCloseTo(pv, within(1e-3));
		assertThat(result.report().net().get(Actor.MUNICIPALITY)).isEqualTo(
				result.report().presentValue().get(Actor.MUNICIPALITY) - 7_638_000);
	}

	@Test
	void adjustmentsAndDropOffReduceTheReturns() {
		var plain = Scenario.calculate(vaxtzon(Sroi.Adjustments.NONE), r).report();
		var adjusted = Scenario.calculate(vaxtzon(new Sroi.Adjustments(0.2, 0.1, 0.2, 0.2)), r).report();
		assertThat(adjusted.realByYear()[0]).isCloseTo(plain.realByYear()[0] * 0.8 * 0.9 * 0.8, within(1e-6));
		assertThat(adjusted.realByYear()[1]).isCloseTo(adjusted.realByYear()[0] * 0.8, within(1e-6));
		assertThat(adjusted.sroi().paybackMonths()).isGreaterThan(plain.sroi().paybackMonths());
	}

	@Test
	void participantLedgerCountsTheChangeFromEntryUntilTheFollowUps() {
		LocalDate entry = LocalDate.of(2024, 1, 1);
		var input = new LedgerInput("p1", 30, entry, Situation.JOB_SEEKING,
				List.of(new LedgerInput.FollowUp(entry.plusDays(365), Situation.WORK)),
				Map.of(ActivityKind.CONSULTANT, 40.0, ActivityKind.INTERNSHIP, 80.0));
		var ledger = ParticipantLedger.of(input, entry.plusDays(365 * 3), 3, 0.0, r);
		// Cost: 40 h x 650 + 80 h / 40 x 1,500 = 29,000
		assertThat(ledger.cost()).isCloseTo(29_000, within(1e-6));
		// Year 1 the person was still job seeking: no gain. Years 2 and 3 in work: the full yearly gain.
		double perYear = Views.real(PersonYearModel.flows(Situation.WORK, new Person(30, 27_000, 27_000), r))
				- Views.real(PersonYearModel.flows(Situation.JOB_SEEKING, new Person(30, 27_000, 27_000), r));
		assertThat(ledger.realByYear()).containsExactly(0.0, perYear, perYear);
		var programme = ParticipantLedger.programme(List.of(ledger, ledger), 3, Sroi.Adjustments.NONE, 0.035);
		assertThat(programme.totalInvestment()).isCloseTo(58_000, within(1e-6));
		assertThat(programme.realByYear()[1]).isCloseTo(2 * perYear, within(1e-6));
	}
}
