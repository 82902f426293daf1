package se.kompetensnav.education.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** The shipped demo catalogue speaks the shipped taxonomy: every id in it exists there. */
class DemoCatalogueTests {

	private final CatalogueDocument document = DemoCatalogue.read(JsonMapper.builder().build());

	private final ShippedTaxonomy taxonomy = ShippedTaxonomy.get();

	@Test
	void everySkillAndOccupationIdExistsInTheShippedTaxonomy() {
		assertThat(document.courses()).isNotNull().allSatisfy(c -> {
			assertThat(c.skills()).as("skills of %s", c.ref()).isNotEmpty();
			assertThat(taxonomy.skills().keySet()).as("skills of %s", c.ref()).containsAll(c.skills());
			assertThat(taxonomy.occupations().keySet()).as("occupations of %s", c.ref())
				.containsAll(c.occupations());
			assertThat(taxonomy.municipalities()).containsKey(c.municipality());
		});
		assertThat(document.validations()).isNotNull().allSatisfy(v -> {
			assertThat(taxonomy.skills().keySet()).as("skills of %s", v.ref()).containsAll(v.skills());
			if (v.occupation() != null) {
				assertThat(taxonomy.occupations()).containsKey(v.occupation());
			}
		});
	}

	@Test
	void aboutSixtyCoursesAndFiveValidationOffersFromTheDemoProviders() {
		assertThat(document.courses()).hasSizeBetween(55, 70);
		assertThat(document.validations()).hasSize(5);
		Set<String> providers = DemoCatalogue.PROVIDERS.stream().map(DemoCatalogue.DemoProvider::code)
			.collect(Collectors.toSet());
		assertThat(document.courses()).allMatch(c -> providers.contains(c.provider()));
		assertThat(document.courses()).filteredOn(c -> Boolean.TRUE.equals(c.shortCourse())).hasSizeGreaterThan(20);
		assertThat(DemoCatalogue.PROVIDERS).allMatch(p -> p.name().endsWith("(demo)"));
	}
}
