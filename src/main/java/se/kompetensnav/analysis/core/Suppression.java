package se.kompetensnav.analysis.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Disclosure control for published counts of people (plain Java, no framework).
 * <p>
 * Primary suppression hides every cell with {@code 0 < count < threshold}. Secondary suppression then looks at
 * every additive relation the tables publish (a total and its parts: a row or column of a table, a county and its
 * municipalities, an SSYK group and its sub-groups). A relation with exactly one hidden member would give that
 * member away by subtraction, so one more member is hidden: the smallest non-zero visible part (least information
 * lost), else the total, else a visible zero part. This repeats until no relation has exactly one hidden member.
 * Zero is shown: it is not a small count of anyone.
 *
 * @param <K> the cell key
 */
public final class Suppression<K extends Comparable<K>> {

	/** Why a cell is hidden. */
	public enum Reason {
		PRIMARY, SECONDARY
	}

	/** {@code total = sum(parts)}. */
	public record Relation<K>(K total, List<K> parts) {
	}

	private final int threshold;

	public Suppression(int threshold) {
		if (threshold < 1) {
			throw new IllegalArgumentException("threshold must be at least 1");
		}
		this.threshold = threshold;
	}

	public int threshold() {
		return threshold;
	}

	/**
	 * The hidden cells and why. Cells missing from {@code values} count as zero.
	 *
	 * @param values every published count
	 * @param relations every additive relation between published counts
	 */
	public Map<K, Reason> apply(Map<K, Long> values, List<Relation<K>> relations) {
		Map<K, Reason> hidden = new HashMap<>();
		values.forEach((k, v) -> {
			if (v > 0 && v < threshold) {
				hidden.put(k, Reason.PRIMARY);
			}
		});
		Map<K, List<Relation<K>>> relationsOf = new HashMap<>();
		for (Relation<K> r : relations) {
			relationsOf.computeIfAbsent(r.total(), k -> new ArrayList<>()).add(r);
			r.parts().forEach(p -> relationsOf.computeIfAbsent(p, k -> new ArrayList<>()).add(r));
		}
		// Work list: only relations touching a newly hidden cell can change.
		Set<Relation<K>> pending = new LinkedHashSet<>();
		for (K k : hidden.keySet().stream().sorted().toList()) {
			pending.addAll(relationsOf.getOrDefault(k, List.of()));
		}
		while (!pending.isEmpty()) {
			Relation<K> r = pending.iterator().next();
			pending.remove(r);
			int count = hidden.containsKey(r.total()) ? 1 : 0;
			for (K p : r.parts()) {
				if (hidden.containsKey(p)) {
					count++;
				}
			}
			if (count != 1) {
				continue;
			}
			K complement = complement(r, values, hidden);
			if (complement == null) {
				continue; // a relation with a single member: nothing to subtract from
			}
			hidden.put(complement, Reason.SECONDARY);
			pending.addAll(relationsOf.getOrDefault(complement, List.of()));
		}
		return hidden;
	}

	private K complement(Relation<K> r, Map<K, Long> values, Map<K, Reason> hidden) {
		Comparator<K> smallest = Comparator.comparingLong((K k) -> values.getOrDefault(k, 0L))
			.thenComparing(Comparator.naturalOrder());
		K part = r.parts().stream().filter(p -> !hidden.containsKey(p) && values.getOrDefault(p, 0L) > 0)
			.min(smallest).orElse(null);
		if (part != null) {
			return part;
		}
		if (!hidden.containsKey(r.total())) {
			return r.total();
		}
		return r.parts().stream().filter(p -> !hidden.containsKey(p)).min(smallest).orElse(null);
	}
}
