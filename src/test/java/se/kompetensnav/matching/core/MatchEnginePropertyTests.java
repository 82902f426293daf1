package se.kompetensnav.matching.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The engine's top-k is exactly the brute-force reference's, in both directions, also after updates. */
class MatchEnginePropertyTests {

	@Property(tries = 300)
	void topKEqualsBruteForce(@ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int k) {
		check(seed, k, true);
	}

	@Property(tries = 150)
	void theFullTermAtATimeSearchAloneEqualsBruteForce(@ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int k) {
		check(seed, k, false);
	}

	private void check(long seed, int k, boolean fastPath) {
		RandomWorld w = new RandomWorld(seed);
		Scorer scorer = new Scorer(w.context);
		MatchEngine engine = new MatchEngine(scorer, fastPath);
		ReferenceMatcher reference = new ReferenceMatcher(scorer);
		Map<String, Opportunity> opps = new LinkedHashMap<>();
		Map<String, PersonProfile> people = new LinkedHashMap<>();
		int nOpps = 1 + w.random.nextInt(60);
		int nPeople = 1 + w.random.nextInt(60);
		for (int i = 0; i < nOpps; i++) {
			Opportunity o = w.opportunity("op-" + w.random.nextInt(1000));
			opps.put(o.id(), o);
			engine.upsertOpportunity(o);
		}
		for (int i = 0; i < nPeople; i++) {
			PersonProfile p = w.person("p-" + w.random.nextInt(1000));
			people.put(p.id(), p);
			engine.upsertPerson(p);
		}
		// incremental changes: replace and remove some of each
		for (String id : new ArrayList<>(opps.keySet())) {
			int r = w.random.nextInt(6);
			if (r == 0) {
				opps.remove(id);
				engine.removeOpportunity(id);
			}
			else if (r == 1) {
				Opportunity o = w.opportunity(id);
				opps.put(id, o);
				engine.upsertOpportunity(o);
			}
		}
		for (String id : new ArrayList<>(people.keySet())) {
			int r = w.random.nextInt(6);
			if (r == 0) {
				people.remove(id);
				engine.removePerson(id);
			}
			else if (r == 1) {
				PersonProfile p = w.person(id);
				people.put(id, p);
				engine.upsertPerson(p);
			}
		}
		for (PersonProfile p : people.values()) {
			assertThat(engine.topOpportunities(p, k)).as("opportunities for %s", p)
				.isEqualTo(reference.topOpportunities(p, opps.values(), k));
		}
		for (Opportunity o : opps.values()) {
			assertThat(engine.topPeople(o, k)).as("people for %s", o)
				.isEqualTo(reference.topPeople(o, people.values(), k));
		}
		// a query for someone not indexed
		PersonProfile stranger = w.person("stranger");
		assertThat(engine.topOpportunities(stranger, k)).isEqualTo(reference.topOpportunities(stranger, opps.values(), k));
	}

	/**
	 * Crowded worlds where the threshold pruning of the skills-first path does its work: hundreds of people with
	 * skewed skills (long posting lists, many equal scores broken by id), people with four occupations, requirement
	 * codes beyond the ones kept as bits and one nobody meets, and documents replaced and removed between queries.
	 */
	@Property(tries = 25)
	void topKEqualsBruteForceInCrowdedWorldsWithUpdates(@ForAll long seed, @ForAll @IntRange(min = 1, max = 25) int k) {
		RandomWorld w = new RandomWorld(seed);
		Scorer scorer = new Scorer(w.context);
		MatchEngine engine = new MatchEngine(scorer);
		ReferenceMatcher reference = new ReferenceMatcher(scorer);
		Map<String, Opportunity> opps = new LinkedHashMap<>();
		Map<String, PersonProfile> people = new LinkedHashMap<>();
		for (int i = 0; i < 120; i++) {
			Opportunity o = w.crowdOpportunity("op-" + i);
			opps.put(o.id(), o);
		}
		for (int i = 0; i < 500; i++) {
			PersonProfile p = i % 7 == 6 ? twin(people.values().iterator().next(), "p-" + i) : w.crowdPerson("p-" + i);
			people.put(p.id(), p);
		}
		engine.load(opps.values(), people.values());
		for (int round = 0; round < 2; round++) {
			int step = round == 0 ? 1 : 3;
			int i = 0;
			for (Opportunity o : opps.values()) {
				if (i++ % step == 0) {
					assertThat(engine.topPeople(o, k)).as("people for %s", o)
						.isEqualTo(reference.topPeople(o, people.values(), k));
				}
			}
			i = 0;
			for (PersonProfile p : people.values()) {
				if (i++ % 10 == round) {
					assertThat(engine.topOpportunities(p, k)).as("opportunities for %s", p)
						.isEqualTo(reference.topOpportunities(p, opps.values(), k));
				}
			}
			// replace and remove some documents, then query again
			for (String id : new ArrayList<>(people.keySet())) {
				int r = w.random.nextInt(8);
				if (r == 0) {
					people.remove(id);
					engine.removePerson(id);
				}
				else if (r == 1) {
					PersonProfile p = w.crowdPerson(id);
					people.put(id, p);
					engine.upsertPerson(p);
				}
			}
			for (String id : new ArrayList<>(opps.keySet())) {
				int r = w.random.nextInt(8);
				if (r == 0) {
					opps.remove(id);
					engine.removeOpportunity(id);
				}
				else if (r == 1) {
					Opportunity o = w.crowdOpportunity(id);
					opps.put(id, o);
					engine.upsertOpportunity(o);
				}
			}
		}
	}

	private static PersonProfile twin(PersonProfile p, String id) {
		return new PersonProfile(id, p.skills(), p.occupationsExperienced(), p.occupationsWanted(), p.municipality(),
				p.reach(), p.willingToMove(), p.languages(), p.drivingLicences(), p.availableFrom(),
				p.adaptationsNeeded());
	}

	@Property(tries = 30)
	void batchRematchEqualsSingleQueries(@ForAll long seed) {
		RandomWorld w = new RandomWorld(seed);
		Scorer scorer = new Scorer(w.context);
		MatchEngine engine = new MatchEngine(scorer);
		List<Opportunity> opps = new ArrayList<>();
		List<PersonProfile> people = new ArrayList<>();
		for (int i = 0; i < 80; i++) {
			opps.add(w.opportunity("op-" + i));
			people.add(w.person("p-" + i));
		}
		engine.load(opps, people);
		Map<String, List<Hit>> byPerson = new java.util.concurrent.ConcurrentHashMap<>();
		Map<String, List<Hit>> byOpp = new java.util.concurrent.ConcurrentHashMap<>();
		var stats = engine.rematchAll(5, byPerson::put, byOpp::put);
		assertThat(stats.people()).isEqualTo(80);
		ReferenceMatcher reference = new ReferenceMatcher(scorer);
		for (PersonProfile p : people) {
			assertThat(byPerson.get(p.id())).isEqualTo(reference.topOpportunities(p, opps, 5));
		}
		for (Opportunity o : opps) {
			assertThat(byOpp.get(o.id())).isEqualTo(reference.topPeople(o, people, 5));
		}
	}
}
