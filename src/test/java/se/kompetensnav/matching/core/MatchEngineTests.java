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
	void theSkillsFirstPathAnswersWhenSkillsDecideAndAgreesWithTheReference() {
		RandomWorld w = new RandomWorld(7);
		Scorer scorer = new Scorer(w.context);
		MatchEngine engine = new MatchEngine(scorer);
		List<Opportunity> opps = new ArrayList<>();
		List<PersonProfile> people = new ArrayList<>();
		for (int i = 0; i < 400; i++) {
			opps.add(w.opportunity("op-" + i));
			people.add(w.person("p-" + i));
		}
		engine.load(opps, people);
		ReferenceMatcher reference = new ReferenceMatcher(scorer);
		for (int i = 0; i < 100; i++) {
			assertThat(engine.topOpportunities(people.get(i), 3)).isEqualTo(reference.topOpportunities(people.get(i), opps, 3));
			assertThat(engine.topPeople(opps.get(i), 3)).isEqualTo(reference.topPeople(opps.get(i), people, 3));
		}
		long[] counts = engine.answerCounts();
		assertThat(counts[0]).as("fast answers").isPositive();
		assertThat(counts[1]).as("full answers").isPositive();
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
