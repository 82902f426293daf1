package se.kompetensnav.matching.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Career moves from the taxonomy's skill profiles: which occupation groups share most of their skills, rare skills
 * counting more. Each SSYK-4 group is a set of skills; a skill's weight is its rarity ln(1 + N/df) over the N groups
 * (df = the groups that list it), and the similarity of two groups is the cosine of their weighted skill vectors:
 * <pre>
 *   sim(A, B) = sum over s in A∩B of w(s)^2 / sqrt(sum over A of w^2 * sum over B of w^2)
 * </pre>
 * 1 for identical profiles, 0 for none shared. The skills to add for a move A → B are B \ A.
 */
public final class RelatedOccupations {

	private final Map<String, Set<String>> skillsByGroup;
	private final Map<String, Double> weight = new HashMap<>();
	private final Map<String, Double> norm = new HashMap<>();
	private final Map<String, List<String>> groupsBySkill = new HashMap<>();

	/** @param skillsByGroup SSYK-4 group (id or code) to its skill ids */
	public RelatedOccupations(Map<String, Set<String>> skillsByGroup) {
		this.skillsByGroup = Map.copyOf(skillsByGroup);
		Map<String, Integer> df = new HashMap<>();
		skillsByGroup.values().forEach(ss -> ss.forEach(s -> df.merge(s, 1, Integer::sum)));
		int n = skillsByGroup.size();
		df.forEach((s, f) -> weight.put(s, MatchContext.rarity(n, f)));
		skillsByGroup.forEach((g, ss) -> {
			double sum = 0;
			for (String s : ss) {
				double w = weight.get(s);
				sum += w * w;
				groupsBySkill.computeIfAbsent(s, x -> new ArrayList<>()).add(g);
			}
			norm.put(g, Math.sqrt(sum));
		});
	}

	/** The number of groups that list each skill (the popularity the match score's rarity weight uses). */
	public Map<String, Integer> skillPopularity() {
		Map<String, Integer> out = new HashMap<>();
		groupsBySkill.forEach((s, gs) -> out.put(s, gs.size()));
		return out;
	}

	public int groupCount() {
		return skillsByGroup.size();
	}

	/** A related group: its similarity, the skills shared and the skills to add. */
	public record RelatedGroup(String group, double score, List<String> shared, List<String> missing) {
	}

	/** The groups most similar to {@code group}, best first (ties by group), not the group itself. */
	public List<RelatedGroup> relatedGroups(String group, int limit) {
		Set<String> own = skillsByGroup.getOrDefault(group, Set.of());
		Map<String, Double> dot = new HashMap<>();
		for (String s : own) {
			double w = weight.get(s);
			for (String g : groupsBySkill.get(s)) {
				if (!g.equals(group)) {
					dot.merge(g, w * w, Double::sum);
				}
			}
		}
		double a = norm.getOrDefault(group, 0.0);
		List<Map.Entry<String, Double>> ranked = new ArrayList<>();
		dot.forEach((g, d) -> ranked.add(Map.entry(g, d / (a * norm.get(g)))));
		ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey));
		List<RelatedGroup> out = new ArrayList<>();
		for (var e : ranked.subList(0, Math.min(limit, ranked.size()))) {
			out.add(describe(group, e.getKey(), e.getValue()));
		}
		return out;
	}

	private RelatedGroup describe(String from, String to, double score) {
		Set<String> own = skillsByGroup.getOrDefault(from, Set.of());
		Set<String> shared = new TreeSet<>(skillsByGroup.get(to));
		shared.retainAll(own);
		Set<String> missing = new TreeSet<>(skillsByGroup.get(to));
		missing.removeAll(own);
		return new RelatedGroup(to, Math.round(score * 1000) / 1000.0, List.copyOf(shared), List.copyOf(missing));
	}

	/** A related occupation name. */
	public record Related(String id, String label, double score, List<String> shared, List<String> missing) {
	}

	/**
	 * Related occupation names for an occupation name, best first: first the other names of its own group (score 1,
	 * nothing to add), then the names of the most similar groups. Names of one group come in label order.
	 *
	 * @param groupOfName occupation-name id to its group
	 * @param namesOfGroup group to its occupation-name ids
	 * @param labels occupation-name id to label
	 */
	public List<Related> forOccupation(String occupationId, int limit, Map<String, String> groupOfName,
			Map<String, List<String>> namesOfGroup, Map<String, String> labels) {
		String group = groupOfName.get(occupationId);
		if (group == null || limit <= 0) {
			return List.of();
		}
		Comparator<String> byLabel = Comparator.comparing((String id) -> labels.getOrDefault(id, id))
			.thenComparing(Comparator.naturalOrder());
		List<Related> out = new ArrayList<>();
		List<String> own = List.copyOf(new TreeSet<>(skillsByGroup.getOrDefault(group, Set.of())));
		namesOfGroup.getOrDefault(group, List.of())
			.stream()
			.filter(n -> !n.equals(occupationId))
			.sorted(byLabel)
			.forEach(n -> out.add(new Related(n, labels.getOrDefault(n, n), 1.0, own, List.of())));
		for (RelatedGroup g : relatedGroups(group, limit)) {
			if (out.size() >= limit) {
				break;
			}
			namesOfGroup.getOrDefault(g.group(), List.of())
				.stream()
				.sorted(byLabel)
				.forEach(n -> out.add(new Related(n, labels.getOrDefault(n, n), g.score(), g.shared(), g.missing())));
		}
		return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
	}
}
