package se.kompetensnav.matching.core;

import java.util.List;
import java.util.Set;

import se.kompetensnav.matching.core.MatchWeights.Factor;
import se.kompetensnav.matching.core.MatchWeights.LocationTier;
import se.kompetensnav.matching.core.MatchWeights.OccupationTier;

/**
 * One explained match. {@link #factors()} holds each factor's contribution in units; they sum exactly to
 * {@link #scoreUnits()}, and the contributions of {@link #matched()} sum exactly to the two skill factors.
 *
 * @param matched the opportunity's skills the person has, with what each earned
 * @param missingMust must-have skills the person lacks (what a gap-closing path should cover)
 * @param missingNice nice-to-have skills the person lacks (shown, never excluding)
 * @param adaptationsToDiscuss adaptations the person needs: never a reason to exclude, listed so they are raised
 */
public record Match(String personId, String opportunityId, int scoreUnits, List<Contribution> factors,
		List<SkillMatch> matched, List<String> missingMust, List<String> missingNice, OccupationTier occupationTier,
		LocationTier locationTier, Set<String> adaptationsToDiscuss) {

	/** The score in points, 0-100. */
	public double score() {
		return toPoints(scoreUnits);
	}

	public int units(Factor factor) {
		return factors.stream().filter(c -> c.factor() == factor).mapToInt(Contribution::units).sum();
	}

	public List<String> matchedSkillIds() {
		return matched.stream().map(SkillMatch::skillId).toList();
	}

	public static double toPoints(long units) {
		return units / (double) MatchWeights.UNITS_PER_POINT;
	}

	/** A factor's contribution. */
	public record Contribution(Factor factor, int units) {

		public double points() {
			return toPoints(units);
		}
	}

	/**
	 * A matched skill.
	 *
	 * @param creditPermille how much of the skill's weight the person's claim earned (validated = 1000)
	 * @param units the contribution: the skill's weight in the opportunity times the credit
	 */
	public record SkillMatch(String skillId, boolean must, boolean validated, int creditPermille, int units) {

		public double points() {
			return toPoints(units);
		}
	}
}
