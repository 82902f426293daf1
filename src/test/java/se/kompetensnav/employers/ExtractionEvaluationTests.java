package se.kompetensnav.employers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.kompetensnav.taxonomy.ConceptType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Precision and recall of the skill extractor on Swedish ad sentences written and annotated for the purpose
 * (src/test/resources/extraction/annotated.jsonl: each sentence with the skill, language and driving-licence
 * concepts a careful reader links it to, and whether the sentence requires them, calls them a merit, or says they
 * are not needed). Occupation names are found too but are not requirements and are not scored. Every fourth
 * sentence is held out ("test"): the rules were tuned on the others ("dev") only.
 */
class ExtractionEvaluationTests {

	/** Floors set from the measured figures (see the printed report), a little below them. */
	static final double MIN_PRECISION = 0.90;

	static final double MIN_RECALL = 0.85;

	record Annotated(int n, String split, String sentence, Set<String> expected) {
	}

	static List<Annotated> set;

	@BeforeAll
	static void load() throws IOException {
		set = new ArrayList<>();
		JsonMapper json = JsonMapper.builder().build();
		try (BufferedReader r = new BufferedReader(new InputStreamReader(
				ExtractionEvaluationTests.class.getResourceAsStream("/extraction/annotated.jsonl"),
				StandardCharsets.UTF_8))) {
			String line;
			while ((line = r.readLine()) != null) {
				if (line.isBlank()) {
					continue;
				}
				JsonNode o = json.readTree(line);
				Set<String> expected = new HashSet<>();
				for (JsonNode e : o.path("expected")) {
					expected.add(e.path("id").asString() + ":" + e.path("status").asString());
				}
				set.add(new Annotated(o.path("n").asInt(), o.path("split").asString(), o.path("sentence").asString(),
						expected));
			}
		}
	}

	record Score(int tp, int fp, int fn) {

		double precision() {
			return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
		}

		double recall() {
			return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
		}

		double f1() {
			return 2 * precision() * recall() / Math.max(1e-9, precision() + recall());
		}
	}

	static Score score(List<Annotated> items, boolean withStatus, boolean print) {
		SkillExtractor extractor = SkillExtractor.shared();
		int tp = 0;
		int fp = 0;
		int fn = 0;
		for (Annotated a : items) {
			Set<String> found = new HashSet<>();
			for (SkillSuggestion s : extractor.extract(a.sentence())) {
				if (s.type() != ConceptType.OCCUPATION_NAME) {
					found.add(withStatus ? s.conceptId() + ":" + s.status() : s.conceptId());
				}
			}
			Set<String> expected = new HashSet<>();
			for (String e : a.expected()) {
				expected.add(withStatus ? e : e.substring(0, e.indexOf(':')));
			}
			for (String f : found) {
				if (expected.contains(f)) {
					tp++;
				}
				else {
					fp++;
					if (print) {
						System.out.printf("  FP %-28s %s%n", label(f), a.sentence());
					}
				}
			}
			for (String e : expected) {
				if (!found.contains(e)) {
					fn++;
					if (print) {
						System.out.printf("  FN %-28s %s%n", label(e), a.sentence());
					}
				}
			}
		}
		return new Score(tp, fp, fn);
	}

	private static String label(String key) {
		int colon = key.indexOf(':');
		String id = colon < 0 ? key : key.substring(0, colon);
		return TaxonomyFiles.shared().label(id) + (colon < 0 ? "" : key.substring(colon));
	}

	@Test
	void precisionAndRecallOnTheAnnotatedSentences() {
		assertThat(set).hasSizeGreaterThanOrEqualTo(150);
		List<Annotated> dev = set.stream().filter(a -> a.split().equals("dev")).toList();
		List<Annotated> test = set.stream().filter(a -> a.split().equals("test")).toList();
		System.out.println("Skill extraction on " + set.size() + " annotated Swedish ad sentences ("
				+ set.stream().mapToInt(a -> a.expected().size()).sum() + " annotated mentions; " + dev.size()
				+ " dev, " + test.size() + " held-out test). Errors (concept:status), all sentences:");
		Score all = score(set, true, true);
		System.out.printf("%-34s %9s %9s %9s%n", "", "precision", "recall", "F1");
		report("all, concept and status", all);
		report("all, concept only", score(set, false, false));
		report("dev, concept and status", score(dev, true, false));
		report("test (held out), concept and status", score(test, true, false));
		report("test (held out), concept only", score(test, false, false));
		assertThat(all.precision()).isGreaterThanOrEqualTo(MIN_PRECISION);
		assertThat(all.recall()).isGreaterThanOrEqualTo(MIN_RECALL);
	}

	private static void report(String what, Score s) {
		System.out.printf("%-34s %9.3f %9.3f %9.3f   (tp %d, fp %d, fn %d)%n", what, s.precision(), s.recall(), s.f1(),
				s.tp(), s.fp(), s.fn());
	}
}
