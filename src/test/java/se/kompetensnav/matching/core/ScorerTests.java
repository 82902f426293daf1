package se.kompetensnav.matching.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import se.kompetensnav.matching.core.MatchWeights.Factor;
import se.kompetensnav.matching.core.MatchWeights.LocationTier;
import se.kompetensnav.matching.core.MatchWeights.OccupationTier;

class ScorerTests {

	// Svetsare and Spårsvetsare share SSYK-4 7212, Plåtslagare shares SSYK-3 721, 7223 and 8142 are related to 7212
	static final MatchContext CONTEXT = new MatchContext(
			Map.of("svetsare", "7212", "sparsvetsare", "7212", "platslagare", "7213", "svetsoperator", "7223",
					"plastsvetsare", "8142"),
			Map.of("7212", Set.of("7223", "8142")), Map.of("2582", Set.of("2580", "2583")),
			Map.of("tig", 2, "mig", 3, "svenska", 300, "truck", 150), 400);

	final Scorer scorer = new Scorer(CONTEXT);

	static PersonProfile welder(String home, Reach reach, boolean move) {
		return new PersonProfile("p1", List.of(SkillClaim.validated("tig"), new SkillClaim("truck", 2, false)),
				Set.of("svetsare"), Set.of(), home, reach, move, Set.of("sv"), Set.of("B"), null, Set.of("ramp"));
	}

	static Opportunity job(String occupation, String place) {
		return Opportunity.simple("o1", occupation, place, List.of("tig", "mig"), List.of("truck", "svenska"));
	}

	@Test
	void breakdownSumsExactlyToTheScore() {
		Match m = scorer.explain(welder("2582", Reach.NEIGHBOURS, false), job("svetsare", "2582"));
		assertThat(m.factors().stream().mapToInt(Match.Contribution::units).sum()).isEqualTo(m.scoreUnits());
		assertThat(m.matched().stream().filter(Match.SkillMatch::must).mapToInt(Match.SkillMatch::units).sum())
			.isEqualTo(m.units(Factor.MUST_SKILLS));
		assertThat(m.matchedSkillIds()).containsExactly("tig", "truck");
		assertThat(m.missingMust()).containsExactly("mig");
		assertThat(m.missingNice()).containsExactly("svenska");
		assertThat(m.adaptationsToDiscuss()).containsExactly("ramp");
		assertThat(m.occupationTier()).isEqualTo(OccupationTier.SAME_OCCUPATION);
		assertThat(m.units(Factor.OCCUPATION)).isEqualTo(15 * MatchWeights.UNITS_PER_POINT);
	}

	@Property(tries = 200)
	void everyBreakdownSumsToItsScore(@ForAll long seed) {
		RandomWorld w = new RandomWorld(seed);
		Scorer s = new Scorer(w.context);
		for (int i = 0; i < 20; i++) {
			Match m = s.explain(w.person("p"), w.opportunity("o"));
			assertThat(m.factors().stream().mapToLong(Match.Contribution::units).sum()).isEqualTo(m.scoreUnits());
			assertThat(m.matched().stream().mapToLong(Match.SkillMatch::units).sum())
				.isEqualTo((long) m.units(Factor.MUST_SKILLS) + m.units(Factor.NICE_SKILLS));
			assertThat(m.score()).isBetween(0.0, 100.0);
		}
	}

	@Test
	void aPerfectMatchScoresOneHundred() {
		PersonProfile p = new PersonProfile("p", List.of(SkillClaim.validated("tig"), SkillClaim.validated("mig"),
				SkillClaim.validated("truck"), SkillClaim.validated("svenska")), Set.of("svetsare"), Set.of(), "2582",
				Reach.HOME_MUNICIPALITY, false, Set.of(), Set.of(), null, Set.of());
		assertThat(scorer.explain(p, job("svetsare", "2582")).scoreUnits()).isEqualTo(100 * MatchWeights.UNITS_PER_POINT);
	}

	@Test
	void rarerMustSkillsWeighMore() {
		Scorer.TermWeights w = scorer.termWeights(job("svetsare", "2582"));
		assertThat(w.weights()[0]).as("tig (2 groups)").isGreaterThan(w.weights()[1]); // mig (3 groups)
		assertThat(w.weights()[0] + w.weights()[1]).isEqualTo(55 * 10_000);
	}

	@Test
	void aValidatedSkillCountsInFullAndAnUnvalidatedOneStillCounts() {
		assertThat(MatchWeights.credit(0, true)).isEqualTo(1000);
		assertThat(MatchWeights.credit(0, false)).isEqualTo(800);
		assertThat(MatchWeights.credit(5, false)).isEqualTo(1000);
	}

	@Test
	void hardRequirementsFilterButMissingSkillsDoNot() {
		PersonProfile p = welder("2582", Reach.NEIGHBOURS, false);
		Opportunity needsCe = new Opportunity("o", "svetsare", "2582", List.of("mig"), List.of(), Set.of(), Set.of("CE"),
				null);
		Opportunity needsFinnish = new Opportunity("o", "svetsare", "2582", List.of(), List.of(), Set.of("fi"),
				Set.of(), null);
		Opportunity soon = new Opportunity("o", "svetsare", "2582", List.of(), List.of(), Set.of(), Set.of(),
				LocalDate.of(2026, 1, 1));
		PersonProfile later = new PersonProfile("p2", p.skills(), p.occupationsExperienced(), Set.of(), "2582",
				Reach.NEIGHBOURS, false, Set.of("sv"), Set.of("B"), LocalDate.of(2026, 3, 1), Set.of());
		assertThat(scorer.match(p, needsCe)).isEmpty();
		assertThat(Scorer.ineligibility(p, needsCe)).contains("driving-licence");
		assertThat(scorer.match(p, needsFinnish)).isEmpty();
		assertThat(scorer.match(later, soon)).isEmpty();
		assertThat(scorer.match(p, soon)).isPresent();
		// lacking every must skill and every nice one still gives a match, with the gaps listed
		Opportunity other = Opportunity.simple("o", "svetsare", "2582", List.of("mig"), List.of("svenska"));
		assertThat(scorer.match(p, other)).hasValueSatisfying(m -> {
			assertThat(m.missingMust()).containsExactly("mig");
			assertThat(m.score()).isEqualTo(30.0);
		});
	}

	@Test
	void niceToHavesOnlyAdd() {
		PersonProfile p = welder("2582", Reach.NEIGHBOURS, false);
		Opportunity without = Opportunity.simple("o", "svetsare", "2582", List.of("tig", "mig"), List.of("x"));
		Opportunity with = Opportunity.simple("o", "svetsare", "2582", List.of("tig", "mig"), List.of("truck"));
		assertThat(scorer.explain(p, with).scoreUnits()).isGreaterThan(scorer.explain(p, without).scoreUnits());
	}

	@Test
	void locationTiersFollowReach() {
		assertThat(tier("2582", Reach.HOME_MUNICIPALITY, false, "2582")).isEqualTo(LocationTier.SAME_MUNICIPALITY);
		assertThat(tier("2582", Reach.NEIGHBOURS, false, "2580")).isEqualTo(LocationTier.NEIGHBOUR);
		assertThat(tier("2580", Reach.NEIGHBOURS, false, "2582")).as("symmetric").isEqualTo(LocationTier.NEIGHBOUR);
		assertThat(tier("2582", Reach.HOME_MUNICIPALITY, false, "2580")).isEqualTo(LocationTier.OUT_OF_REACH);
		assertThat(tier("2582", Reach.NEIGHBOURS, false, "2584")).isEqualTo(LocationTier.OUT_OF_REACH);
		assertThat(tier("2582", Reach.COMMUTING_AREA, false, "2584")).isEqualTo(LocationTier.COMMUTING_AREA);
		assertThat(tier("2582", Reach.COMMUTING_AREA, true, "0180")).isEqualTo(LocationTier.WILLING_TO_MOVE);
		assertThat(tier("2582", Reach.HOME_MUNICIPALITY, true, "2580")).isEqualTo(LocationTier.WILLING_TO_MOVE);
		// an unknown home or workplace (a need without a municipality) is near nothing, not even another unknown one
		assertThat(tier("", Reach.COMMUTING_AREA, false, "")).isEqualTo(LocationTier.OUT_OF_REACH);
		assertThat(tier("", Reach.NEIGHBOURS, true, "2582")).isEqualTo(LocationTier.WILLING_TO_MOVE);
		assertThat(tier("2582", Reach.COMMUTING_AREA, false, "")).isEqualTo(LocationTier.OUT_OF_REACH);
		assertThat(LocationTier.SAME_MUNICIPALITY.units()).isGreaterThan(LocationTier.NEIGHBOUR.units());
		assertThat(LocationTier.NEIGHBOUR.units()).isGreaterThan(LocationTier.COMMUTING_AREA.units());
		assertThat(LocationTier.COMMUTING_AREA.units()).isGreaterThan(LocationTier.WILLING_TO_MOVE.units());
	}

	private LocationTier tier(String home, Reach reach, boolean move, String place) {
		return scorer.explain(welder(home, reach, move), job("svetsare", place)).locationTier();
	}

	@Test
	void occupationTiers() {
		PersonProfile p = welder("2582", Reach.NEIGHBOURS, false);
		assertThat(scorer.occupationTier(p, job("svetsare", "2582"))).isEqualTo(OccupationTier.SAME_OCCUPATION);
		assertThat(scorer.occupationTier(p, job("sparsvetsare", "2582"))).isEqualTo(OccupationTier.SAME_SSYK4);
		assertThat(scorer.occupationTier(p, job("platslagare", "2582"))).isEqualTo(OccupationTier.SAME_SSYK3);
		assertThat(scorer.occupationTier(p, job("svetsoperator", "2582"))).isEqualTo(OccupationTier.RELATED);
		assertThat(scorer.occupationTier(p, job("unknown", "2582"))).isEqualTo(OccupationTier.NONE);
	}
}
