package se.kompetensnav.employers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.sv.SwedishLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.jspecify.annotations.Nullable;

import se.kompetensnav.taxonomy.Concept;
import se.kompetensnav.taxonomy.ConceptType;

/**
 * Every taxonomy skill, occupation name, language and driving licence under the surface forms Swedish text uses for
 * it, as sequences of normalised tokens (Lucene's StandardTokenizer, lower case, {@link SwedishLightStemmer}) in a
 * trie for longest match. Forms come from the labels: the whole label; each alternative of a "A/B" label (with a
 * shared suffix distributed: "MAG/MIG-svetsning" gives "MIG-svetsning"); "Head, qualifier" labels also as
 * "qualifier head" and, where unambiguous, the head alone; a parenthesis apart. Short all-capital forms (PLC, ESA)
 * match only when written in capitals. Plain Java, immutable after construction, safe to share between threads.
 */
public final class SkillDictionary {

	/** Heads so generic that "Certifikat, heta arbeten" is found as "heta arbeten". */
	private static final Set<String> GENERIC_HEADS = Set.of("certifikat", "yrkesbevis", "kompetensbevis",
			"utbildningsbevis", "behörighet", "auktorisation", "utbildningsintyg", "licens", "kunskap", "kunskaper");

	/** Qualifiers after which the head alone still names the same concept ("Linux, operativsystem"). */
	private static final Set<String> WEAK_QUALIFIERS = Set.of("erfarenhet", "vana", "kunskap", "operativsystem",
			"installation och underhåll", "programmeringsspråk", "databashanterare", "frågespråk", "ramverk",
			"materialkunskap", "utbildad");

	private static final List<String> PREPOSITIONS = List.of("i", "inom", "av", "för", "vid", "på", "med");

	private static final Pattern PAREN = Pattern.compile("\\(([^)]*)\\)");

	private static final Pattern SHARED_SUFFIX = Pattern.compile("^([\\p{L}\\d]+)-([\\p{L}]+)$");

	/** A dictionary entry: the concept and how much we trust this form (higher wins on collision). */
	record Entry(Concept concept, int priority, boolean capitalsOnly, @Nullable String guard) {

		/**
		 * Whether a token (lower case) may stand for this single-token form: the light stemmer conflates a few
		 * unrelated words ("skriver" and "skrivare"), so the token must also start with the form's first letters.
		 */
		boolean admits(String lowerToken) {
			return guard == null || lowerToken.startsWith(guard);
		}
	}

	static final class Node {

		final Map<String, Node> next = new HashMap<>(4);

		@Nullable Entry entry;
	}

	private final Node root = new Node();

	/** Single-token forms of at least {@link #MIN_HEAD} characters, for compound heads. */
	private final Map<String, Entry> heads = new HashMap<>();

	static final int MIN_HEAD = 6;

	private int forms;

	private static volatile @Nullable SkillDictionary shared;

	SkillDictionary(TaxonomyFiles tax) {
		List<Concept> concepts = new ArrayList<>();
		concepts.addAll(tax.byType(ConceptType.SKILL));
		concepts.addAll(tax.byType(ConceptType.OCCUPATION_NAME));
		concepts.addAll(tax.byType(ConceptType.LANGUAGE));
		Map<String, Integer> headCounts = new HashMap<>();
		for (Concept c : concepts) {
			for (String part : c.label().split("/")) {
				int comma = part.indexOf(", ");
				if (comma > 0) {
					headCounts.merge(part.substring(0, comma).strip().toLowerCase(Locale.ROOT), 1, Integer::sum);
				}
			}
		}
		for (Concept c : concepts) {
			if (c.type() == ConceptType.LANGUAGE) {
				// Language names match as written ("svenska"), never through the stemmer ("Serer" is not "ser").
				if (c.label().length() >= 4 && !c.label().contains(" ")) {
					add(c.label(), c, 3, c.label().toLowerCase(Locale.ROOT));
				}
				continue;
			}
			addLabel(c, headCounts);
		}
		for (Concept c : tax.byType(ConceptType.DRIVING_LICENCE)) {
			String l = c.label();
			if (l.contains(" ")) {
				add(l + "-körkort", c, 3);
				continue;
			}
			for (String form : new String[] { l + "-körkort", "körkort " + l, "körkortsbehörighet " + l, l + "-kort",
					"behörighet " + l }) {
				add(form, c, 3);
			}
			if (l.equals("B")) {
				add("körkort", c, 1);
				add("körkortet", c, 1);
			}
		}
	}

	/** The dictionary built from the files the repository ships; built once per JVM. */
	public static SkillDictionary shared() {
		SkillDictionary s = shared;
		if (s == null) {
			synchronized (SkillDictionary.class) {
				s = shared;
				if (s == null) {
					s = new SkillDictionary(TaxonomyFiles.shared());
					shared = s;
				}
			}
		}
		return s;
	}

	/** How many surface forms the dictionary holds. */
	public int size() {
		return forms;
	}

	private void addLabel(Concept c, Map<String, Integer> headCounts) {
		String label = c.label().strip();
		add(label, c, 4);
		Matcher paren = PAREN.matcher(label);
		String base = label;
		if (paren.find()) {
			add(paren.group(1), c, 2);
			base = PAREN.matcher(label).replaceAll("").strip();
			// "ESA (Elsäkerhetsanvisningarna)": the part outside is a name of its own only when it is an acronym or
			// several words; "Arbetsmiljö (OHSAS 18001)" is not plain "arbetsmiljö".
			if (isAcronym(base) || base.contains(" ")) {
				add(base, c, 3);
			}
			else {
				base = label;
			}
		}
		String[] parts = base.split("/");
		if (parts.length > 1) {
			// "MAG/MIG-svetsning": a shared suffix belongs to every alternative.
			Matcher last = SHARED_SUFFIX.matcher(parts[parts.length - 1].strip());
			String suffix = last.matches() ? last.group(2) : null;
			for (int i = 0; i < parts.length; i++) {
				String p = parts[i].strip();
				if (suffix != null && i < parts.length - 1 && !p.contains(" ") && !p.contains("-")) {
					p = p + "-" + suffix;
				}
				addPart(p, c, 2, headCounts);
			}
			if (parts.length == 2 && suffix != null) {
				add(parts[1].strip().replace("-" + suffix, "") + "/" + parts[0].strip() + "-" + suffix, c, 2);
			}
		}
		else {
			addPart(base, c, 3, headCounts);
		}
	}

	private void addPart(String part, Concept c, int priority, Map<String, Integer> headCounts) {
		add(part, c, priority);
		int comma = part.indexOf(", ");
		if (comma <= 0) {
			return;
		}
		String head = part.substring(0, comma).strip();
		String qualifier = part.substring(comma + 2).strip();
		if (qualifier.contains(",")) {
			return;
		}
		add(qualifier + " " + head, c, 1);
		add(qualifier + "-" + head, c, 1);
		// Swedish writes "Svarvning, CNC" as "svarvning i CNC", "Härdning, stål" as "härdning av stål".
		for (String preposition : PREPOSITIONS) {
			add(head + " " + preposition + " " + qualifier, c, 1);
			add(qualifier + " " + preposition + " " + head, c, 1);
		}
		String headLower = head.toLowerCase(Locale.ROOT);
		if (GENERIC_HEADS.contains(headLower)) {
			add(qualifier, c, 1);
		}
		else if (WEAK_QUALIFIERS.contains(qualifier.toLowerCase(Locale.ROOT))
				|| (headCounts.getOrDefault(headLower, 0) == 1 && (isAcronym(head) || head.contains(" ")))) {
			// The head alone names the concept when the qualifier only says what kind of thing it is
			// ("Linux, operativsystem"), or when the head is specific: an acronym or several words used once.
			add(head, c, 0);
		}
	}

	private void add(String form, Concept c, int priority) {
		add(form, c, priority, null);
	}

	private void add(String form, Concept c, int priority, @Nullable String exactGuard) {
		List<String[]> tokens = tokens(form);
		if (tokens.isEmpty()) {
			return;
		}
		boolean capitalsOnly = tokens.size() == 1 && isAcronym(tokens.get(0)[2]);
		if (tokens.size() == 1 && tokens.get(0)[0].length() < 3 && !capitalsOnly) {
			return;
		}
		Node node = root;
		for (String[] t : tokens) {
			node = node.next.computeIfAbsent(t[0], k -> new Node());
		}
		String guard = exactGuard;
		if (guard == null && tokens.size() == 1 && !capitalsOnly) {
			String lower = tokens.get(0)[1];
			guard = lower.substring(0, Math.max(3, lower.length() - 2));
		}
		Entry e = new Entry(c, priority, capitalsOnly, guard);
		if (node.entry == null) {
			forms++;
		}
		if (node.entry == null || node.entry.priority() < priority
				|| (node.entry.priority() == priority && wins(c, node.entry.concept()))) {
			node.entry = e;
			if (tokens.size() == 1 && tokens.get(0)[0].length() >= MIN_HEAD && !capitalsOnly) {
				heads.put(tokens.get(0)[0], e);
			}
		}
	}

	/** On an equal form, a skill beats an occupation name; otherwise the first one stays. */
	private static boolean wins(Concept candidate, Concept current) {
		return candidate.type() == ConceptType.SKILL && current.type() == ConceptType.OCCUPATION_NAME;
	}

	static boolean isAcronym(String original) {
		if (original.length() > 5 || original.length() < 2) {
			return false;
		}
		for (int i = 0; i < original.length(); i++) {
			char ch = original.charAt(i);
			if (Character.isLetter(ch) && !Character.isUpperCase(ch)) {
				return false;
			}
		}
		return true;
	}

	Node root() {
		return root;
	}

	@Nullable Entry head(String normalised) {
		return heads.get(normalised);
	}

	/** StandardTokenizer, lower case, Swedish light stemming: the normalisation of both labels and text. */
	private static final Analyzer ANALYZER = new Analyzer() {

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			StandardTokenizer source = new StandardTokenizer();
			return new TokenStreamComponents(source, new SwedishLightStemFilter(new LowerCaseFilter(source)));
		}
	};

	/**
	 * Tokens of a text: {normalised, lower case, original, start offset, end offset}. Normalised is the lower case
	 * form through the Swedish light stemmer; the original is cut from the text by the offsets.
	 */
	static List<String[]> tokens(String text) {
		List<String[]> out = new ArrayList<>();
		try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				int start = offset.startOffset();
				int end = offset.endOffset();
				String original = text.substring(start, end);
				out.add(new String[] { term.toString(), original.toLowerCase(Locale.ROOT), original,
						Integer.toString(start), Integer.toString(end) });
			}
			stream.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out;
	}

	/** For tests: the concept a form resolves to, if any. */
	@Nullable Concept lookup(String form) {
		Node node = root;
		for (String[] t : tokens(form)) {
			node = node.next.get(t[0]);
			if (node == null) {
				return null;
			}
		}
		return node.entry == null ? null : node.entry.concept();
	}

	static Set<String> newSet() {
		return new HashSet<>();
	}
}
