package se.kompetensnav.matching.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import se.kompetensnav.matching.core.Match;
import se.kompetensnav.matching.core.MatchEngine;
import se.kompetensnav.matching.core.MatchWeights.Factor;
import se.kompetensnav.matching.core.Opportunity;
import se.kompetensnav.matching.core.PersonProfile;
import se.kompetensnav.matching.core.Reach;
import se.kompetensnav.matching.core.Scorer;
import se.kompetensnav.matching.core.SkillClaim;
import se.kompetensnav.matching.internal.TaxonomyFiles;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code match --opportunities O.jsonl --candidates C.jsonl --top K --out R.jsonl}: ranks the opportunities for every
 * candidate with the matching engine and writes one result line per candidate, in input order. Reads the taxonomy
 * facts from the data files inside the application; needs no database and no server.
 */
public final class MatchCommand {

	static final String USAGE = "usage: match --opportunities O.jsonl --candidates C.jsonl --top K --out R.jsonl";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private MatchCommand() {
	}

	public static void main(String[] args) {
		int code = run(args, System.out, System.err);
		if (code != 0) {
			System.exit(code);
		}
	}

	/** Runs the command; 0 on success, 2 on bad arguments or input (the message names the file and line). */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		try {
			Map<String, String> opts = options(args);
			Path oppFile = Path.of(require(opts, "opportunities"));
			Path candFile = Path.of(require(opts, "candidates"));
			Path outFile = Path.of(require(opts, "out"));
			int top;
			try {
				top = Integer.parseInt(opts.getOrDefault("top", "10"));
			}
			catch (NumberFormatException e) {
				throw new BadInput("--top must be a whole number: " + opts.get("top"));
			}
			if (top < 1) {
				throw new BadInput("--top must be at least 1");
			}
			List<Opportunity> opportunities = readLines(oppFile, MatchCommand::opportunity);
			List<PersonProfile> candidates = readLines(candFile, MatchCommand::candidate);
			long started = System.nanoTime();
			MatchEngine engine = new MatchEngine(new Scorer(TaxonomyFiles.load().context()));
			engine.load(opportunities, List.of());
			List<String> lines = candidates.parallelStream()
				.map(c -> result(c, engine.explainOpportunities(c, top)))
				.toList();
			try (BufferedWriter w = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
				for (String line : lines) {
					w.write(line);
					w.write('\n');
				}
			}
			out.printf(Locale.ROOT, "matched %d candidates against %d opportunities (top %d) in %d ms: %s%n",
					candidates.size(), opportunities.size(), top, (System.nanoTime() - started) / 1_000_000, outFile);
			return 0;
		}
		catch (BadInput e) {
			err.println("match: " + e.getMessage());
			err.println(USAGE);
			return 2;
		}
		catch (IOException e) {
			err.println("match: " + e);
			return 2;
		}
	}

	static String result(PersonProfile candidate, List<Match> matches) {
		ObjectNode line = JSON.createObjectNode();
		line.put("candidate", candidate.id());
		ArrayNode arr = line.putArray("matches");
		for (Match m : matches) {
			ObjectNode o = arr.addObject();
			o.put("opportunity", m.opportunityId());
			o.put("score", points(m.scoreUnits()));
			ArrayNode matched = o.putArray("matched");
			m.matchedSkillIds().forEach(matched::add);
			ArrayNode missing = o.putArray("missing");
			m.missingMust().forEach(missing::add);
			ObjectNode factors = o.putObject("factors");
			factors.put("must", points(m.units(Factor.MUST_SKILLS)));
			factors.put("nice", points(m.units(Factor.NICE_SKILLS)));
			factors.put("occupation", points(m.units(Factor.OCCUPATION)));
			factors.put("location", points(m.units(Factor.LOCATION)));
		}
		return JSON.writeValueAsString(line);
	}

	private static BigDecimal points(int units) {
		return BigDecimal.valueOf(units, 7).setScale(4, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros();
	}

	private interface LineParser<T> {
		T parse(JsonNode node);
	}

	private static <T> List<T> readLines(Path file, LineParser<T> parser) throws IOException {
		if (!Files.isReadable(file)) {
			throw new BadInput("cannot read " + file);
		}
		List<T> out = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String line;
			int n = 0;
			while ((line = r.readLine()) != null) {
				n++;
				if (line.isBlank()) {
					continue;
				}
				try {
					JsonNode node = JSON.readTree(line);
					if (!node.isObject()) {
						throw new IllegalArgumentException("expected one JSON object");
					}
					T item = parser.parse(node);
					String id = node.path("id").asString();
					if (!ids.add(id)) {
						throw new IllegalArgumentException("duplicate id " + id);
					}
					out.add(item);
				}
				catch (JacksonException e) {
					throw new BadInput(file.getFileName() + " line " + n + ": not valid JSON: "
							+ e.getOriginalMessage());
				}
				catch (IllegalArgumentException e) {
					throw new BadInput(file.getFileName() + " line " + n + ": " + e.getMessage());
				}
			}
		}
		return out;
	}

	static Opportunity opportunity(JsonNode n) {
		return new Opportunity(text(n, "id", true), text(n, "occupation", true), municipality(n), strings(n, "must"),
				strings(n, "nice"), Set.copyOf(strings(n, "languages")), Set.copyOf(strings(n, "licences")),
				date(n, "latestStart"));
	}

	static PersonProfile candidate(JsonNode n) {
		Set<String> validated = new HashSet<>(strings(n, "validated"));
		List<SkillClaim> claims = new ArrayList<>();
		for (String s : new java.util.LinkedHashSet<>(strings(n, "skills"))) {
			claims.add(new SkillClaim(s, 0, validated.contains(s)));
		}
		String reach = text(n, "reach", false);
		Reach r;
		try {
			r = reach == null ? Reach.NEIGHBOURS : Reach.valueOf(reach.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("field 'reach' must be one of home_municipality, neighbours, "
					+ "commuting_area: " + reach);
		}
		JsonNode move = n.path("willingToMove");
		if (!move.isMissingNode() && !move.isBoolean()) {
			throw new IllegalArgumentException("field 'willingToMove' must be true or false");
		}
		return new PersonProfile(text(n, "id", true), claims, Set.copyOf(strings(n, "occupations")), Set.of(),
				municipality(n), r, move.asBoolean(false), Set.copyOf(strings(n, "languages")),
				Set.copyOf(strings(n, "licences")), date(n, "availableFrom"), Set.of());
	}

	private static String municipality(JsonNode n) {
		String m = text(n, "municipality", true);
		if (!m.matches("\\d{4}")) {
			throw new IllegalArgumentException("field 'municipality' must be a 4-digit kommunkod: " + m);
		}
		return m;
	}

	private static @Nullable String text(JsonNode n, String field, boolean required) {
		JsonNode v = n.get(field);
		if (v == null || v.isNull()) {
			if (required) {
				throw new IllegalArgumentException("field '" + field + "' is required");
			}
			return null;
		}
		if (!v.isString() || v.asString().isBlank()) {
			throw new IllegalArgumentException("field '" + field + "' must be a non-empty string");
		}
		return v.asString();
	}

	private static List<String> strings(JsonNode n, String field) {
		JsonNode v = n.get(field);
		if (v == null || v.isNull()) {
			return List.of();
		}
		if (!v.isArray()) {
			throw new IllegalArgumentException("field '" + field + "' must be an array of ids");
		}
		List<String> out = new ArrayList<>();
		for (JsonNode e : v) {
			if (!e.isString() || e.asString().isBlank()) {
				throw new IllegalArgumentException("field '" + field + "' must contain only non-empty strings");
			}
			out.add(e.asString());
		}
		return out;
	}

	private static @Nullable LocalDate date(JsonNode n, String field) {
		String s = text(n, field, false);
		try {
			return s == null ? null : LocalDate.parse(s);
		}
		catch (DateTimeParseException e) {
			throw new IllegalArgumentException("field '" + field + "' must be a date YYYY-MM-DD: " + s);
		}
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> opts = new LinkedHashMap<>();
		int i = args.length > 0 && args[0].equals("match") ? 1 : 0;
		for (; i < args.length; i++) {
			String a = args[i];
			if (!a.startsWith("--") || i + 1 >= args.length) {
				throw new BadInput("unexpected argument: " + a);
			}
			String key = a.substring(2);
			if (!Set.of("opportunities", "candidates", "top", "out").contains(key)) {
				throw new BadInput("unknown option: " + a);
			}
			opts.put(key, args[++i]);
		}
		return opts;
	}

	private static String require(Map<String, String> opts, String key) {
		String v = opts.get(key);
		if (v == null) {
			throw new BadInput("missing --" + key);
		}
		return v;
	}

	/** Bad arguments or input; the message says which file, line and field. */
	static final class BadInput extends RuntimeException {

		BadInput(String message) {
			super(message);
		}
	}
}
