package se.kompetensnav.analysis.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import se.kompetensnav.analysis.core.Suppression.Reason;
import se.kompetensnav.analysis.core.Suppression.Relation;

class SuppressionTests {

	final Suppression<String> threshold5 = new Suppression<>(5);

	@Test
	void aSmallCellIsHiddenAndSoIsTheSmallestNeighbourThatWouldGiveItAwayThroughTheTotal() {
		// County 25 = Boden + Luleå + Piteå. Boden's 3 is small; with the total 40 published, 40 − 25 − 12 = 3.
		Map<String, Long> values = Map.of("25", 40L, "Boden", 3L, "Lulea", 25L, "Pitea", 12L);
		Map<String, Reason> hidden = threshold5.apply(values,
				List.of(new Relation<>("25", List.of("Boden", "Lulea", "Pitea"))));
		assertThat(hidden).containsEntry("Boden", Reason.PRIMARY).containsEntry("Pitea", Reason.SECONDARY)
			.doesNotContainKeys("25", "Lulea");
	}

	@Test
	void whenEveryOtherPartIsZeroTheTotalIsHidden() {
		Map<String, Long> values = Map.of("25", 3L, "Boden", 3L, "Lulea", 0L);
		Map<String, Reason> hidden = threshold5.apply(values,
				List.of(new Relation<>("25", List.of("Boden", "Lulea"))));
		assertThat(hidden).containsOnlyKeys("25", "Boden");
	}

	@Test
	void zeroAndCountsAtTheThresholdAreShown() {
		Map<String, Long> values = Map.of("25", 5L, "Boden", 5L, "Lulea", 0L);
		assertThat(threshold5.apply(values, List.of(new Relation<>("25", List.of("Boden", "Lulea"))))).isEmpty();
	}

	@Test
	void aHiddenTotalIsProtectedByHidingAPartToo() {
		// A small total (4) of two parts 2 and 2: both parts small anyway. Total 4 of parts 0 and 4 in a second
		// relation: hiding the total alone would be undone by the published parts.
		Map<String, Long> values = Map.of("T", 4L, "a", 4L, "b", 0L, "U", 12L, "c", 8L);
		Map<String, Reason> hidden = threshold5.apply(values,
				List.of(new Relation<>("T", List.of("a", "b")), new Relation<>("U", List.of("a", "c"))));
		assertThat(hidden).containsEntry("T", Reason.PRIMARY).containsEntry("a", Reason.PRIMARY)
			.containsEntry("c", Reason.SECONDARY);
	}

	@Test
	void aTwoWayTableWithMarginsIsProtectedAlongRowsAndColumns() {
		// Rows: municipalities A, B; columns: occupations x, y; margins A., B., .x, .y and the grand total.
		Map<String, Long> v = new HashMap<>();
		v.put("Ax", 2L);
		v.put("Ay", 20L);
		v.put("Bx", 30L);
		v.put("By", 40L);
		v.put("A.", 22L);
		v.put("B.", 70L);
		v.put(".x", 32L);
		v.put(".y", 60L);
		v.put("..", 92L);
		List<Relation<String>> r = List.of(new Relation<>("A.", List.of("Ax", "Ay")),
				new Relation<>("B.", List.of("Bx", "By")), new Relation<>(".x", List.of("Ax", "Bx")),
				new Relation<>(".y", List.of("Ay", "By")), new Relation<>("..", List.of("A.", "B.")),
				new Relation<>("..", List.of(".x", ".y")));
		Map<String, Reason> hidden = threshold5.apply(v, r);
		assertThat(hidden).containsKeys("Ax", "Ay", "Bx", "By");
		assertNoRelationHasExactlyOneHidden(r, hidden);
	}

	@Test
	void theThresholdMustBePositive() {
		assertThatThrownBy(() -> new Suppression<String>(0)).isInstanceOf(IllegalArgumentException.class);
	}

	static <K> void assertNoRelationHasExactlyOneHidden(List<Relation<K>> relations, Map<K, Reason> hidden) {
		for (Relation<K> rel : relations) {
			long n = (hidden.containsKey(rel.total()) ? 1 : 0)
					+ rel.parts().stream().filter(hidden::containsKey).count();
			assertThat(n).as("hidden members of %s", rel).isNotEqualTo(1);
		}
	}

	/** Random two-level tables (a county, municipalities, occupation groups with sub-groups). */
	@Property(tries = 300)
	void everySmallCountIsHiddenAndNoPublishedRelationLeavesASingleHiddenMember(@ForAll long seed,
			@ForAll @IntRange(min = 1, max = 8) int threshold) {
		java.util.Random random = new java.util.Random(seed);
		int areas = 1 + random.nextInt(5);
		int groups = 1 + random.nextInt(4);
		int subs = 1 + random.nextInt(3);
		Map<String, Long> values = new HashMap<>();
		for (int a = 0; a < areas; a++) {
			for (int g = 0; g < groups; g++) {
				for (int s = 0; s < subs; s++) {
					long v = random.nextInt(4) == 0 ? 0 : random.nextInt(30);
					values.put("m" + a + "|" + g + s, v);
					values.merge("m" + a + "|" + g, v, Long::sum);
					values.merge("m" + a + "|", v, Long::sum);
					values.merge("C|" + g + s, v, Long::sum);
					values.merge("C|" + g, v, Long::sum);
					values.merge("C|", v, Long::sum);
				}
			}
		}
		List<Relation<String>> relations = new ArrayList<>();
		List<String> areaNames = new ArrayList<>();
		areaNames.add("C");
		for (int a = 0; a < areas; a++) {
			areaNames.add("m" + a);
		}
		List<String> codes = new ArrayList<>();
		codes.add("");
		for (int g = 0; g < groups; g++) {
			codes.add("" + g);
			for (int s = 0; s < subs; s++) {
				codes.add("" + g + s);
			}
		}
		for (String area : areaNames) {
			List<String> top = new ArrayList<>();
			for (int g = 0; g < groups; g++) {
				top.add(area + "|" + g);
				List<String> parts = new ArrayList<>();
				for (int s = 0; s < subs; s++) {
					parts.add(area + "|" + g + s);
				}
				relations.add(new Relation<>(area + "|" + g, parts));
			}
			relations.add(new Relation<>(area + "|", top));
		}
		for (String code : codes) {
			List<String> parts = new ArrayList<>();
			for (int a = 0; a < areas; a++) {
				parts.add("m" + a + "|" + code);
			}
			relations.add(new Relation<>("C|" + code, parts));
		}
		Map<String, Reason> hidden = new Suppression<String>(threshold).apply(values, relations);
		values.forEach((k, v) -> {
			if (v > 0 && v < threshold) {
				assertThat(hidden).containsEntry(k, Reason.PRIMARY);
			}
		});
		assertNoRelationHasExactlyOneHidden(relations, hidden);
	}
}
