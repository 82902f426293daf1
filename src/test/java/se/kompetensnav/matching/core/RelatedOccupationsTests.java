package se.kompetensnav.matching.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.kompetensnav.matching.internal.TaxonomyFiles;

/** Career moves computed from the shipped SSYK-4 skill profiles. */
class RelatedOccupationsTests {

	static final String SVETSARE = "rxrQ_Nyy_k6y";

	@Test
	void svetsareCanMoveToOtherWeldingAndMetalOccupations() {
		TaxonomyFiles t = TaxonomyFiles.load();
		List<RelatedOccupations.Related> related = t.related.forOccupation(SVETSARE, 10, t.codeByName, t.namesByCode,
				t.labels);
		assertThat(related).hasSize(10);
		assertThat(related).extracting(RelatedOccupations.Related::label).contains("Spårsvetsare");
		// every suggestion is a metal trade: SSYK 72xx (metal, machinery) or 8xxx machine operators
		assertThat(related).allSatisfy(r -> assertThat(t.codeByName.get(r.id())).matches("7[0-9]{3}|8[0-9]{3}"));
		assertThat(related).anySatisfy(r -> assertThat(t.codeByName.get(r.id())).isNotEqualTo("7212"));
		assertThat(related).extracting(RelatedOccupations.Related::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
		related.stream().filter(r -> r.score() < 1).forEach(r -> {
			assertThat(r.shared()).isNotEmpty();
			assertThat(r.missing()).doesNotContainAnyElementsOf(r.shared());
		});
	}

	@Test
	void similarityIsCosineOfRarityWeightedProfiles() {
		var r = new RelatedOccupations(Map.of("A", Set.of("x", "y"), "B", Set.of("x", "y", "z"), "C", Set.of("q")));
		List<RelatedOccupations.RelatedGroup> fromA = r.relatedGroups("A", 5);
		assertThat(fromA).extracting(RelatedOccupations.RelatedGroup::group).containsExactly("B");
		assertThat(fromA.get(0).shared()).containsExactly("x", "y");
		assertThat(fromA.get(0).missing()).containsExactly("z");
		double wx = Math.log1p(3 / 2.0);
		double wz = Math.log1p(3 / 1.0);
		double expected = 2 * wx * wx / Math.sqrt(2 * wx * wx * (2 * wx * wx + wz * wz));
		assertThat(fromA.get(0).score()).isEqualTo(Math.round(expected * 1000) / 1000.0);
	}
}
