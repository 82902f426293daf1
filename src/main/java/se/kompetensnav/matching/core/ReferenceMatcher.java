package se.kompetensnav.matching.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The exact reference: score every pair with {@link Scorer} and sort. Slow by design; the engine must return the
 * same top-k (results with a score above zero, hard requirements applied, ties by id).
 */
public final class ReferenceMatcher {

	private final Scorer scorer;

	public ReferenceMatcher(Scorer scorer) {
		this.scorer = scorer;
	}

	public List<Hit> topOpportunities(PersonProfile person, Collection<Opportunity> opportunities, int k) {
		List<Hit> all = new ArrayList<>();
		for (Opportunity o : opportunities) {
			scorer.match(person, o).filter(m -> m.scoreUnits() > 0).ifPresent(m -> all.add(new Hit(o.id(), m.scoreUnits())));
		}
		return top(all, k);
	}

	public List<Hit> topPeople(Opportunity opportunity, Collection<PersonProfile> people, int k) {
		List<Hit> all = new ArrayList<>();
		for (PersonProfile p : people) {
			scorer.match(p, opportunity).filter(m -> m.scoreUnits() > 0).ifPresent(m -> all.add(new Hit(p.id(), m.scoreUnits())));
		}
		return top(all, k);
	}

	private static List<Hit> top(List<Hit> all, int k) {
		all.sort(Hit.RANKING);
		return List.copyOf(all.subList(0, Math.min(k, all.size())));
	}
}
