package se.kompetensnav.matching.core;

/**
 * The weights of the score, in points out of 100, and the tiers. Everything is integer arithmetic in
 * {@link #UNITS_PER_POINT units} so that the engine, the brute-force reference and the explanation agree to the last
 * unit whatever order they add in, and a breakdown sums exactly to its score. The reasoning is in docs/matching.md.
 */
public final class MatchWeights {

	/** One point of score is 10^7 units; the maximum score 100 is 10^9 units and fits an int. */
	public static final int UNITS_PER_POINT = 10_000_000;

	/** Must-have skills: weighted coverage, rarer skills weigh more. */
	public static final int MUST_POINTS = 55;
	/** Nice-to-have skills: they can only add. */
	public static final int NICE_POINTS = 15;
	/** Occupation fit: same occupation name, same SSYK-4, same SSYK-3, related occupation. */
	public static final int OCCUPATION_POINTS = 15;
	/** Location fit: same municipality, neighbour, same commuting area (county), willing to move. */
	public static final int LOCATION_POINTS = 15;

	/** A skill term weight is in units of 1/10^4 point, multiplied by a credit in per mille it gives units. */
	static final int TERM_UNITS_PER_POINT = UNITS_PER_POINT / 1000;

	private MatchWeights() {
	}

	/**
	 * How much of a required skill's weight a person's claim earns, per mille: a validated skill earns it all, however
	 * it was learned (formal education, work, or informally and then validated); a claim not yet validated earns 80 %
	 * plus 4 % per assessed level (0-5), so an unassessed claim still counts and a level-5 claim counts in full.
	 */
	public static int credit(int level, boolean validated) {
		return validated ? 1000 : 800 + 40 * Math.max(0, Math.min(5, level));
	}

	/** Occupation fit tiers, per mille of {@link #OCCUPATION_POINTS}. */
	public enum OccupationTier {
		SAME_OCCUPATION(1000), SAME_SSYK4(750), SAME_SSYK3(500), RELATED(250), NONE(0);

		public final int permille;

		OccupationTier(int permille) {
			this.permille = permille;
		}

		public int units() {
			return OCCUPATION_POINTS * TERM_UNITS_PER_POINT * permille;
		}
	}

	/** Location tiers, per mille of {@link #LOCATION_POINTS}. A tier counts only within the person's reach. */
	public enum LocationTier {
		SAME_MUNICIPALITY(1000), NEIGHBOUR(750), COMMUTING_AREA(500), WILLING_TO_MOVE(250), OUT_OF_REACH(0);

		public final int permille;

		LocationTier(int permille) {
			this.permille = permille;
		}

		public int units() {
			return LOCATION_POINTS * TERM_UNITS_PER_POINT * permille;
		}
	}

	/** The score factors a breakdown names. */
	public enum Factor {
		MUST_SKILLS, NICE_SKILLS, OCCUPATION, LOCATION
	}
}
