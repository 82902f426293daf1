package se.kompetensnav.taxonomy.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.kompetensnav.taxonomy.ConceptType;
import se.kompetensnav.taxonomy.TaxonomyImportException;
import se.kompetensnav.taxonomy.internal.TaxonomyData.AltLabel;
import se.kompetensnav.taxonomy.internal.TaxonomyData.ConceptRow;
import se.kompetensnav.taxonomy.internal.TaxonomyData.Membership;
import se.kompetensnav.taxonomy.internal.TaxonomyData.MunicipalityRow;
import se.kompetensnav.taxonomy.internal.TaxonomyData.Neighbour;
import se.kompetensnav.taxonomy.internal.TaxonomyData.Population;
import se.kompetensnav.taxonomy.internal.TaxonomyData.Relation;

/**
 * Reads and checks every taxonomy file into a {@link TaxonomyData}. Writes nothing: a file that cannot be read
 * stops the import with a {@link TaxonomyImportException} naming the file and the position.
 */
final class TaxonomyParser {

	static final String RELATION_SKILL = "skill";

	static final String RELATION_ISCO = "isco";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final TaxonomyFiles files;

	private final TaxonomyData data = new TaxonomyData();

	private final Map<String, byte[]> contents = new HashMap<>();

	private TaxonomyParser(TaxonomyFiles files) {
		this.files = files;
	}

	/** Reads the files and computes the checksums only (cheap: decides whether an import is needed). */
	static Map<String, String> checksums(TaxonomyFiles files) {
		TaxonomyParser parser = new TaxonomyParser(files);
		parser.readAll();
		return parser.data.fileChecksums;
	}

	static String overallChecksum(Map<String, String> fileChecksums) {
		MessageDigest digest = sha256();
		fileChecksums.forEach((file, sum) -> digest.update((file + "=" + sum + "\n").getBytes(StandardCharsets.UTF_8)));
		return HexFormat.of().formatHex(digest.digest());
	}

	static TaxonomyData parse(TaxonomyFiles files) {
		TaxonomyParser parser = new TaxonomyParser(files);
		parser.readAll();
		parser.parseAll();
		return parser.data;
	}

	private void readAll() {
		for (String name : TaxonomyFiles.ALL) {
			byte[] content = files.read(name);
			contents.put(name, content);
			data.fileChecksums.put(name, HexFormat.of().formatHex(sha256().digest(content)));
		}
		data.checksum = overallChecksum(data.fileChecksums);
	}

	private void parseAll() {
		ssykHierarchy();
		skills();
		ssykSkills();
		ssykIsco();
		hierarchy(TaxonomyFiles.SUN_LEVELS, ConceptType.SUN_EDUCATION_LEVEL, "sun_education_level_code_2020");
		hierarchy(TaxonomyFiles.SUN_FIELDS, ConceptType.SUN_EDUCATION_FIELD, "sun_education_field_code_2020");
		hierarchy(TaxonomyFiles.SNI, ConceptType.SNI, "sni_level_code_2007");
		languages();
		Map<String, String> countyIds = legacy();
		municipalities(countyIds);
		escoIscoGroups();
		escoCollection(TaxonomyFiles.ESCO_GREEN, "green");
		escoCollection(TaxonomyFiles.ESCO_DIGITAL, "digital");
		escoCollection(TaxonomyFiles.ESCO_TRANSVERSAL, "transversal");
		keyCompetences();
		keywords();
	}

	// ---- JobTech

	private void ssykHierarchy() {
		String file = TaxonomyFiles.SSYK_HIERARCHY;
		for (JsonNode level1 : concepts(file)) {
			ssykNode(file, level1, null, null);
		}
	}

	private void ssykNode(String file, JsonNode node, @Nullable String parentId, @Nullable String parentCode) {
		String type = required(file, node, "type");
		String id = required(file, node, "id");
		String code = text(node, "ssyk_code_2012");
		ConceptType conceptType = ConceptType.fromJobtechName(type)
			.orElseThrow(() -> new TaxonomyImportException(file, 0, 0, "unknown concept type " + type + " of " + id));
		String ssyk4 = conceptType == ConceptType.OCCUPATION_NAME ? parentCode : code;
		data.add(new ConceptRow(id, conceptType.jobtechName(), type, required(file, node, "preferred_label"), null,
				code, ssyk4, parentId, text(node, "definition")));
		for (JsonNode child : node.path("narrower")) {
			ssykNode(file, child, id, code);
		}
	}

	private void skills() {
		for (JsonNode node : concepts(TaxonomyFiles.SKILLS)) {
			skill(TaxonomyFiles.SKILLS, node);
		}
	}

	private void skill(String file, JsonNode node) {
		data.add(new ConceptRow(required(file, node, "id"), ConceptType.SKILL.jobtechName(), "skill",
				required(file, node, "preferred_label"), null, null, null, null, null));
	}

	private void ssykSkills() {
		String file = TaxonomyFiles.SSYK_SKILLS;
		for (JsonNode group : concepts(file)) {
			String groupId = required(file, group, "id");
			requireKnown(file, groupId);
			for (JsonNode related : group.path("related")) {
				if ("skill".equals(text(related, "type"))) {
					skill(file, related);
					data.relations.add(new Relation(groupId, required(file, related, "id"), RELATION_SKILL));
				}
			}
		}
	}

	private void ssykIsco() {
		String file = TaxonomyFiles.SSYK_ISCO;
		for (JsonNode group : concepts(file)) {
			String groupId = required(file, group, "id");
			requireKnown(file, groupId);
			for (JsonNode related : group.path("related")) {
				String isco = text(related, "isco_code_08");
				if (isco != null) {
					String iscoId = "isco-" + isco;
					// The Swedish label comes from JobTech; ESCO adds the English label below.
					data.add(new ConceptRow(iscoId, ConceptType.ISCO_LEVEL_4.jobtechName(), "isco-level-4",
							required(file, related, "preferred_label"), null, isco, null, null, null));
					data.relations.add(new Relation(groupId, iscoId, RELATION_ISCO));
				}
			}
		}
	}

	private void hierarchy(String file, ConceptType type, String codeField) {
		for (JsonNode node : concepts(file)) {
			hierarchyNode(file, node, type, codeField, null);
		}
	}

	private void hierarchyNode(String file, JsonNode node, ConceptType type, String codeField,
			@Nullable String parentId) {
		String id = required(file, node, "id");
		data.add(new ConceptRow(id, type.jobtechName(), required(file, node, "type"),
				required(file, node, "preferred_label"), null, text(node, codeField), null, parentId,
				text(node, "definition")));
		for (JsonNode child : node.path("narrower")) {
			hierarchyNode(file, child, type, codeField, id);
		}
	}

	private void languages() {
		String file = TaxonomyFiles.LANGUAGES;
		for (JsonNode node : concepts(file)) {
			String code = text(node, "iso_639_1_2002");
			if (code == null) {
				code = text(node, "iso_639_2_1998");
			}
			if (code == null) {
				code = text(node, "iso_639_3_2007");
			}
			data.add(new ConceptRow(required(file, node, "id"), ConceptType.LANGUAGE.jobtechName(), "language",
					required(file, node, "preferred_label"), null, code, null, null, null));
		}
	}

	/** Driving licences, skill headlines and counties from the legacy mapping; returns county ids by name. */
	private Map<String, String> legacy() {
		String file = TaxonomyFiles.LEGACY;
		JsonNode root = json(file);
		for (JsonNode node : root.path("driving-licence").values()) {
			String label = required(file, node, "preferredLabel");
			data.add(new ConceptRow(required(file, node, "conceptId"), ConceptType.DRIVING_LICENCE.jobtechName(),
					"driving-licence", label, null, label, null, null, null));
		}
		for (JsonNode node : root.path("skill-headline").values()) {
			data.add(new ConceptRow(required(file, node, "conceptId"), ConceptType.SKILL_HEADLINE.jobtechName(),
					"skill-headline", required(file, node, "preferredLabel"), null, null, null, null, null));
		}
		Map<String, String> counties = new HashMap<>();
		for (JsonNode node : root.path("region").values()) {
			String label = required(file, node, "preferredLabel");
			if (label.endsWith(" län")) {
				counties.put(label, required(file, node, "conceptId"));
			}
		}
		return counties;
	}

	private void municipalities(Map<String, String> countyIds) {
		// County names by county code, from the municipality facts (the legacy mapping has no county codes).
		Map<String, String> countyNames = new HashMap<>();
		csv(TaxonomyFiles.MUNICIPALITY_FACTS, (row) -> {
			String code = row.get("Kod");
			countyNames.putIfAbsent(code.substring(0, 2), row.get("Län"));
		});
		Map<String, String> countyIdByCode = new HashMap<>();
		countyNames.forEach((code, name) -> {
			String id = countyIds.get(name);
			if (id == null) {
				throw new TaxonomyImportException(TaxonomyFiles.LEGACY, 0, 0, "no JobTech concept for county " + name);
			}
			countyIdByCode.put(code, id);
			data.add(new ConceptRow(id, ConceptType.COUNTY.jobtechName(), "region", name, null, code, null, null,
					null));
		});

		Map<String, JsonNode> borders = new HashMap<>();
		String bordersFile = TaxonomyFiles.MUNICIPALITY_BORDERS;
		for (JsonNode feature : json(bordersFile).path("features")) {
			borders.put(required(bordersFile, feature.path("properties"), "id"), feature);
		}
		String file = TaxonomyFiles.MUNICIPALITY_CONCEPTS;
		csv(file, (row) -> {
			String code = row.get("kommunkod");
			String countyCode = row.get("lan_code");
			String countyId = countyIdByCode.get(countyCode);
			JsonNode feature = borders.get(code);
			if (countyId == null || feature == null || code.length() != 4) {
				throw new TaxonomyImportException(file, (int) row.getRecordNumber() + 1, 0,
						"municipality " + code + " has no county or no border");
			}
			if (data.municipalities.containsKey(code)) {
				throw new TaxonomyImportException(file, (int) row.getRecordNumber() + 1, 0,
						"kommunkod " + code + " appears twice");
			}
			JsonNode point = feature.path("properties").path("geo_point_2d");
			String name = row.get("kommun");
			data.add(new ConceptRow(row.get("jobtech_concept_id"), ConceptType.MUNICIPALITY.jobtechName(),
					"municipality", name, null, code, null, countyId, null));
			data.municipalities.put(code, new MunicipalityRow(code, row.get("jobtech_concept_id"), name, countyCode,
					point.path(0).asDouble(), point.path(1).asDouble(), JSON.writeValueAsString(feature)));
		});

		String neighboursFile = TaxonomyFiles.NEIGHBOURS;
		for (Map.Entry<String, JsonNode> entry : json(neighboursFile).properties()) {
			for (JsonNode n : entry.getValue().path("neighbors")) {
				data.neighbours.add(new Neighbour(entry.getKey(), required(neighboursFile, n, "code")));
			}
		}

		String populationFile = TaxonomyFiles.POPULATION;
		java.util.Set<String> seen = new java.util.HashSet<>();
		csv(populationFile, (row) -> {
			String code = row.get("kommunkod");
			if (!seen.add(code)) {
				throw new TaxonomyImportException(populationFile, (int) row.getRecordNumber() + 1, 0,
						"kommunkod " + code + " appears twice");
			}
			for (String column : row.getParser().getHeaderNames()) {
				if (column.matches("\\d{4}")) {
					String value = row.get(column);
					if (value != null && !value.isBlank()) {
						try {
							data.population.add(new Population(code, Integer.parseInt(column), Integer.parseInt(value.trim())));
						}
						catch (NumberFormatException e) {
							throw new TaxonomyImportException(populationFile, (int) row.getRecordNumber() + 1, 0,
									"population " + column + " is not a number: " + value);
						}
					}
				}
			}
		});
	}

	// ---- ESCO

	private void escoIscoGroups() {
		String file = TaxonomyFiles.ISCO_GROUPS;
		csv(file, (row) -> {
			String code = row.get("code");
			if (code.length() != 4) {
				return;
			}
			String id = "isco-" + code;
			ConceptRow jobtech = data.concepts.get(id);
			String label = row.get("preferredLabel");
			// JobTech's Swedish label first (when an SSYK group links to it), ESCO's English label beside it.
			data.concepts.put(id, new ConceptRow(id, ConceptType.ISCO_LEVEL_4.jobtechName(), "isco-level-4",
					jobtech != null ? jobtech.label() : label, label, code, null, null,
					emptyToNull(row.get("description"))));
		});
	}

	private void escoCollection(String file, String collection) {
		csv(file, (row) -> {
			String uri = row.get("conceptUri");
			String id = "esco-" + uri.substring(uri.lastIndexOf('/') + 1);
			String label = row.get("preferredLabel");
			data.add(new ConceptRow(id, ConceptType.ESCO_SKILL.jobtechName(), "esco-" + row.get("skillType"), label,
					label, null, null, null, emptyToNull(row.get("description"))));
			data.memberships.add(new Membership(id, collection));
			String alt = row.get("altLabels");
			if (alt != null) {
				for (String a : alt.split("\\s*\\|\\s*|\\n")) {
					if (!a.isBlank() && a.length() <= 1000) {
						data.altLabels.add(new AltLabel(id, a.strip(), "en"));
					}
				}
			}
		});
	}

	// ---- our own data file

	private void keyCompetences() {
		String file = TaxonomyFiles.KEY_COMPETENCES;
		for (JsonNode node : json(file).path("concepts")) {
			data.add(new ConceptRow(required(file, node, "id"), ConceptType.KEY_COMPETENCE.jobtechName(),
					required(file, node, "kind"), required(file, node, "sv"), required(file, node, "en"),
					text(node, "code"), null, text(node, "parent"), null));
		}
	}

	/** JobTech search keywords become alternative labels of the concepts they point to ("Frissa" → Frisör). */
	private void keywords() {
		String file = TaxonomyFiles.KEYWORDS;
		for (JsonNode keyword : concepts(file)) {
			String label = required(file, keyword, "preferred_label");
			for (JsonNode related : keyword.path("related")) {
				String id = text(related, "id");
				if (id != null && data.concepts.containsKey(id)) {
					data.altLabels.add(new AltLabel(id, label, "kw"));
				}
			}
		}
	}

	// ---- helpers

	private void requireKnown(String file, String id) {
		if (!data.concepts.containsKey(id)) {
			throw new TaxonomyImportException(file, 0, 0, "refers to unknown concept " + id);
		}
	}

	private Iterable<JsonNode> concepts(String file) {
		JsonNode concepts = json(file).path("data").path("concepts");
		if (!concepts.isArray()) {
			throw new TaxonomyImportException(file, 1, 1, "expected {\"data\":{\"concepts\":[...]}}");
		}
		return concepts;
	}

	private JsonNode json(String file) {
		try {
			return JSON.readTree(contents.get(file));
		}
		catch (JacksonException e) {
			TokenStreamLocation at = e.getLocation();
			throw new TaxonomyImportException(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
					e.getOriginalMessage());
		}
	}

	private void csv(String file, Consumer<CSVRecord> handler) {
		String text = new String(contents.get(file), StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			try {
				for (CSVRecord row : parser) {
					if (!row.isConsistent()) {
						throw new TaxonomyImportException(file, (int) parser.getCurrentLineNumber(), 0,
								"expected " + parser.getHeaderNames().size() + " columns, found " + row.size());
					}
					handler.accept(row);
				}
			}
			catch (UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
				throw new TaxonomyImportException(file, (int) parser.getCurrentLineNumber(), 0, e.getMessage());
			}
		}
		catch (IOException e) {
			throw new TaxonomyImportException(file, 0, 0, e.getMessage());
		}
	}

	private static String required(String file, JsonNode node, String field) {
		String value = text(node, field);
		if (value == null || value.isBlank()) {
			throw new TaxonomyImportException(file, 0, 0, "a concept lacks \"" + field + "\": " + abbreviate(node));
		}
		return value;
	}

	private static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value.asString();
	}

	private static @Nullable String emptyToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static String abbreviate(JsonNode node) {
		String s = node.toString();
		return s.length() > 120 ? s.substring(0, 120) + "…" : s;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	static List<String> files() {
		return TaxonomyFiles.ALL;
	}
}
