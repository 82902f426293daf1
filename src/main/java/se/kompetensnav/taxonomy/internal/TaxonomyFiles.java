package se.kompetensnav.taxonomy.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.jspecify.annotations.Nullable;

import se.kompetensnav.taxonomy.TaxonomyImportException;

/**
 * Where the taxonomy files come from: the copies shipped on the classpath under {@code data/}, or a directory with
 * the same layout. Each file may be stored plain or gzipped ({@code name.gz}).
 */
abstract class TaxonomyFiles {

	static final String SSYK_HIERARCHY = "jobtech-taxonomy/the-ssyk-hierarchy-with-occupations.json";

	static final String SKILLS = "jobtech-taxonomy/skills.json";

	static final String SSYK_SKILLS = "jobtech-taxonomy/ssyk-level-4-groups-with-related-skills.json";

	static final String SSYK_ISCO = "jobtech-taxonomy/ssyk-level-4-with-related-isco-level-4-groups.json";

	static final String SUN_LEVELS = "jobtech-taxonomy/sun-level-hierarchy.json";

	static final String SUN_FIELDS = "jobtech-taxonomy/sun-field-hierarchy.json";

	static final String SNI = "jobtech-taxonomy/sni-hierarchy.json";

	static final String LANGUAGES = "jobtech-taxonomy/languages.json";

	static final String KEYWORDS = "jobtech-taxonomy/keyword-concepts-with-relations.json";

	static final String LEGACY = "jobtech-taxonomy-legacy/taxonomy-to-concept.json";

	static final String MUNICIPALITY_CONCEPTS = "jobtech-taxonomy-legacy/derived_jobtech_municipality_concepts_with_kommunkod.csv";

	static final String MUNICIPALITY_BORDERS = "municipalities/swedish_municipalities.geojson";

	static final String NEIGHBOURS = "municipalities/neighboring-municipalities-name-code.json";

	static final String POPULATION = "municipalities/derived_folkmangd_1950_2019_by_kommunkod.csv";

	static final String MUNICIPALITY_FACTS = "municipalities/Svenska_kommuner_2017_area_population2016.csv";

	static final String ISCO_GROUPS = "esco/ISCOGroups_en.csv";

	static final String ESCO_GREEN = "esco/greenSkillsCollection_en.csv";

	static final String ESCO_DIGITAL = "esco/digitalSkillsCollection_en.csv";

	static final String ESCO_TRANSVERSAL = "esco/transversalSkillsCollection_en.csv";

	static final String KEY_COMPETENCES = "key-competences/key-competences.json";

	/** Every file an import reads, in the order the checksum covers them. */
	static final List<String> ALL = List.of(SSYK_HIERARCHY, SKILLS, SSYK_SKILLS, SSYK_ISCO, SUN_LEVELS, SUN_FIELDS, SNI,
			LANGUAGES, KEYWORDS, LEGACY, MUNICIPALITY_CONCEPTS, MUNICIPALITY_BORDERS, NEIGHBOURS, POPULATION,
			MUNICIPALITY_FACTS, ISCO_GROUPS, ESCO_GREEN, ESCO_DIGITAL, ESCO_TRANSVERSAL, KEY_COMPETENCES);

	/** A description for the version record. */
	abstract String description();

	/** The raw bytes of {@code name} or {@code name.gz}, or null when neither exists. */
	abstract byte @Nullable [] raw(String name, boolean gzipped) throws IOException;

	/** The (uncompressed) content of a file. */
	byte[] read(String name) {
		try {
			byte[] gz = raw(name, true);
			if (gz != null) {
				try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
					return in.readAllBytes();
				}
				catch (IOException e) {
					throw new TaxonomyImportException(name + ".gz", 0, 0,
							"the compressed file is damaged or truncated (" + e.getMessage() + ")");
				}
			}
			byte[] plain = raw(name, false);
			if (plain == null) {
				throw new TaxonomyImportException(name, 0, 0, "the file is missing");
			}
			return plain;
		}
		catch (IOException e) {
			throw new TaxonomyImportException(name, 0, 0, "cannot be read (" + e.getMessage() + ")");
		}
	}

	static TaxonomyFiles shipped() {
		return new TaxonomyFiles() {
			@Override
			String description() {
				return "shipped files: JobTech Taxonomy (Arbetsförmedlingen), ESCO v1.2.0, municipalities (SCB, okfse)";
			}

			@Override
			byte @Nullable [] raw(String name, boolean gzipped) throws IOException {
				String path = "data/" + name + (gzipped ? ".gz" : "");
				try (InputStream in = TaxonomyFiles.class.getClassLoader().getResourceAsStream(path)) {
					return in == null ? null : in.readAllBytes();
				}
			}
		};
	}

	static TaxonomyFiles directory(Path root) {
		return new TaxonomyFiles() {
			@Override
			String description() {
				return "directory " + root.getFileName();
			}

			@Override
			byte @Nullable [] raw(String name, boolean gzipped) throws IOException {
				Path file = root.resolve(name + (gzipped ? ".gz" : ""));
				return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
			}
		};
	}
}
