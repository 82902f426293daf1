package se.kompetensnav.employers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

import se.kompetensnav.taxonomy.Concept;
import se.kompetensnav.taxonomy.ConceptType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The taxonomy concepts this module needs (skills, occupation names, SSYK-4 groups with their related skills,
 * languages, driving licences, municipalities), read straight from the files the repository ships. Plain Java with no
 * Spring, so the skill extractor, its tests and its bench run without a database. Loaded once per JVM
 * ({@link #shared()}); everything here is immutable.
 */
public final class TaxonomyFiles {

	private static final String BASE = "/data/";

	private final Map<String, Concept> concepts;

	private final Map<String, List<String>> ssyk4Skills;

	/** kommunkod -> JobTech municipality concept id, and back. */
	private final Map<String, String> municipalityConceptByCode;

	private final Map<String, String> municipalityCodeByConcept;

	private final Map<String, String> municipalityNames;

	private static volatile @Nullable TaxonomyFiles shared;

	private TaxonomyFiles() {
		Map<String, Concept> all = new LinkedHashMap<>();
		JsonMapper json = JsonMapper.builder().build();
		for (JsonNode c : readJson(json, "jobtech-taxonomy/skills.json.gz").path("data").path("concepts")) {
			put(all, new Concept(c.path("id").asString(), ConceptType.SKILL, c.path("preferred_label").asString(),
					null, null, false));
		}
		Map<String, List<String>> groupSkills = new LinkedHashMap<>();
		for (JsonNode g : readJson(json, "jobtech-taxonomy/ssyk-level-4-groups-with-related-skills.json.gz")
			.path("data").path("concepts")) {
			List<String> ids = new ArrayList<>();
			for (JsonNode r : g.path("related")) {
				if ("skill".equals(r.path("type").asString())) {
					ids.add(r.path("id").asString());
				}
			}
			String gid = g.path("id").asString();
			groupSkills.put(gid, List.copyOf(ids));
			put(all, new Concept(gid, ConceptType.SSYK_LEVEL_4, g.path("preferred_label").asString(), null, null,
					false));
		}
		for (CSVRecord r : readCsv("jobtech-taxonomy/derived_occupation_names_with_ssyk4.csv.gz")) {
			put(all, new Concept(r.get("occupation_concept_id"), ConceptType.OCCUPATION_NAME, r.get("occupation_name"),
					null, r.get("ssyk4_concept_id"), false));
		}
		for (JsonNode c : readJson(json, "jobtech-taxonomy/languages.json.gz").path("data").path("concepts")) {
			put(all, new Concept(c.path("id").asString(), ConceptType.LANGUAGE, c.path("preferred_label").asString(),
					c.path("iso_639_1_2002").asString(null), null, false));
		}
		try (InputStream in = open("/employers/driving-licences.csv")) {
			for (CSVRecord r : CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
				.get().parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
				put(all, new Concept(r.get("concept_id"), ConceptType.DRIVING_LICENCE, r.get("label"), r.get("label"),
						null, false));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		Map<String, String> byCode = new LinkedHashMap<>();
		Map<String, String> byConcept = new LinkedHashMap<>();
		Map<String, String> names = new LinkedHashMap<>();
		for (CSVRecord r : readCsv("jobtech-taxonomy-legacy/derived_jobtech_municipality_concepts_with_kommunkod.csv.gz")) {
			byCode.put(r.get("kommunkod"), r.get("jobtech_concept_id"));
			byConcept.put(r.get("jobtech_concept_id"), r.get("kommunkod"));
			names.put(r.get("kommunkod"), r.get("kommun"));
		}
		this.concepts = Collections.unmodifiableMap(all);
		this.ssyk4Skills = Collections.unmodifiableMap(groupSkills);
		this.municipalityConceptByCode = Collections.unmodifiableMap(byCode);
		this.municipalityCodeByConcept = Collections.unmodifiableMap(byConcept);
		this.municipalityNames = Collections.unmodifiableMap(names);
	}

	/** The one instance of this JVM, read on first use. */
	public static TaxonomyFiles shared() {
		TaxonomyFiles s = shared;
		if (s == null) {
			synchronized (TaxonomyFiles.class) {
				s = shared;
				if (s == null) {
					s = new TaxonomyFiles();
					shared = s;
				}
			}
		}
		return s;
	}

	private static void put(Map<String, Concept> all, Concept c) {
		all.putIfAbsent(c.id(), c);
	}

	public Optional<Concept> concept(String id) {
		return Optional.ofNullable(concepts.get(id));
	}

	/** True when {@code id} names a concept of that type. */
	public boolean is(@Nullable String id, ConceptType type) {
		Concept c = id == null ? null : concepts.get(id);
		return c != null && c.type() == type;
	}

	public String label(String id) {
		Concept c = concepts.get(id);
		return c == null ? id : c.label();
	}

	public List<Concept> byType(ConceptType type) {
		return concepts.values().stream().filter(c -> c.type() == type).toList();
	}

	/** The skills JobTech relates to an occupation's SSYK-4 group (occupation name or the group's own id). */
	public List<String> skillsOfOccupation(String occupationId) {
		Concept c = concepts.get(occupationId);
		if (c == null) {
			return List.of();
		}
		String group = c.type() == ConceptType.SSYK_LEVEL_4 ? c.id() : c.ssyk4();
		return group == null ? List.of() : ssyk4Skills.getOrDefault(group, List.of());
	}

	public Optional<String> municipalityConcept(String kommunkod) {
		return Optional.ofNullable(municipalityConceptByCode.get(kommunkod));
	}

	public Optional<String> kommunkodOfConcept(String conceptId) {
		return Optional.ofNullable(municipalityCodeByConcept.get(conceptId));
	}

	public boolean isMunicipality(@Nullable String kommunkod) {
		return kommunkod != null && municipalityNames.containsKey(kommunkod);
	}

	public String municipalityName(String kommunkod) {
		return municipalityNames.getOrDefault(kommunkod, kommunkod);
	}

	/** kommunkod -> name, in code order. */
	public Map<String, String> municipalities() {
		return municipalityNames;
	}

	private static InputStream open(String path) throws IOException {
		InputStream in = TaxonomyFiles.class.getResourceAsStream(path);
		if (in == null) {
			throw new IOException("missing resource " + path);
		}
		return path.endsWith(".gz") ? new GZIPInputStream(in, 65536) : in;
	}

	private static JsonNode readJson(JsonMapper json, String file) {
		try (InputStream in = open(BASE + file)) {
			return json.readTree(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static List<CSVRecord> readCsv(String file) {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(open(BASE + file), StandardCharsets.UTF_8))) {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
