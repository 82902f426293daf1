package se.kompetensnav.matching.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class GapPlannerTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
	final GapPlanner planner = new GapPlanner(ScorerTests.CONTEXT);

	static Offer course(String id, int weeks, String place, String... skills) {
		return new Offer(id, Offer.Kind.COURSE, Set.of(skills), weeks, List.of(new Offer.Start(TODAY.plusWeeks(2), 5)),
				place, false);
	}

	@Test
	void coversTheMissingMustHavesInTheFewestWeeks() {
		var request = new GapPlanner.Request(Set.of("mig", "tig", "truck"), "2582", Reach.NEIGHBOURS, false, TODAY);
		List<Offer> catalogue = List.of(course("A-all", 20, "2582", "mig", "tig", "truck"),
				course("B-mig-tig", 8, "2580", "mig", "tig"), course("C-truck", 2, "2582", "truck"),
				new Offer("V-tig", Offer.Kind.VALIDATION, Set.of("tig"), 1, List.of(new Offer.Start(TODAY, 3)), "0180",
						true),
				course("D-far", 1, "0180", "mig"), new Offer("E-full", Offer.Kind.COURSE, Set.of("mig"), 1,
						List.of(new Offer.Start(TODAY.plusWeeks(1), 0)), "2582", false));
		GapPlan plan = planner.plan(request, catalogue);
		assertThat(plan.method()).isEqualTo(GapPlan.Method.EXACT);
		assertThat(plan.offerIds()).containsExactlyInAnyOrder("B-mig-tig", "C-truck");
		assertThat(plan.totalWeeks()).isEqualTo(10);
		assertThat(plan.excluded()).containsEntry("D-far", "out-of-reach").containsEntry("E-full", "no-seats");
		assertThat(plan.uncoverable()).isEmpty();
		// both start on the only date with seats, so the second runs alongside the first and says so
		assertThat(plan.steps().get(1).overlapsPrevious()).isTrue();
		GapPlan later = planner.plan(request, List.of(course("C-truck", 2, "2582", "truck"),
				new Offer("B2", Offer.Kind.COURSE, Set.of("mig", "tig"), 8, List.of(new Offer.Start(TODAY.plusWeeks(2), 5),
						new Offer.Start(TODAY.plusWeeks(3), 0), new Offer.Start(TODAY.plusWeeks(6), 2)), "2582", false)));
		assertThat(later.steps()).extracting(s -> s.offer().id()).containsExactly("B2", "C-truck");
		assertThat(later.steps().get(0).overlapsPrevious()).isFalse();
	}

	@Test
	void reportsSkillsNoOfferTeaches() {
		var request = new GapPlanner.Request(Set.of("mig", "svenska"), "2582", Reach.NEIGHBOURS, false, TODAY);
		GapPlan plan = planner.plan(request, List.of(course("B", 8, "2582", "mig")));
		assertThat(plan.uncoverable()).containsExactly("svenska");
		assertThat(plan.covered()).containsExactly("mig");
	}

	@Property(tries = 300)
	void exactEqualsExhaustiveOptimumAndGreedyStaysWithinItsBound(@ForAll long seed) {
		Random r = new Random(seed);
		List<String> skills = List.of("a", "b", "c", "d", "e", "f", "g", "h");
		Set<String> missing = new TreeSet<>();
		for (String s : skills) {
			if (r.nextInt(3) > 0) {
				missing.add(s);
			}
		}
		List<Offer> catalogue = new ArrayList<>();
		int n = 1 + r.nextInt(11);
		for (int i = 0; i < n; i++) {
			Set<String> teaches = new HashSet<>();
			int m = 1 + r.nextInt(4);
			for (int j = 0; j < m; j++) {
				teaches.add(skills.get(r.nextInt(skills.size())));
			}
			String place = List.of("2582", "2580", "0180").get(r.nextInt(3));
			int seats = r.nextInt(4) == 0 ? 0 : 3;
			catalogue.add(new Offer("o" + i, Offer.Kind.COURSE, teaches, r.nextInt(12), List.of(
					new Offer.Start(TODAY.plusDays(r.nextInt(60) - 10), seats)), place, r.nextInt(4) == 0));
		}
		var request = new GapPlanner.Request(missing, "2582", Reach.NEIGHBOURS, false, TODAY);
		GapPlan exact = new GapPlanner(ScorerTests.CONTEXT).plan(request, catalogue);
		// exhaustive: every subset of the usable offers, best by (weeks, count, sorted ids)
		List<Offer> usable = catalogue.stream()
			.filter(o -> !exact.excluded().containsKey(o.id()))
			.filter(o -> o.skills().stream().anyMatch(missing::contains))
			.toList();
		String bestKey = null;
		int bestWeeks = Integer.MAX_VALUE;
		int bestCount = Integer.MAX_VALUE;
		for (int mask = 0; mask < (1 << usable.size()); mask++) {
			Set<String> covered = new HashSet<>();
			int weeks = 0;
			List<String> ids = new ArrayList<>();
			for (int i = 0; i < usable.size(); i++) {
				if ((mask & (1 << i)) != 0) {
					covered.addAll(usable.get(i).skills());
					weeks += usable.get(i).weeks();
					ids.add(usable.get(i).id());
				}
			}
			if (!covered.containsAll(exact.covered())) {
				continue;
			}
			String key = String.join(",", ids.stream().sorted().toList());
			if (weeks < bestWeeks || (weeks == bestWeeks && (ids.size() < bestCount
					|| (ids.size() == bestCount && key.compareTo(bestKey) < 0)))) {
				bestWeeks = weeks;
				bestCount = ids.size();
				bestKey = key;
			}
		}
		assertThat(exact.totalWeeks()).isEqualTo(bestWeeks);
		assertThat(String.join(",", exact.offerIds().stream().sorted().toList())).isEqualTo(bestKey);
		Set<String> coveredByPlan = new HashSet<>();
		exact.steps().forEach(s -> coveredByPlan.addAll(s.covers()));
		assertThat(coveredByPlan).isEqualTo(exact.covered());

		GapPlan greedy = new GapPlanner(ScorerTests.CONTEXT, 0).plan(request, catalogue);
		assertThat(greedy.method()).isEqualTo(GapPlan.Method.GREEDY);
		assertThat(greedy.covered()).isEqualTo(exact.covered());
		assertThat((double) greedy.totalWeeks()).isLessThanOrEqualTo(greedy.bound() * bestWeeks + 1e-9);
		assertThat(greedy.bound()).isLessThanOrEqualTo(Math.log(8) + 1);
	}
}
