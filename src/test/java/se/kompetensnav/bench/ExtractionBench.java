package se.kompetensnav.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import se.kompetensnav.employers.SkillDictionary;
import se.kompetensnav.employers.SkillExtractor;
import se.kompetensnav.employers.SkillSuggestion;
import se.kompetensnav.employers.TaxonomyFiles;
import se.kompetensnav.taxonomy.Concept;
import se.kompetensnav.taxonomy.ConceptType;

/**
 * Skill-extraction throughput on a generated corpus of Swedish ad text, beside a baseline measured in the same run:
 * a plain Lucene {@link SwedishAnalyzer} pass (tokenise, lower-case, stop words, Snowball stemming) over the same
 * text. The corpus is seeded: ads of 6-14 sentences from requirement, merit, negation and filler templates filled
 * with real taxonomy labels (skills, languages, driving licences, occupation names).
 * <p>
 * Run: {@code ./mvnw -q -B test-compile exec:exec -Dbench=ExtractionBench}
 */
public final class ExtractionBench {

	private static final String[] REQUIRED = { "Du har erfarenhet av %s.", "Kunskaper i %s är ett krav.",
			"Vi söker dig som behärskar %s och %s.", "Erfarenhet av %s krävs för tjänsten.",
			"Du har god vana av %s, %s och %s." };

	private static final String[] OPTIONAL = { "%s är meriterande.", "Erfarenhet av %s är ett plus.",
			"Vi ser gärna att du har arbetat med %s.", "Kunskaper i %s är önskvärt men inget krav." };

	private static final String[] NEGATED = { "Inget krav på %s.", "Du behöver inte ha erfarenhet av %s.",
			"%s är inget krav, vi lär upp dig." };

	private static final String[] FILLER = {
			"Företaget har funnits i Norrbotten sedan 1962 och har idag omkring %d anställda.",
			"Du kommer att ingå i ett team där vi hjälps åt och lär av varandra.",
			"Tjänsten är en tillsvidareanställning på heltid med tillträde enligt överenskommelse.",
			"Urval sker löpande, så skicka in din ansökan redan idag.",
			"Vi värdesätter mångfald och välkomnar sökande med olika bakgrund.",
			"Arbetet sker dagtid måndag till fredag, med viss möjlighet till flextid.",
			"Som %s arbetar du nära produktionen och rapporterar till produktionschefen." };

	private ExtractionBench() {
	}

	public static void main(String[] args) throws IOException {
		int targetMb = args.length > 0 ? Integer.parseInt(args[0]) : 8;
		long t0 = System.nanoTime();
		SkillDictionary dictionary = SkillDictionary.shared();
		System.out.printf("Dictionary: %,d surface forms built from the shipped taxonomy files in %.1f s%n",
				dictionary.size(), (System.nanoTime() - t0) / 1e9);
		List<String> ads = corpus(targetMb * 1_000_000L, new Random(20260123L));
		long bytes = ads.stream().mapToLong(a -> a.getBytes(StandardCharsets.UTF_8).length).sum();
		double mb = bytes / 1e6;
		System.out.printf("Corpus: %,d generated ads, %.1f MB UTF-8 (seed 20260123)%n", ads.size(), mb);

		SkillExtractor extractor = new SkillExtractor(dictionary);
		SwedishAnalyzer analyzer = new SwedishAnalyzer();
		// Warm-up: two passes of each.
		for (int i = 0; i < 2; i++) {
			baseline(analyzer, ads);
			extract(extractor, ads);
		}
		int rounds = 5;
		double baseSeconds = Double.MAX_VALUE;
		double extractSeconds = Double.MAX_VALUE;
		long tokens = 0;
		long mentions = 0;
		for (int r = 0; r < rounds; r++) {
			long s = System.nanoTime();
			tokens = baseline(analyzer, ads);
			baseSeconds = Math.min(baseSeconds, (System.nanoTime() - s) / 1e9);
			s = System.nanoTime();
			mentions = extract(extractor, ads);
			extractSeconds = Math.min(extractSeconds, (System.nanoTime() - s) / 1e9);
		}
		System.out.printf("Baseline, Lucene SwedishAnalyzer pass: %8.1f MB/s  (%,d tokens; best of %d)%n",
				mb / baseSeconds, tokens, rounds);
		System.out.printf("Skill extraction (SkillExtractor):     %8.1f MB/s  (%,d mentions; best of %d)%n",
				mb / extractSeconds, mentions, rounds);
		System.out.printf("Ratio extraction / baseline:           %8.2f%n", (mb / extractSeconds) / (mb / baseSeconds));
		System.out.printf("Java %s, %d processors available%n", System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors());
		analyzer.close();
	}

	private static long baseline(SwedishAnalyzer analyzer, List<String> ads) throws IOException {
		long n = 0;
		for (String ad : ads) {
			try (TokenStream ts = analyzer.tokenStream("text", ad)) {
				CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
				ts.reset();
				while (ts.incrementToken()) {
					n += term.length() > 0 ? 1 : 0;
				}
				ts.end();
			}
		}
		return n;
	}

	private static long extract(SkillExtractor extractor, List<String> ads) {
		long n = 0;
		for (String ad : ads) {
			List<SkillSuggestion> found = extractor.extract(ad);
			n += found.size();
		}
		return n;
	}

	static List<String> corpus(long targetBytes, Random random) {
		TaxonomyFiles tax = TaxonomyFiles.shared();
		List<String> skills = labels(tax.byType(ConceptType.SKILL));
		List<String> occupations = labels(tax.byType(ConceptType.OCCUPATION_NAME));
		List<String> requirements = new ArrayList<>(skills);
		requirements.addAll(List.of("svenska", "engelska", "finska", "B-körkort", "CE-körkort", "körkort"));
		List<String> ads = new ArrayList<>();
		long size = 0;
		while (size < targetBytes) {
			StringBuilder ad = new StringBuilder();
			ad.append(occupations.get(random.nextInt(occupations.size()))).append(" till verksamhet i Norrbotten\n\n");
			int sentences = 6 + random.nextInt(9);
			for (int s = 0; s < sentences; s++) {
				int kind = random.nextInt(10);
				String[] templates = kind < 4 ? REQUIRED : kind < 6 ? OPTIONAL : kind < 7 ? NEGATED : FILLER;
				String t = templates[random.nextInt(templates.length)];
				int slots = t.split("%s", -1).length - 1;
				Object[] fill = new Object[Math.max(1, slots)];
				for (int k = 0; k < fill.length; k++) {
					fill[k] = templates == FILLER ? occupations.get(random.nextInt(occupations.size())).toLowerCase()
							: requirements.get(random.nextInt(requirements.size())).toLowerCase();
				}
				String sentence = t.contains("%d") ? String.format(t, 5 + random.nextInt(400)) : String.format(t, fill);
				ad.append(Character.toUpperCase(sentence.charAt(0))).append(sentence, 1, sentence.length()).append(' ');
				if (random.nextInt(4) == 0) {
					ad.append("\n\n");
				}
			}
			String text = ad.toString();
			ads.add(text);
			size += text.getBytes(StandardCharsets.UTF_8).length;
		}
		return ads;
	}

	private static List<String> labels(List<Concept> concepts) {
		return concepts.stream().map(Concept::label).filter(l -> !l.contains("(")).toList();
	}
}
