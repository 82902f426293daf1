package se.kompetensnav.employers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import se.kompetensnav.taxonomy.ConceptType;

/**
 * Finds taxonomy concepts in Swedish free text (job ads now; CVs and participants' own words later): longest match
 * over the {@link SkillDictionary}, then the head of a compound word ("rörsvetsning" ends in a known form), each
 * mention with its offsets and whether the text requires it, calls it a merit, or says it is not needed.
 * <p>
 * The status comes from cues in the mention's clause (sentence split at ".;!?" and line breaks, clause split at "men"
 * and at a comma that starts a new clause): negation ("inget krav", "krävs inte", "behöver inte", "utan krav") gives
 * NEGATED unless a merit cue is also there ("meriterande men inget krav" is a merit); a merit cue ("meriterande",
 * "är ett plus", "är en fördel", "gärna", "önskvärt") gives OPTIONAL; anything else REQUIRED.
 * Plain Java; thread-safe.
 */
public final class SkillExtractor {

	private static boolean isSentenceEnd(char c) {
		return c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == '\n' || c == '\u2022';
	}

	/** Clause boundaries inside a sentence. */
	private static final Pattern CLAUSE = Pattern.compile(
			"(?U)\\s+men\\s+|,\\s*(?=(?:och|samt|medan|men|även|dessutom|vilket|där|du|vi|det|har|är|kan|ni|om|gärna)\\s)"
					+ "|\\s+(?=(?:medan|vilket)\\s)");

	private static final Pattern OPTIONAL = Pattern.compile("(?U)\\b(meriterande|meriterar|merit|ett plus|en fördel|"
			+ "fördel om|fördelaktig\\p{L}*|önskvär\\p{L}*|gärna|bonus|plus i kanten|ser vi det som|uppskattas|"
			+ "önskemål|inte ett måste|inget måste|har du dessutom|har du även|extra plus)\\b");

	private static final Pattern NEGATED = Pattern.compile("(?U)\\b(inget krav|inga krav|inte krav|ej krav|"
			+ "inte ett krav|inte något krav|inget måste|krävs (?:inte|ej)|krävs alltså inte|behövs (?:inte|ej)|"
			+ "behöver (?:du )?inte|behöver (?:du )?ej|inte nödvändig\\p{L}*|ej nödvändig\\p{L}*|utan krav|"
			+ "ingen (?:tidigare )?erfarenhet|inga förkunskaper|inte (?:ha|har) |saknar du|är inget|är inte något|"
			+ "utan (?:tidigare )?erfarenhet|inte kräver|ställer inga krav|ställer vi inga krav)\\b");

	/** Words that state a requirement (after negations are removed), or a sentence opened by "du"/"vi" + verb. */
	private static final Pattern REQUIRED = Pattern.compile("(?U)\\b(krav|krävs|kräver|måste|ska ha|behöver|"
			+ "förutsätt\\p{L}*|nödvändig\\p{L}*|ett måste)\\b|^\\s*(?:du|vi|ni)\\s+\\p{L}+");

	/** Parts of a clause: at commas and "och". */
	private static final Pattern PART = Pattern.compile("(?U),\\s*|\\s+och\\s+");

	/** What the employer offers is no requirement. */
	private static final Pattern OFFER = Pattern.compile("(?U)\\b(vi erbjuder|erbjuder vi|du erbjuds|vi kan erbjuda|"
			+ "hos oss får du|förmåner)\\b");

	private final SkillDictionary dictionary;

	public SkillExtractor(SkillDictionary dictionary) {
		this.dictionary = dictionary;
	}

	/** An extractor over the dictionary of the shipped taxonomy. */
	public static SkillExtractor shared() {
		return new SkillExtractor(SkillDictionary.shared());
	}

	/** Every mention, in text order; each span at most once (longest match wins). */
	public List<SkillSuggestion> extract(String text) {
		Context ctx = new Context(text);
		List<String[]> tokens = SkillDictionary.tokens(text);
		List<SkillSuggestion> out = new ArrayList<>();
		int i = 0;
		while (i < tokens.size()) {
			SkillDictionary.Node node = dictionary.root();
			SkillDictionary.Entry best = null;
			int bestEnd = -1;
			for (int j = i; j < tokens.size(); j++) {
				node = node.next.get(tokens.get(j)[0]);
				if (node == null) {
					break;
				}
				SkillDictionary.Entry e = node.entry;
				if (e != null && (!e.capitalsOnly() || SkillDictionary.isAcronym(tokens.get(j)[2]))
						&& (j > i || e.admits(tokens.get(j)[1]))) {
					best = e;
					bestEnd = j;
				}
			}
			if (best != null) {
				int start = Integer.parseInt(tokens.get(i)[3]);
				int end = Integer.parseInt(tokens.get(bestEnd)[4]);
				// "PLC-programmering", "MIG/MAG-svetsning": a hyphenated compound is one word; what follows the
				// hyphen belongs to the match, not to a mention of its own.
				while (bestEnd + 1 < tokens.size() && end < text.length() && text.charAt(end) == '-'
						&& Integer.parseInt(tokens.get(bestEnd + 1)[3]) == end + 1) {
					bestEnd++;
					end = Integer.parseInt(tokens.get(bestEnd)[4]);
				}
				add(out, ctx, best, start, end, false);
				i = bestEnd + 1;
				continue;
			}
			SkillDictionary.Entry head = compoundHead(tokens.get(i)[0]);
			if (head != null) {
				add(out, ctx, head, Integer.parseInt(tokens.get(i)[3]), Integer.parseInt(tokens.get(i)[4]), true);
			}
			i++;
		}
		return out;
	}

	/** The longest known form of at least six characters that ends the word, leaving at least three before it. */
	private SkillDictionary.Entry compoundHead(String normalised) {
		for (int k = 3; k <= normalised.length() - SkillDictionary.MIN_HEAD; k++) {
			SkillDictionary.Entry e = dictionary.head(normalised.substring(k));
			if (e != null && e.concept().type() != ConceptType.LANGUAGE) {
				return e;
			}
		}
		return null;
	}

	/** Adds the mention unless it sits in what the employer offers ("vi erbjuder ..."), which is no requirement. */
	private static void add(List<SkillSuggestion> out, Context ctx, SkillDictionary.Entry e, int start, int end,
			boolean compound) {
		String text = ctx.text;
		MentionStatus status = status(ctx, start, end);
		if (status != null) {
			out.add(new SkillSuggestion(e.concept().id(), e.concept().type(), e.concept().label(), start, end,
					text.substring(start, end), status, compound));
		}
	}

	/**
	 * The status from the cues in the clause around [start, end); null when the clause is about what the employer
	 * offers. A clause with both a requirement and a merit in it ("svenska är ett krav och engelska är ett plus") is
	 * split further at commas and "och": each part takes its own cue, a part without one the cue of the next part
	 * ("svetsning, montering och hydraulik är meriterande"), else of the one before. A negated clause followed by
	 * "men" and a merit ("inget krav men ett plus") is a merit.
	 */
	static @Nullable MentionStatus status(String text, int start, int end) {
		return status(new Context(text), start, end);
	}

	/**
	 * What one call of {@link #extract} computes once: the sentence bounds, each sentence in lower case, whether it
	 * is about an offer, and the cue of every piece of text looked at.
	 */
	private static final class Context {

		final String text;

		final int[] starts;

		final int[] ends;

		final String[] lower;

		final Boolean[] offer;

		final Map<String, Optional<MentionStatus>> cues = new HashMap<>();

		final int[][][] clauses;

		Context(String text) {
			this.text = text;
			// Sentence ends: any run of . ! ? ; : line break or bullet (a plain loop: this runs on every text).
			List<int[]> bounds = new ArrayList<>();
			int from = 0;
			int i = 0;
			int n = text.length();
			while (i < n) {
				if (isSentenceEnd(text.charAt(i))) {
					int j = i;
					while (j < n && isSentenceEnd(text.charAt(j))) {
						j++;
					}
					bounds.add(new int[] { from, i });
					from = j;
					i = j;
				}
				else {
					i++;
				}
			}
			bounds.add(new int[] { from, n });
			starts = bounds.stream().mapToInt(b -> b[0]).toArray();
			ends = bounds.stream().mapToInt(b -> b[1]).toArray();
			lower = new String[starts.length];
			offer = new Boolean[starts.length];
			clauses = new int[starts.length][][];
		}

		/** The clauses of sentence i: {from, to, 1 when the separator after it is "men"} in sentence offsets. */
		int[][] clauses(int i) {
			if (clauses[i] == null) {
				String sentence = lower(i);
				List<int[]> list = new ArrayList<>();
				Matcher c = CLAUSE.matcher(sentence);
				int from = 0;
				while (c.find()) {
					list.add(new int[] { from, c.start(), c.group().contains("men") ? 1 : 0 });
					from = c.end();
				}
				list.add(new int[] { from, sentence.length(), 0 });
				clauses[i] = list.toArray(new int[0][]);
			}
			return clauses[i];
		}

		/** The index of the sentence holding offset {@code at}. */
		int sentence(int at) {
			int i = Arrays.binarySearch(starts, at);
			return i >= 0 ? i : Math.max(0, -i - 2);
		}

		String lower(int i) {
			if (lower[i] == null) {
				lower[i] = text.substring(starts[i], ends[i]).toLowerCase(Locale.ROOT);
			}
			return lower[i];
		}

		boolean offer(int i) {
			if (offer[i] == null) {
				offer[i] = OFFER.matcher(lower(i)).find();
			}
			return offer[i];
		}

		@Nullable MentionStatus cue(String piece) {
			return cues.computeIfAbsent(piece, p -> Optional.ofNullable(SkillExtractor.cue(p))).orElse(null);
		}
	}

	private static @Nullable MentionStatus status(Context ctx, int start, int end) {
		int index = ctx.sentence(start);
		int sentenceStart = ctx.starts[index];
		String sentence = ctx.lower(index);
		if (ctx.offer(index)) {
			return null;
		}
		int rel = start - sentenceStart;
		int[][] clauses = ctx.clauses(index);
		int at = 0;
		while (at + 1 < clauses.length && clauses[at + 1][0] <= rel) {
			at++;
		}
		int from = clauses[at][0];
		int to = clauses[at][1];
		String following = clauses[at][2] == 1 && at + 1 < clauses.length
				? sentence.substring(clauses[at + 1][0], clauses[at + 1][1]) : "";
		String clause = sentence.substring(from, to);
		MentionStatus own = ctx.cue(clause);
		if (own == MentionStatus.NEGATED && ctx.cue(following) == MentionStatus.OPTIONAL) {
			return MentionStatus.OPTIONAL;
		}
		if (own == null) {
			return MentionStatus.REQUIRED;
		}
		if (own == MentionStatus.REQUIRED || !REQUIRED.matcher(NEGATED.matcher(clause).replaceAll(" ")).find()) {
			return own;
		}
		// Both a requirement and a merit or negation: decide per part.
		List<String> parts = new ArrayList<>();
		List<Integer> starts = new ArrayList<>();
		Matcher p = PART.matcher(clause);
		int last = 0;
		while (p.find()) {
			parts.add(clause.substring(last, p.start()));
			starts.add(last);
			last = p.end();
		}
		parts.add(clause.substring(last));
		starts.add(last);
		int mine = 0;
		for (int k = 0; k < starts.size(); k++) {
			if (starts.get(k) <= rel - from) {
				mine = k;
			}
		}
		for (int k = mine; k < parts.size(); k++) {
			MentionStatus st = ctx.cue(parts.get(k));
			if (st != null) {
				return st;
			}
		}
		for (int k = mine - 1; k >= 0; k--) {
			MentionStatus st = ctx.cue(parts.get(k));
			if (st != null) {
				return st;
			}
		}
		return own;
	}

	/** The cue of a piece of text: merit before negation before requirement; null when it has none. */
	private static @Nullable MentionStatus cue(String text) {
		if (text.isEmpty()) {
			return null;
		}
		// Cheap substring tests first: each regex alternative contains one of these, so a clause without any of
		// them cannot match and the (slower) regex is skipped.
		if (containsAny(text, OPTIONAL_KEYS) && OPTIONAL.matcher(text).find()) {
			return MentionStatus.OPTIONAL;
		}
		if (containsAny(text, NEGATED_KEYS) && NEGATED.matcher(text).find()) {
			return MentionStatus.NEGATED;
		}
		String t = text.stripLeading();
		boolean subject = t.startsWith("du") || t.startsWith("vi") || t.startsWith("ni");
		return (subject || containsAny(text, REQUIRED_KEYS)) && REQUIRED.matcher(text).find() ? MentionStatus.REQUIRED
				: null;
	}

	private static final String[] OPTIONAL_KEYS = { "merit", "plus", "fördel", "önsk", "gärna", "bonus", "ser vi",
			"uppskatt", "måste", "har du" };

	private static final String[] NEGATED_KEYS = { "inte", "inget", "inga", "ingen", "ej", "utan", "saknar" };

	private static final String[] REQUIRED_KEYS = { "krav", "kräv", "måste", "ska ha", "behöver", "förutsätt",
			"nödvändig" };

	private static boolean containsAny(String text, String[] keys) {
		for (String k : keys) {
			if (text.contains(k)) {
				return true;
			}
		}
		return false;
	}
}
