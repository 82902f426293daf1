package se.kompetensnav.employers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

	private static final Pattern SENTENCE = Pattern.compile("[.!?;:\\n\\u2022]+");

	/** Clause boundaries inside a sentence. */
	private static final Pattern CLAUSE = Pattern.compile(
			"(?iU)\\s+men\\s+|,\\s*(?=(?:och|samt|medan|men|även|dessutom|vilket|där|du|vi|det|har|är|kan|ni|om|gärna)\\s)"
					+ "|\\s+(?=(?:medan|vilket)\\s)");

	private static final Pattern OPTIONAL = Pattern.compile("(?iU)\\b(meriterande|meriterar|merit|ett plus|en fördel|"
			+ "fördel om|fördelaktig\\p{L}*|önskvär\\p{L}*|gärna|bonus|plus i kanten|ser vi det som|uppskattas|"
			+ "önskemål|inte ett måste|inget måste|har du dessutom|har du även|extra plus)\\b");

	private static final Pattern NEGATED = Pattern.compile("(?iU)\\b(inget krav|inga krav|inte krav|ej krav|"
			+ "inte ett krav|inte något krav|inget måste|krävs (?:inte|ej)|krävs alltså inte|behövs (?:inte|ej)|"
			+ "behöver (?:du )?inte|behöver (?:du )?ej|inte nödvändig\\p{L}*|ej nödvändig\\p{L}*|utan krav|"
			+ "ingen (?:tidigare )?erfarenhet|inga förkunskaper|inte (?:ha|har) |saknar du|är inget|är inte något|"
			+ "utan (?:tidigare )?erfarenhet|inte kräver|ställer inga krav|ställer vi inga krav)\\b");

	/** Words that state a requirement (after negations are removed), or a sentence opened by "du"/"vi" + verb. */
	private static final Pattern REQUIRED = Pattern.compile("(?iU)\\b(krav|krävs|kräver|måste|ska ha|behöver|"
			+ "förutsätt\\p{L}*|nödvändig\\p{L}*|ett måste)\\b|^\\s*(?:du|vi|ni)\\s+\\p{L}+");

	/** Parts of a clause: at commas and "och". */
	private static final Pattern PART = Pattern.compile("(?iU),\\s*|\\s+och\\s+");

	/** What the employer offers is no requirement. */
	private static final Pattern OFFER = Pattern.compile("(?iU)\\b(vi erbjuder|erbjuder vi|du erbjuds|vi kan erbjuda|"
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
				add(out, text, best, start, end, false);
				i = bestEnd + 1;
				continue;
			}
			SkillDictionary.Entry head = compoundHead(tokens.get(i)[0]);
			if (head != null) {
				add(out, text, head, Integer.parseInt(tokens.get(i)[3]), Integer.parseInt(tokens.get(i)[4]), true);
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
	private static void add(List<SkillSuggestion> out, String text, SkillDictionary.Entry e, int start, int end,
			boolean compound) {
		MentionStatus status = status(text, start, end);
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
		int sentenceStart = 0;
		int sentenceEnd = text.length();
		Matcher s = SENTENCE.matcher(text);
		while (s.find()) {
			if (s.end() <= start) {
				sentenceStart = s.end();
			}
			else if (s.start() >= end) {
				sentenceEnd = s.start();
				break;
			}
		}
		String sentence = text.substring(sentenceStart, sentenceEnd).toLowerCase(Locale.ROOT);
		if (OFFER.matcher(sentence).find()) {
			return null;
		}
		int rel = start - sentenceStart;
		int from = 0;
		int to = sentence.length();
		String following = "";
		Matcher c = CLAUSE.matcher(sentence);
		while (c.find()) {
			if (c.end() <= rel) {
				from = c.end();
			}
			else if (c.start() >= rel) {
				to = c.start();
				if (c.group().contains("men")) {
					int next = sentence.length();
					Matcher c2 = CLAUSE.matcher(sentence);
					if (c2.find(c.end())) {
						next = c2.start();
					}
					following = sentence.substring(c.end(), next);
				}
				break;
			}
		}
		String clause = sentence.substring(from, to);
		MentionStatus own = cue(clause);
		if (own == MentionStatus.NEGATED && cue(following) == MentionStatus.OPTIONAL) {
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
			MentionStatus st = cue(parts.get(k));
			if (st != null) {
				return st;
			}
		}
		for (int k = mine - 1; k >= 0; k--) {
			MentionStatus st = cue(parts.get(k));
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
		if (OPTIONAL.matcher(text).find()) {
			return MentionStatus.OPTIONAL;
		}
		if (NEGATED.matcher(text).find()) {
			return MentionStatus.NEGATED;
		}
		return REQUIRED.matcher(text).find() ? MentionStatus.REQUIRED : null;
	}
}
