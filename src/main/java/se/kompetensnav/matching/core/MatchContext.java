package se.kompetensnav.matching.core;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The taxonomy facts the score needs, as plain maps: the SSYK-4 code of each occupation name, which SSYK-4 groups
 * count as related (career moves), which municipalities border each other, and how common each skill is.
 */
public final class MatchContext {

	private final Map<String, String> ssyk4ByOccupation;
	private final Map<String, Set<String>> relatedSsyk4;
	private final Map<String, Set<String>> neighbours;
	private final Map<String, Double> idf;
	private final double unknownSkillIdf;

	/**
	 * @param ssyk4ByOccupation occupation-name id to its 4-digit SSYK code (the first 3 digits are its SSYK-3 group)
	 * @param relatedSsyk4 SSYK-4 code to the codes a person from it could move to (need not be symmetric)
	 * @param neighbours kommunkod to bordering kommunkoder (made symmetric here)
	 * @param skillPopularity skill id to the number of SSYK-4 groups that list it
	 * @param groups the number of SSYK-4 groups with skills (N in the rarity weight)
	 */
	public MatchContext(Map<String, String> ssyk4ByOccupation, Map<String, Set<String>> relatedSsyk4,
			Map<String, Set<String>> neighbours, Map<String, Integer> skillPopularity, int groups) {
		this.ssyk4ByOccupation = Map.copyOf(ssyk4ByOccupation);
		var rel = new HashMap<String, Set<String>>();
		relatedSsyk4.forEach((k, v) -> rel.put(k, Set.copyOf(v)));
		this.relatedSsyk4 = rel;
		var sym = new HashMap<String, Set<String>>();
		neighbours.forEach((a, bs) -> bs.forEach(b -> {
			if (!a.equals(b)) {
				sym.computeIfAbsent(a, x -> new HashSet<>()).add(b);
				sym.computeIfAbsent(b, x -> new HashSet<>()).add(a);
			}
		}));
		this.neighbours = sym;
		int n = Math.max(1, groups);
		var w = new HashMap<String, Double>();
		skillPopularity.forEach((s, df) -> w.put(s, rarity(n, df)));
		this.idf = w;
		this.unknownSkillIdf = rarity(n, 1);
	}

	/** An empty context: only exact occupation and municipality matches, every skill equally rare. */
	public static MatchContext empty() {
		return new MatchContext(Map.of(), Map.of(), Map.of(), Map.of(), 1);
	}

	/** The rarity weight: ln(1 + N / df), df at least 1; a skill in every group weighs ln 2, a unique one ln(1+N). */
	static double rarity(int groups, int df) {
		return Math.log1p((double) groups / Math.max(1, df));
	}

	public double idf(String skillId) {
		return idf.getOrDefault(skillId, unknownSkillIdf);
	}

	public @Nullable String ssyk4(String occupationId) {
		return ssyk4ByOccupation.get(occupationId);
	}

	public static @Nullable String ssyk3(@Nullable String ssyk4) {
		return ssyk4 == null || ssyk4.length() < 3 ? null : ssyk4.substring(0, 3);
	}

	public Set<String> relatedSsyk4(String ssyk4) {
		return relatedSsyk4.getOrDefault(ssyk4, Set.of());
	}

	public Map<String, Set<String>> relatedSsyk4() {
		return relatedSsyk4;
	}

	public Set<String> neighbours(String kommunkod) {
		return neighbours.getOrDefault(kommunkod, Set.of());
	}

	/** The county (län) code: the first two digits of the kommunkod. */
	public static String county(String kommunkod) {
		return kommunkod.length() >= 2 ? kommunkod.substring(0, 2) : kommunkod;
	}

	/** The occupation fit of one of the person's occupations against the opportunity's. */
	public MatchWeights.OccupationTier occupationTier(String personOccupation, String opportunityOccupation) {
		if (personOccupation.equals(opportunityOccupation)) {
			return MatchWeights.OccupationTier.SAME_OCCUPATION;
		}
		String a = ssyk4(personOccupation);
		String b = ssyk4(opportunityOccupation);
		if (a == null || b == null) {
			return MatchWeights.OccupationTier.NONE;
		}
		if (a.equals(b)) {
			return MatchWeights.OccupationTier.SAME_SSYK4;
		}
		if (ssyk3(a).equals(ssyk3(b))) {
			return MatchWeights.OccupationTier.SAME_SSYK3;
		}
		if (relatedSsyk4(a).contains(b)) {
			return MatchWeights.OccupationTier.RELATED;
		}
		return MatchWeights.OccupationTier.NONE;
	}

	/** The location tier of a workplace for a person, within the person's reach. */
	public MatchWeights.LocationTier locationTier(String home, Reach reach, boolean willingToMove, String workplace) {
		if (home.isBlank() || workplace.isBlank()) {
			// an unknown home or workplace is near nothing (a need without a municipality, a person without a home)
			return willingToMove ? MatchWeights.LocationTier.WILLING_TO_MOVE : MatchWeights.LocationTier.OUT_OF_REACH;
		}
		if (home.equals(workplace)) {
			return MatchWeights.LocationTier.SAME_MUNICIPALITY;
		}
		if (reach.covers(Reach.NEIGHBOURS) && neighbours(home).contains(workplace)) {
			return MatchWeights.LocationTier.NEIGHBOUR;
		}
		if (reach.covers(Reach.COMMUTING_AREA) && county(home).equals(county(workplace))) {
			return MatchWeights.LocationTier.COMMUTING_AREA;
		}
		return willingToMove ? MatchWeights.LocationTier.WILLING_TO_MOVE : MatchWeights.LocationTier.OUT_OF_REACH;
	}
}
