package se.kompetensnav.matching.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class MatchEngineTests {

	@Test
	void staysExactAfterCompactingManyRemovals() {
		RandomWorld w = new RandomWorld(42);
		Scorer scorer = new Scorer(w.context);
		MatchEngine engine = new MatchEngine(scorer);
		List<Opportunity> kept = new ArrayList<>();
		for (int i = 0; i < 3000; i++) {
			Opportunity o = w.opportunity("op-" + i);
			engine.upsertOpportunity(o);
			if (i % 4 == 0) {
				kept.add(o);
			}
			else {
				engine.removeOpportunity(o.id());
			}
		}
		assertThat(engine.opportunityCount()).isEqualTo(kept.size());
		ReferenceMatcher reference = new ReferenceMatcher(scorer);
		for (int i = 0; i < 50; i++) {
			PersonProfile p = w.person("p" + i);
			assertThat(engine.topOpportunities(p, 10)).isEqualTo(reference.topOpportunities(p, kept, 10));
		}
	}

	@Test
	void explainsTheTopMatches() {
		Scorer scorer = new Scorer(ScorerTests.CONTEXT);
		MatchEngine engine = new MatchEngine(scorer);
		engine.upsertOpportunity(Opportunity.simple("near", "svetsare", "2582", List.of("tig"), List.of()));
		engine.upsertOpportunity(Opportunity.simple("far", "svetsare", "0180", List.of("tig"), List.of()));
		engine.upsertOpportunity(Opportunity.simple("other", "plastsvetsare", "2582", List.of("mig"), List.of()));
		List<Match> matches = engine.explainOpportunities(ScorerTests.welder("2582", Reach.NEIGHBOURS, false), 2);
		assertThat(matches).extracting(Match::opportunityId).containsExactly("near", "far");
		assertThat(matches.get(0).matchedSkillIds()).containsExactly("tig");
	}
}
