package se.kompetensnav.matching.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

import se.kompetensnav.matching.core.MatchContext;
import se.kompetensnav.matching.core.RelatedOccupations;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The taxonomy facts matching needs, read straight from the data files the application ships (no database): SSYK-4
 * groups with their codes, occupation names and skills, and bordering municipalities. The command line and the
 * benchmark use it; the application can use the taxonomy module's API instead.
 */
public final class TaxonomyFiles {

	/** How many most similar groups count as "related" for the occupation fit. */
	public static final int RELATED_GROUPS = 5;

	private static final String TAXONOMY = "data/jobtech-taxonomy/";
	private static volatile TaxonomyFiles shared;

	/** SSYK-4 code to its skill ids. */
	public final Map<String, Set<String>> skillsByCode = new HashMap<>();
	/** SSYK-4 code to its occupation-name ids. */
	public final Map<String, List<String>> namesByCode = new HashMap<>();
	/** Occupation-name id to its SSYK-4 code. */
	public final Map<String, String> codeByName = new HashMap<>();
	/** SSYK-4 concept id to code and back. */
	public final Map<String, String> codeByGroupId = new HashMap<>();
	/** Labels of occupation names and groups (by concept id). */
	public final Map<String, String> labels = new HashMap<>();
	/** Kommunkod to bordering kommunkoder. */
	public final Map<String, Set<String>> neighbours = new HashMap<>();
	public final RelatedOccupations related;
	private final MatchContext context;

	private TaxonomyFiles() {
		JsonMapper json = JsonMapper.builder().build();
		JsonNode groups = read(json, TAXONOMY + "ssyk-level-4-groups-with-related-occupations.json.gz");
		for (JsonNode g : groups.path("data").path("concepts")) {
			String code = g.path("ssyk_code_2012").asString();
			codeByGroupId.put(g.path("id").asString(), code);
			labels.put(g.path("id").asString(), g.path("preferred_label").asString());
			List<String> names = new ArrayList<>();
			for (JsonNode n : g.path("narrower")) {
				if ("occupation-name".equals(n.path("type").asString())) {
					names.add(n.path("id").asString());
					codeByName.put(n.path("id").asString(), code);
					labels.put(n.path("id").asString(), n.path("preferred_label").asString());
				}
			}
			namesByCode.put(code, names);
		}
		JsonNode skills = read(json, TAXONOMY + "ssyk-level-4-groups-with-related-skills.json.gz");
		for (JsonNode g : skills.path("data").path("concepts")) {
			String code = codeByGroupId.get(g.path("id").asString());
			if (code == null) {
				continue;
			}
			Set<String> ss = new TreeSet<>();
			for (JsonNode s : g.path("related")) {
				if ("skill".equals(s.path("type").asString())) {
					ss.add(s.path("id").asString());
				}
			}
			skillsByCode.put(code, ss);
		}
		JsonNode munis = read(json, "data/municipalities/neighboring-municipalities-name-code.json.gz");
		for (var e : munis.properties()) {
			Set<String> nb = new TreeSet<>();
			for (JsonNode n : e.getValue().path("neighbors")) {
				nb.add(n.path("code").asString());
			}
			neighbours.put(e.getKey(), nb);
		}
		related = new RelatedOccupations(skillsByCode);
		Map<String, Set<String>> relatedCodes = new LinkedHashMap<>();
		for (String code : skillsByCode.keySet()) {
			Set<String> r = new TreeSet<>();
			related.relatedGroups(code, RELATED_GROUPS).forEach(g -> r.add(g.group()));
			relatedCodes.put(code, r);
		}
		context = new MatchContext(codeByName, relatedCodes, neighbours, related.skillPopularity(),
				related.groupCount());
	}

	/** The files are read once per JVM. */
	public static TaxonomyFiles load() {
		TaxonomyFiles t = shared;
		if (t == null) {
			synchronized (TaxonomyFiles.class) {
				t = shared;
				if (t == null) {
					t = new TaxonomyFiles();
					shared = t;
				}
			}
		}
		return t;
	}

	public MatchContext context() {
		return context;
	}

	private static JsonNode read(JsonMapper json, String resource) {
		try (InputStream in = TaxonomyFiles.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing data file on the classpath: " + resource);
			}
			return json.readTree(new GZIPInputStream(in));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
