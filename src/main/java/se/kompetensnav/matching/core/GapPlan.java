package se.kompetensnav.matching.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A gap-closing path: the offers to take, when, and why.
 *
 * @param steps the chosen offers in the order to take them
 * @param totalWeeks the sum of the offers' weeks, the quantity minimised
 * @param covered the missing skills the path covers
 * @param uncoverable missing skills no reachable offer with a free seat teaches
 * @param method EXACT (branch and bound, optimal) or GREEDY (weighted set cover)
 * @param bound the guarantee: 1 for exact; for greedy H(d) = 1 + 1/2 + ... + 1/d &le; ln d + 1, where d is the most
 *     missing skills a single offer covers: totalWeeks &le; bound &times; the optimum
 * @param excluded offers that teach a missing skill but cannot be taken, with the reason (no-seats, out-of-reach)
 */
public record GapPlan(List<Step> steps, int totalWeeks, Set<String> covered, Set<String> uncoverable, Method method,
		double bound, Map<String, String> excluded) {

	public enum Method {
		EXACT, GREEDY
	}

	/**
	 * One offer in the path.
	 *
	 * @param covers the missing skills this offer is chosen for (not covered by an earlier step)
	 * @param overlapsPrevious true when no start date after the previous step's end has a seat, so it runs alongside
	 */
	public record Step(Offer offer, LocalDate start, LocalDate end, Set<String> covers, boolean overlapsPrevious) {
	}

	public List<String> offerIds() {
		return steps.stream().map(s -> s.offer().id()).toList();
	}
}
