package se.kompetensnav.matching.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Small random worlds where ties, shared groups, neighbours and filters are common. */
final class RandomWorld {

	/** Municipalities, with a blank one: a need without a municipality, a person without a recorded home. */
	static final List<String> MUNIS = List.of("2580", "2581", "2582", "2583", "2584", "2401", "2403", "0180", "");

	final Random random;
	final MatchContext context;
	final List<String> skills = new ArrayList<>();
	final List<String> occupations = new ArrayList<>();

	RandomWorld(long seed) {
		random = new Random(seed);
		int nSkills = 4 + random.nextInt(20);
		for (int i = 0; i < nSkills; i++) {
			skills.add("s" + i);
		}
		Map<String, String> ssyk4 = new HashMap<>();
		String[] groups = { "7212", "7213", "7223", "7411", "5321", "9999" };
		for (int i = 0; i < 10; i++) {
			String occ = "o" + i;
			occupations.add(occ);
			if (i < 9) { // o9 has no SSYK group
				ssyk4.put(occ, groups[random.nextInt(groups.length)]);
			}
		}
		Map<String, Set<String>> related = new HashMap<>();
		for (String g : groups) {
			if (random.nextBoolean()) {
				related.put(g, new java.util.HashSet<>(List.of(groups[random.nextInt(groups.length)], groups[random.nextInt(groups.length)])));
			}
		}
		Map<String, Set<String>> neighbours = Map.of("2580", Set.of("2581", "2582"), "2582", Set.of("2583"), "2584",
				Set.of("2401"), "2401", Set.of("2403"));
		Map<String, Integer> popularity = new HashMap<>();
		for (String s : skills) {
			if (random.nextInt(5) > 0) {
				popularity.put(s, 1 + random.nextInt(random.nextBoolean() ? 3 : 40));
			}
		}
		context = new MatchContext(ssyk4, related, neighbours, popularity, 40);
	}

	<T> T pick(List<T> list) {
		return list.get(random.nextInt(list.size()));
	}

	List<String> someSkills(int max) {
		Set<String> out = new LinkedHashSet<>();
		int n = random.nextInt(max + 1);
		for (int i = 0; i < n; i++) {
			out.add(pick(skills));
		}
		return List.copyOf(out);
	}

	Set<String> some(List<String> from, int max) {
		Set<String> out = new LinkedHashSet<>();
		int n = random.nextInt(max + 1);
		for (int i = 0; i < n; i++) {
			out.add(pick(from));
		}
		return out;
	}

	PersonProfile person(String id) {
		List<SkillClaim> claims = someSkills(6).stream()
			.map(s -> new SkillClaim(s, random.nextInt(6), random.nextInt(3) == 0))
			.toList();
		LocalDate avail = random.nextInt(4) == 0 ? LocalDate.of(2026, 1, 1).plusDays(random.nextInt(60)) : null;
		return new PersonProfile(id, claims, some(occupations, 2), some(occupations, 1), pick(MUNIS),
				Reach.values()[random.nextInt(3)], random.nextInt(3) == 0, some(List.of("sv", "en", "fi"), 2),
				some(List.of("B", "C", "CE"), 2), avail, random.nextInt(5) == 0 ? Set.of("ramp") : Set.of());
	}

	Opportunity opportunity(String id) {
		Set<String> langs = random.nextInt(4) == 0 ? some(List.of("sv", "en", "fi"), 1) : Set.of();
		Set<String> lic = random.nextInt(4) == 0 ? some(List.of("B", "C", "CE"), 1) : Set.of();
		LocalDate latest = random.nextInt(4) == 0 ? LocalDate.of(2026, 1, 1).plusDays(random.nextInt(60)) : null;
		return new Opportunity(id, pick(occupations), pick(MUNIS), someSkills(5), someSkills(4), langs, lic, latest);
	}

	// ---- larger worlds for the pruning: skewed skill popularity (long posting lists), many ties, people with
	// more occupations than the postings' inline keys hold, and more requirement codes than fit in their bits

	static final List<String> MANY_LANGUAGES = java.util.stream.IntStream.range(0, 40).mapToObj(i -> "l" + i).toList();

	/** A skill index drawn with a strong skew towards the first skills. */
	String skewedSkill() {
		return skills.get(random.nextInt(1 + random.nextInt(1 + random.nextInt(skills.size()))));
	}

	List<String> skewedSkills(int max) {
		Set<String> out = new LinkedHashSet<>();
		int n = random.nextInt(max + 1);
		for (int i = 0; i < n; i++) {
			out.add(skewedSkill());
		}
		return List.copyOf(out);
	}

	PersonProfile crowdPerson(String id) {
		List<SkillClaim> claims = skewedSkills(8).stream()
			.map(s -> new SkillClaim(s, random.nextInt(2) == 0 ? 5 : random.nextInt(6), random.nextInt(3) == 0))
			.toList();
		LocalDate avail = random.nextInt(6) == 0 ? LocalDate.of(2026, 1, 1).plusDays(random.nextInt(60)) : null;
		Set<String> langs = new LinkedHashSet<>(some(List.of("sv", "en"), 2));
		if (random.nextInt(3) == 0) {
			langs.add(pick(MANY_LANGUAGES));
		}
		return new PersonProfile(id, claims, some(occupations, random.nextInt(4) == 0 ? 4 : 2), Set.of(),
				pick(MUNIS), Reach.values()[random.nextInt(3)], random.nextInt(4) == 0, langs,
				some(List.of("B", "C", "CE"), 2), avail, Set.of());
	}

	Opportunity crowdOpportunity(String id) {
		Set<String> langs = switch (random.nextInt(8)) {
			case 0 -> Set.of(pick(MANY_LANGUAGES));
			case 1 -> Set.of("en");
			case 2 -> Set.of("xx-nobody");
			default -> Set.of();
		};
		Set<String> lic = random.nextInt(5) == 0 ? some(List.of("B", "C", "CE", "D"), 1) : Set.of();
		LocalDate latest = random.nextInt(6) == 0 ? LocalDate.of(2026, 1, 1).plusDays(random.nextInt(60)) : null;
		List<String> must = skewedSkills(5);
		List<String> nice = skewedSkills(4).stream().filter(s -> !must.contains(s)).toList();
		return new Opportunity(id, pick(occupations), pick(MUNIS), must, nice, langs, lic, latest);
	}
}
