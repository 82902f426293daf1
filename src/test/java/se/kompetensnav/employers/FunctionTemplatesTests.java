package se.kompetensnav.employers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import se.kompetensnav.taxonomy.ConceptType;

class FunctionTemplatesTests {

	private final TaxonomyFiles tax = TaxonomyFiles.shared();

	@Test
	void everyOccupationAndSkillIdExistsInTheShippedTaxonomyFiles() {
		assertThat(FunctionTemplates.all()).hasSizeGreaterThanOrEqualTo(10);
		for (FunctionTemplate t : FunctionTemplates.all()) {
			assertThat(tax.is(t.occupationId(), ConceptType.OCCUPATION_NAME)).as("occupation of %s", t.key()).isTrue();
			assertThat(t.skills()).as("skills of %s", t.key()).isNotEmpty();
			for (SkillRequirement s : t.skills()) {
				assertThat(tax.is(s.skillId(), ConceptType.SKILL)).as("skill %s of %s", s.skillId(), t.key()).isTrue();
				assertThat(s.level()).isBetween(SkillRequirement.MIN_LEVEL, SkillRequirement.MAX_LEVEL);
			}
			assertThat(t.skills()).anyMatch(s -> s.importance() == Importance.MUST);
		}
	}

	@Test
	void theLibraryCoversTheGreenIndustrySectorsAndTheirKeyFunctions() {
		Set<String> sectors = FunctionTemplates.all().stream().map(FunctionTemplate::sector).collect(Collectors.toSet());
		assertThat(sectors).contains("GREEN_STEEL", "METAL", "BATTERY", "HYDROGEN", "DATA_CENTRE");
		Set<String> occupations = FunctionTemplates.all().stream().map(t -> tax.label(t.occupationId()))
			.collect(Collectors.toSet());
		assertThat(occupations).contains("Industrielektriker", "Underhållsmekaniker", "Svetsare",
				"Processoperatör smältverk", "Automationstekniker, tillverkningsindustri");
		assertThat(FunctionTemplates.all().stream().map(FunctionTemplate::key).distinct().count())
			.isEqualTo(FunctionTemplates.all().size());
	}

	@Test
	void aTemplateBecomesAnEditableFormWithItsSkills() {
		CriticalFunctionForm form = FunctionTemplates.byKey("metal-welder").orElseThrow().toForm();
		assertThat(form.occupationId()).isEqualTo("rxrQ_Nyy_k6y");
		assertThat(form.skillRows()).extracting(CriticalFunctionForm.SkillRequirementForm::skillId)
			.contains("Q1D1_Pdc_rnT");
		assertThat(form.headcountNow()).isZero();
	}
}
