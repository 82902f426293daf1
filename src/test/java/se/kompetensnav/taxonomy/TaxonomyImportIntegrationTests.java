package se.kompetensnav.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.kompetensnav.test.IntegrationTest;

@IntegrationTest
class TaxonomyImportIntegrationTests {

	/** The files an import reads, as shipped under data/ (gzipped). */
	static final List<String> FILES = List.of("jobtech-taxonomy/the-ssyk-hierarchy-with-occupations.json",
			"jobtech-taxonomy/skills.json", "jobtech-taxonomy/ssyk-level-4-groups-with-related-skills.json",
			"jobtech-taxonomy/ssyk-level-4-with-related-isco-level-4-groups.json",
			"jobtech-taxonomy/sun-level-hierarchy.json", "jobtech-taxonomy/sun-field-hierarchy.json",
			"jobtech-taxonomy/sni-hierarchy.json", "jobtech-taxonomy/languages.json",
			"jobtech-taxonomy/keyword-concepts-with-relations.json", "jobtech-taxonomy-legacy/taxonomy-to-concept.json",
			"jobtech-taxonomy-legacy/derived_jobtech_municipality_concepts_with_kommunkod.csv",
			"municipalities/swedish_municipalities.geojson", "municipalities/neighboring-municipalities-name-code.json",
			"municipalities/derived_folkmangd_1950_2019_by_kommunkod.csv",
			"municipalities/Svenska_kommuner_2017_area_population2016.csv", "esco/ISCOGroups_en.csv",
			"esco/greenSkillsCollection_en.csv", "esco/digitalSkillsCollection_en.csv",
			"esco/transversalSkillsCollection_en.csv", "key-competences/key-competences.json");

	@Autowired
	Taxonomy taxonomy;

	@Autowired
	TaxonomyImports imports;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theRealFilesAreImportedWithTheirCounts() {
		assertThat(taxonomy.byType(ConceptType.SSYK_LEVEL_1)).hasSize(10);
		assertThat(taxonomy.byType(ConceptType.SSYK_LEVEL_2)).hasSize(46);
		assertThat(taxonomy.byType(ConceptType.SSYK_LEVEL_3)).hasSize(147);
		assertThat(taxonomy.byType(ConceptType.SSYK_LEVEL_4)).hasSize(400);
		assertThat(taxonomy.byType(ConceptType.OCCUPATION_NAME)).hasSize(2412);
		assertThat(taxonomy.byType(ConceptType.SKILL)).hasSize(6657);
		assertThat(taxonomy.municipalities()).hasSize(290);
		assertThat(taxonomy.byType(ConceptType.MUNICIPALITY)).hasSize(290);
		assertThat(taxonomy.byType(ConceptType.COUNTY)).hasSize(21);
		assertThat(taxonomy.byType(ConceptType.DRIVING_LICENCE)).hasSize(15);
		assertThat(taxonomy.byType(ConceptType.LANGUAGE)).hasSize(470);
		assertThat(taxonomy.byType(ConceptType.SUN_EDUCATION_LEVEL)).hasSize(7 + 14 + 50);
		assertThat(taxonomy.byType(ConceptType.SUN_EDUCATION_FIELD)).hasSize(10 + 26 + 118 + 377);
		assertThat(taxonomy.byType(ConceptType.SNI)).hasSize(21 + 88 + 272 + 615 + 821);
		assertThat(taxonomy.byType(ConceptType.KEY_COMPETENCE)).hasSize(67)
			.filteredOn(c -> c.id().matches("kc-\\d")).hasSize(8);
		assertThat(taxonomy.byType(ConceptType.ISCO_LEVEL_4)).isNotEmpty();
		assertThat(taxonomy.byType(ConceptType.ESCO_SKILL)).isNotEmpty();
	}

	@Test
	void occupationsKnowTheirGroupAndSkills() {
		Concept welder = taxonomy.byType(ConceptType.OCCUPATION_NAME).stream()
			.filter(c -> c.label().equals("Svetsare"))
			.findFirst()
			.orElseThrow();
		assertThat(welder.ssyk4()).isEqualTo("7212");
		Concept group = taxonomy.ssyk4Of(welder.id()).orElseThrow();
		assertThat(group.code()).isEqualTo("7212");
		assertThat(taxonomy.skillsOf(welder.id())).isNotEmpty().allMatch(c -> c.type() == ConceptType.SKILL);
		assertThat(taxonomy.occupationNamesOf(group.id())).contains(welder);
		assertThat(taxonomy.related(group.id())).anyMatch(c -> c.type() == ConceptType.ISCO_LEVEL_4);
		Concept skill = taxonomy.skillsOf(welder.id()).getFirst();
		assertThat(taxonomy.occupationGroupsNeeding(skill.id())).contains(group);
	}

	@Test
	void municipalitiesHaveCountyNeighboursAndPopulation() {
		Municipality boden = taxonomy.municipality("2582").orElseThrow();
		assertThat(boden.name()).isEqualTo("Boden");
		assertThat(boden.conceptId()).isEqualTo("y4NQ_tnB_eVd");
		assertThat(boden.countyCode()).isEqualTo("25");
		assertThat(boden.countyName()).isEqualTo("Norrbottens län");
		assertThat(boden.lat()).isBetween(65.0, 67.5);
		assertThat(taxonomy.neighbours("2582")).contains("2580");
		assertThat(taxonomy.population("2580")).containsEntry(2019, 78105).containsKey(1950);
	}

	@Test
	void keyCompetencesCarryTheirFrameworkDescriptors() {
		Concept digital = taxonomy.concept("kc-4").orElseThrow();
		assertThat(digital.label()).isEqualTo("Digital kompetens");
		assertThat(taxonomy.englishLabel("kc-4")).contains("Digital competence");
		Concept digcomp = taxonomy.narrower("kc-4").getFirst();
		assertThat(taxonomy.narrower(digcomp.id())).hasSize(5);
		assertThat(taxonomy.narrower(digcomp.id()).stream().mapToInt(a -> taxonomy.narrower(a.id()).size()).sum())
			.isEqualTo(21);
	}

	@Test
	void anImportRecordsItsVersionAndTheSameFilesAreNotImportedTwice() {
		TaxonomyVersion current = taxonomy.currentVersion().orElseThrow();
		assertThat(current.checksum()).hasSize(64);
		assertThat(jdbc.sql("select count(*) from taxonomy_version_file where version_id = ?").param(current.id())
			.query(Integer.class).single()).isEqualTo(FILES.size());
		ImportResult again = imports.importShipped();
		assertThat(again.skipped()).isTrue();
		assertThat(again.version().id()).isEqualTo(current.id());
	}

	@Test
	void aTruncatedFileIsReportedWithFileAndPositionAndChangesNothing(@TempDir Path dir) throws IOException {
		copyShipped(dir);
		Path skills = dir.resolve("jobtech-taxonomy/skills.json.gz");
		String json = gunzip(skills);
		Files.delete(skills);
		Files.writeString(dir.resolve("jobtech-taxonomy/skills.json"), json.substring(0, json.length() / 2));
		TaxonomyVersion before = taxonomy.currentVersion().orElseThrow();
		int versions = imports.versions().size();

		assertThatThrownBy(() -> imports.importFrom(dir)).isInstanceOfSatisfying(TaxonomyImportException.class, e -> {
			assertThat(e.file()).isEqualTo("jobtech-taxonomy/skills.json");
			assertThat(e.line()).isEqualTo(1);
			assertThat(e.column()).isGreaterThan(1000);
			assertThat(e.getMessage()).contains("skills.json").contains("line 1, column");
		});

		assertThat(imports.versions()).hasSize(versions);
		assertThat(taxonomy.currentVersion()).contains(before);
		assertThat(taxonomy.byType(ConceptType.SKILL)).hasSize(6657);
	}

	@Test
	void aReimportReportsAddedChangedAndDeprecatedAndKeepsDeprecatedConcepts(@TempDir Path dir) throws IOException {
		copyShipped(dir);
		// A skill that no group relates to disappears, another is renamed, and a new one appears.
		Concept gone = taxonomy.byType(ConceptType.SKILL).stream()
			.filter(s -> taxonomy.occupationGroupsNeeding(s.id()).isEmpty())
			.findFirst()
			.orElseThrow();
		Concept renamed = taxonomy.byType(ConceptType.SKILL).stream()
			.filter(s -> !s.equals(gone) && taxonomy.occupationGroupsNeeding(s.id()).isEmpty())
			.findFirst()
			.orElseThrow();
		Path skills = dir.resolve("jobtech-taxonomy/skills.json.gz");
		String json = gunzip(skills);
		json = json.replace("{\"id\":\"" + gone.id() + "\",\"preferred_label\":", "{\"id\":\"test-gone\",\"preferred_label\":")
			.replace("\"id\":\"" + renamed.id() + "\",\"preferred_label\":\"",
					"\"id\":\"" + renamed.id() + "\",\"preferred_label\":\"Omdöpt ");
		gzip(skills, json);
		try {
			ImportResult result = imports.importFrom(dir);
			assertThat(result.skipped()).isFalse();
			assertThat(result.version().added()).isEqualTo(1);
			assertThat(result.version().changed()).isEqualTo(1);
			assertThat(result.version().deprecated()).isEqualTo(1);
			assertThat(taxonomy.concept(gone.id())).hasValueSatisfying(c -> assertThat(c.deprecated()).isTrue());
			assertThat(taxonomy.concept(renamed.id()).orElseThrow().label()).startsWith("Omdöpt ");
			assertThat(taxonomy.byType(ConceptType.SKILL)).doesNotContain(taxonomy.concept(gone.id()).orElseThrow());
		}
		finally {
			// Back to the shipped files for the other tests of this context.
			ImportResult restored = imports.importShipped();
			assertThat(restored.skipped()).isFalse();
			assertThat(restored.version().changed()).isEqualTo(2);
			assertThat(restored.version().deprecated()).isEqualTo(1);
			assertThat(taxonomy.concept(gone.id()).orElseThrow().deprecated()).isFalse();
		}
	}

	static void copyShipped(Path dir) throws IOException {
		for (String file : FILES) {
			Path target = dir.resolve(file + ".gz");
			Files.createDirectories(target.getParent());
			try (InputStream in = TaxonomyImportIntegrationTests.class.getClassLoader()
				.getResourceAsStream("data/" + file + ".gz")) {
				if (in != null) {
					Files.copy(in, target);
					continue;
				}
			}
			try (InputStream in = TaxonomyImportIntegrationTests.class.getClassLoader()
				.getResourceAsStream("data/" + file)) {
				Files.copy(in, dir.resolve(file));
			}
		}
	}

	static String gunzip(Path file) throws IOException {
		try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	static void gzip(Path file, String content) throws IOException {
		try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
			out.write(content.getBytes(StandardCharsets.UTF_8));
		}
	}
}
