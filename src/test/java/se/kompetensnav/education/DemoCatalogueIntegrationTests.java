package se.kompetensnav.education;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.kompetensnav.common.StartupTask;
import se.kompetensnav.test.IntegrationTest;

@IntegrationTest
class DemoCatalogueIntegrationTests {

	@Autowired
	Catalogue catalogue;

	@Autowired
	java.util.List<StartupTask> tasks;

	@Test
	void theDemoCatalogueIsLoadedOnceAndServesMatchingAndTheNetwork() {
		long demoCourses = catalogue.search(CourseQuery.all()).stream().filter(Course::demo).count();
		assertThat(demoCourses).isBetween(55L, 70L);
		tasks.stream().filter(t -> t.name().equals("education demo catalogue")).findFirst().orElseThrow().run();
		assertThat(catalogue.search(CourseQuery.all()).stream().filter(Course::demo).count()).isEqualTo(demoCourses);

		assertThat(catalogue.providers()).filteredOn(Provider::demo).hasSizeGreaterThanOrEqualTo(6)
			.allMatch(p -> p.name().endsWith("(demo)"));
		assertThat(catalogue.validationOffers()).filteredOn(ValidationOffer::demo).hasSize(5)
			.allSatisfy(v -> assertThat(v.steps()).extracting(ValidationStep::kind)
				.containsExactly(StepKind.MAPPING, StepKind.ASSESSMENT, StepKind.RECOGNITION));
		// Start dates lie ahead, so the start filter shows demo courses.
		assertThat(catalogue.search(new CourseQuery(null, null, null, null, 8, null, false, null))).isNotEmpty();
		// The matching engine's view and the network's short courses.
		assertThat(catalogue.offers()).filteredOn(o -> o.kind() == Offer.Kind.VALIDATION).hasSizeGreaterThanOrEqualTo(5);
		assertThat(catalogue.offers()).allMatch(o -> !o.skillIds().isEmpty() && o.weeks() > 0);
		assertThat(catalogue.shortCourses()).isNotEmpty().allMatch(Course::shortCourse);
		// The Boden greenhouse programme is findable by free text.
		assertThat(catalogue.search(new CourseQuery("växthus", null, null, "2582", null, null, false, null)))
			.hasSizeGreaterThanOrEqualTo(4);
	}
}
