package se.kompetensnav.analysis.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import se.kompetensnav.analysis.core.Balance.Kind;
import se.kompetensnav.analysis.core.Balance.Line;

class BalanceTests {

	@Test
	void theIndexRunsFromMinusOneWithoutSupplyToPlusOneWithoutDemand() {
		assertThat(new Balance(0, 10).index()).isEqualTo(-1.0);
		assertThat(new Balance(10, 0).index()).isEqualTo(1.0);
		assertThat(new Balance(10, 10).index()).isZero();
		// 6 people for 14 places: (6 − 14) / 20 = −0.4.
		assertThat(new Balance(6, 14).index()).isCloseTo(-0.4, within(1e-9));
		assertThat(new Balance(0, 0).index()).isNaN();
		assertThat(new Balance(0, 0).kind(0.2)).isEqualTo(Kind.NONE);
	}

	@Test
	void theMarginSeparatesShortageBalanceAndSurplus() {
		assertThat(new Balance(4, 6).kind(0.2)).isEqualTo(Kind.SHORTAGE); // −0.2 exactly
		assertThat(new Balance(5, 6).kind(0.2)).isEqualTo(Kind.BALANCED); // −0.09
		assertThat(new Balance(6, 4).kind(0.2)).isEqualTo(Kind.SURPLUS); // +0.2
	}

	@Test
	void theShortageListHasTheMostSevereFirstAndLeavesOutBalanceAndSurplus() {
		List<Line<String>> lines = List.of(new Line<>("svetsare", new Balance(2, 20)), // −0.82, 18 missing
				new Line<>("elektriker", new Balance(0, 5)), // −1.00, 5 missing
				new Line<>("processoperatör", new Balance(0, 40)), // −1.00, 40 missing
				new Line<>("växtodlare", new Balance(9, 10)), // balance
				new Line<>("lagerarbetare", new Balance(30, 5)), // surplus
				new Line<>("montör", new Balance(10, 15))); // −0.20: shortage at the margin
		assertThat(Balance.shortages(lines, 0.2)).extracting(Line::item)
			.containsExactly("processoperatör", "elektriker", "svetsare", "montör");
		assertThat(Balance.surpluses(lines, 0.2)).extracting(Line::item).containsExactly("lagerarbetare");
	}

	@Property
	void theIndexStaysWithinMinusOneAndOneAndHasTheSignOfSupplyMinusDemand(
			@ForAll @LongRange(max = 1_000_000) long supply, @ForAll @LongRange(max = 1_000_000) long demand) {
		Balance b = new Balance(supply, demand);
		if (supply + demand == 0) {
			assertThat(b.index()).isNaN();
			return;
		}
		assertThat(b.index()).isBetween(-1.0, 1.0);
		assertThat(Math.signum(b.index())).isEqualTo(Math.signum((double) supply - demand));
	}
}
