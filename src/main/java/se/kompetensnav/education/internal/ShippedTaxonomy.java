package se.kompetensnav.education.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Skill, occupation-name and municipality labels read straight from the taxonomy files the repository ships. Used
 * when the taxonomy module's service is not available (plain unit tests, a context without it) and by the check
 * that every id in the demo catalogue exists.
 */
public final class ShippedTaxonomy {

	static final String SKILLS = "data/jobtech-taxonomy/skills.json.gz";

	static final String OCCUPATIONS = "data/jobtech-taxonomy/derived_occupation_names_with_ssyk4.csv.gz";

	static final String MUNICIPALITIES = "data/municipalities/municipalities_code_name.json.gz";

	private static volatile ShippedTaxonomy instance;

	private final Map<String, String> skills;

	private final Map<String, String> occupations;

	private final Map<String, String> municipalities;

	private ShippedTaxonomy() {
		this.skills = readSkills();
		this.occupations = readOccupations();
		this.municipalities = readMunicipalities();
	}

	public static ShippedTaxonomy get() {
		ShippedTaxonomy t = instance;
		if (t == null) {
			synchronized (ShippedTaxonomy.class) {
				if (instance == null) {
					instance = new ShippedTaxonomy();
				}
				t = instance;
			}
		}
		return t;
	}

	/** Skill labels by concept id. */
	public Map<String, String> skills() {
		return skills;
	}

	/** Occupation-name labels by concept id. */
	public Map<String, String> occupations() {
		return occupations;
	}

	/** Municipality names by kommunkod. */
	public Map<String, String> municipalities() {
		return municipalities;
	}

	private static Map<String, String> readSkills() {
		JsonNode root = JsonMapper.builder().build().readTree(text(SKILLS));
		Map<String, String> result = new LinkedHashMap<>();
		for (JsonNode c : root.path("data").path("concepts")) {
			result.put(c.path("id").asString(), c.path("preferred_label").asString());
		}
		return Map.copyOf(result);
	}

	private static Map<String, String> readOccupations() {
		Map<String, String> result = new LinkedHashMap<>();
		try (var reader = new BufferedReader(new InputStreamReader(gunzip(OCCUPATIONS), StandardCharsets.UTF_8))) {
			for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
				result.put(r.get("occupation_concept_id"), r.get("occupation_name"));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return Map.copyOf(result);
	}

	private static Map<String, String> readMunicipalities() {
		JsonNode root = JsonMapper.builder().build().readTree(text(MUNICIPALITIES));
		Map<String, String> result = new LinkedHashMap<>();
		root.properties().forEach(e -> result.put(e.getKey(), e.getValue().asString()));
		return Map.copyOf(result);
	}

	private static String text(String resource) {
		try (InputStream in = gunzip(resource)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static InputStream gunzip(String resource) throws IOException {
		InputStream in = ShippedTaxonomy.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("missing resource " + resource);
		}
		return new GZIPInputStream(in);
	}
}
