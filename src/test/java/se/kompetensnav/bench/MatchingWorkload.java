package se.kompetensnav.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import se.kompetensnav.matching.core.Opportunity;
import se.kompetensnav.matching.core.PersonProfile;
import se.kompetensnav.matching.core.Reach;
import se.kompetensnav.matching.core.SkillClaim;
import se.kompetensnav.matching.internal.TaxonomyFiles;

/**
 * A seeded national workload drawn from the real taxonomy. Occupation groups are drawn with Zipf-like weights
 * (1/rank over a seeded order); within a group, skills are drawn with Zipf weights 1/rank over the group's skills
 * ordered by how many groups list them, so generic skills are common and specialist skills rare, as in job ads.
 * Municipalities are drawn by their 2019 population.
 */
final class MatchingWorkload {

	static final String[] LICENCES = { "B", "C", "CE", "D" };
	static final String[] LANGUAGES = { "sv", "en", "fi", "ar", "so" };

	final TaxonomyFiles taxonomy = TaxonomyFiles.load();
	final Random random;
	final List<String> groups = new ArrayList<>();
	final double[] groupCdf;
	final Map<String, String[]> groupSkills = new HashMap<>();
	final Map<String, double[]> groupSkillCdf = new HashMap<>();
	final List<String> allSkills = new ArrayList<>();
	final List<String> munis = new ArrayList<>();
	final double[] muniCdf;

	MatchingWorkload(long seed) {
		random = new Random(seed);
		Map<String, Integer> df = taxonomy.related.skillPopularity();
		allSkills.addAll(df.keySet());
		allSkills.sort(Comparator.naturalOrder());
		taxonomy.skillsByCode.keySet().stream().sorted().filter(g -> !taxonomy.namesByCode.getOrDefault(g, List.of()).isEmpty())
			.forEach(groups::add);
		java.util.Collections.shuffle(groups, random);
		groupCdf = zipf(groups.size(), 1.0);
		for (String g : groups) {
			String[] ss = taxonomy.skillsByCode.get(g)
				.stream()
				.sorted(Comparator.comparingInt((String s) -> -df.get(s)).thenComparing(s -> s))
				.toArray(String[]::new);
			groupSkills.put(g, ss);
			groupSkillCdf.put(g, zipf(ss.length, 1.0));
		}
		Map<String, Double> population = population();
		munis.addAll(taxonomy.neighbours.keySet().stream().filter(population::containsKey).sorted().toList());
		muniCdf = new double[munis.size()];
		double sum = 0;
		for (int i = 0; i < munis.size(); i++) {
			sum += population.get(munis.get(i));
			muniCdf[i] = sum;
		}
		for (int i = 0; i < muniCdf.length; i++) {
			muniCdf[i] /= sum;
		}
	}

	private static double[] zipf(int n, double s) {
		double[] cdf = new double[n];
		double sum = 0;
		for (int i = 0; i < n; i++) {
			sum += 1 / Math.pow(i + 1, s);
			cdf[i] = sum;
		}
		for (int i = 0; i < n; i++) {
			cdf[i] /= sum;
		}
		return cdf;
	}

	private int draw(double[] cdf) {
		int i = java.util.Arrays.binarySearch(cdf, random.nextDouble());
		return Math.min(cdf.length - 1, i >= 0 ? i : -i - 1);
	}

	private static Map<String, Double> population() {
		Map<String, Double> out = new HashMap<>();
		try (var in = new BufferedReader(new InputStreamReader(new GZIPInputStream(MatchingWorkload.class
			.getClassLoader()
			.getResourceAsStream("data/municipalities/derived_folkmangd_1950_2019_by_kommunkod.csv.gz")),
				StandardCharsets.UTF_8))) {
			in.readLine();
			String line;
			while ((line = in.readLine()) != null) {
				String[] f = line.split(",");
				out.put(f[0], Double.parseDouble(f[f.length - 1]));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out;
	}

	String group() {
		return groups.get(draw(groupCdf));
	}

	String occupationIn(String group) {
		List<String> names = taxonomy.namesByCode.get(group);
		return names.get(random.nextInt(names.size()));
	}

	List<String> skillsOf(String group, int n, Set<String> exclude) {
		String[] ss = groupSkills.get(group);
		double[] cdf = groupSkillCdf.get(group);
		Set<String> out = new LinkedHashSet<>();
		for (int tries = 0; out.size() < Math.min(n, ss.length) && tries < n * 20; tries++) {
			String s = ss[draw(cdf)];
			if (!exclude.contains(s)) {
				out.add(s);
			}
		}
		return List.copyOf(out);
	}

	String municipality() {
		return munis.get(draw(muniCdf));
	}

	Opportunity opportunity(int i) {
		String g = group();
		List<String> must = skillsOf(g, 3 + random.nextInt(6), Set.of());
		List<String> nice = skillsOf(g, random.nextInt(6), new java.util.HashSet<>(must));
		Set<String> lic = random.nextInt(10) == 0 ? Set.of(LICENCES[random.nextInt(2)]) : Set.of();
		Set<String> lang = random.nextInt(20) == 0 ? Set.of(LANGUAGES[random.nextInt(2)]) : Set.of();
		return new Opportunity(String.format("o%06d", i), occupationIn(g), municipality(), must, nice, lang, lic,
				null);
	}

	PersonProfile person(int i) {
		String g = group();
		Set<String> occupations = new LinkedHashSet<>();
		occupations.add(occupationIn(g));
		List<String> skills = new ArrayList<>(skillsOf(g, 5 + random.nextInt(16), Set.of()));
		if (random.nextInt(10) < 3) {
			var rel = taxonomy.context().relatedSsyk4(g).stream().sorted().toList();
			String g2 = rel.isEmpty() ? group() : rel.get(random.nextInt(rel.size()));
			occupations.add(occupationIn(g2));
			skills.addAll(skillsOf(g2, 2 + random.nextInt(6), new java.util.HashSet<>(skills)));
		}
		for (int k = random.nextInt(4); k > 0; k--) {
			String s = allSkills.get(random.nextInt(allSkills.size()));
			if (!skills.contains(s)) {
				skills.add(s);
			}
		}
		List<SkillClaim> claims = skills.stream()
			.map(s -> new SkillClaim(s, random.nextInt(6), random.nextInt(10) < 3))
			.toList();
		int r = random.nextInt(10);
		Reach reach = r < 3 ? Reach.HOME_MUNICIPALITY : r < 7 ? Reach.NEIGHBOURS : Reach.COMMUTING_AREA;
		Set<String> lic = random.nextInt(10) < 6 ? Set.of("B") : Set.of();
		Set<String> lang = random.nextInt(20) == 0 ? Set.of("en") : random.nextInt(2) == 0 ? Set.of("sv", "en") : Set.of("sv");
		return new PersonProfile(String.format("p%07d", i), claims, occupations, Set.of(), municipality(), reach,
				random.nextInt(100) < 15, lang, lic, null, Set.of());
	}

	List<Opportunity> opportunities(int n) {
		List<Opportunity> out = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			out.add(opportunity(i));
		}
		return out;
	}

	List<PersonProfile> people(int n) {
		List<PersonProfile> out = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			out.add(person(i));
		}
		return out;
	}
}
