package se.kompetensnav.people.esf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import se.kompetensnav.people.esf.RepresentativeSample.Unit;

class RepresentativeSampleTests {

	/** 60 women 18-29, 30 men 30-54, 10 non-binary 55+. */
	static List<Unit> population() {
		List<Unit> units = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			units.add(new Unit("w" + i, "WOMAN/18-29"));
		}
		for (int i = 0; i < 30; i++) {
			units.add(new Unit("m" + i, "MAN/30-54"));
		}
		for (int i = 0; i < 10; i++) {
			units.add(new Unit("n" + i, "NON_BINARY/55+"));
		}
		return units;
	}

	static Map<String, Long> byStratum(RepresentativeSample.Draw d) {
		return d.members().stream().collect(Collectors.groupingBy(Unit::stratum, Collectors.counting()));
	}

	@Test
	void eachStratumGetsItsProportionalShare() {
		var d = RepresentativeSample.draw(population(), 20, 42);
		assertThat(d.members()).hasSize(20).doesNotHaveDuplicates();
		assertThat(byStratum(d)).containsEntry("WOMAN/18-29", 12L).containsEntry("MAN/30-54", 6L)
			.containsEntry("NON_BINARY/55+", 2L);
		assertThat(d.strata()).extracting(RepresentativeSample.Stratum::population).containsExactly(30, 10, 60);
	}

	@Test
	void leftOverPlacesGoToTheLargestRemainders() {
		// 7 of 100: exact shares 4.2, 2.1, 0.7 -> 4, 2, 0 and the seventh to the 0.7 remainder
		var d = RepresentativeSample.draw(population(), 7, 1);
		assertThat(byStratum(d)).containsEntry("WOMAN/18-29", 4L).containsEntry("MAN/30-54", 2L)
			.containsEntry("NON_BINARY/55+", 1L);
	}

	@Test
	void theSameSeedDrawsTheSameSampleWhateverTheRowOrder() {
		List<Unit> shuffled = new ArrayList<>(population());
		Collections.shuffle(shuffled, new Random(7));
		var a = RepresentativeSample.draw(population(), 25, 20260101L);
		var b = RepresentativeSample.draw(shuffled, 25, 20260101L);
		assertThat(b.members()).containsExactlyElementsOf(a.members());
		var c = RepresentativeSample.draw(population(), 25, 20260102L);
		assertThat(c.members()).isNotEqualTo(a.members());
	}

	@Test
	void aSampleLargerThanThePopulationTakesEveryone() {
		var d = RepresentativeSample.draw(population(), 500, 3);
		assertThat(d.members()).hasSize(100);
		assertThat(RepresentativeSample.draw(List.of(), 5, 3).members()).isEmpty();
	}

	@Test
	void theStratumIsGenderAndTheEsfAgeBandAtEntry() {
		assertThat(RepresentativeSample.stratum("WOMAN", 17)).isEqualTo("WOMAN/0-17");
		assertThat(RepresentativeSample.stratum("MAN", 29)).isEqualTo("MAN/18-29");
		assertThat(RepresentativeSample.stratum("MAN", 30)).isEqualTo("MAN/30-54");
		assertThat(RepresentativeSample.stratum("NON_BINARY", 55)).isEqualTo("NON_BINARY/55+");
		assertThat(RepresentativeSample.stratum("WOMAN", null)).isEqualTo("WOMAN/unknown");
	}
}
