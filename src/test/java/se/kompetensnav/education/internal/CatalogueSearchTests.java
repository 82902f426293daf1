package se.kompetensnav.education.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.kompetensnav.education.Course;
import se.kompetensnav.education.CourseMode;
import se.kompetensnav.education.CourseQuery;
import se.kompetensnav.education.CourseStart;

/** The filter rules of the catalogue search, read as the rules. */
class CatalogueSearchTests {

	static final LocalDate TODAY = LocalDate.of(2027, 1, 4);

	static Course course(CourseMode mode, String municipality, LocalDate... starts) {
		return new Course(1, 1, "P", "R", "T", "", List.of("skill-a"), List.of("occ-a"), null, null, 4, 120, 100, mode,
				municipality, java.util.Arrays.stream(starts).map(d -> new CourseStart(d, 10)).toList(),
				BigDecimal.ZERO, null, null, "sv", false, false);
	}

	static CourseQuery weeks(int n) {
		return new CourseQuery(null, null, null, null, n, null, false, null);
	}

	static CourseQuery mode(CourseMode m) {
		return new CourseQuery(null, null, null, null, null, m, false, null);
	}

	static CourseQuery municipality(String code) {
		return new CourseQuery(null, null, null, code, null, null, false, null);
	}

	@Test
	void aCourseStartsWithinNWeeksWhenAStartLiesFromTodayToTodayPlusNWeeks() {
		assertThat(CatalogueService.matches(course(CourseMode.ON_SITE, "2582", TODAY), weeks(2), TODAY)).isTrue();
		assertThat(CatalogueService.matches(course(CourseMode.ON_SITE, "2582", TODAY.plusWeeks(2)), weeks(2), TODAY))
			.isTrue();
		assertThat(CatalogueService.matches(course(CourseMode.ON_SITE, "2582", TODAY.plusWeeks(2).plusDays(1)),
				weeks(2), TODAY)).isFalse();
		assertThat(CatalogueService.matches(course(CourseMode.ON_SITE, "2582", TODAY.minusDays(1)), weeks(2), TODAY))
			.isFalse();
		assertThat(CatalogueService.matches(course(CourseMode.ON_SITE, "2582"), weeks(52), TODAY)).isFalse();
	}

	@Test
	void mixedCoursesSuitBothOnSiteAndDistance() {
		assertThat(CatalogueService.matches(course(CourseMode.MIXED, "2582"), mode(CourseMode.DISTANCE), TODAY))
			.isTrue();
		assertThat(CatalogueService.matches(course(CourseMode.MIXED, "2582"), mode(CourseMode.ON_SITE), TODAY))
			.isTrue();
		assertThat(CatalogueService.matches(course(CourseMode.ON_SITE, "2582"), mode(CourseMode.DISTANCE), TODAY))
			.isFalse();
	}

	@Test
	void distanceCoursesMatchEveryMunicipality() {
		assertThat(CatalogueService.matches(course(CourseMode.DISTANCE, "2580"), municipality("2582"), TODAY))
			.isTrue();
		assertThat(CatalogueService.matches(course(CourseMode.ON_SITE, "2580"), municipality("2582"), TODAY))
			.isFalse();
	}

	@Test
	void skillAndOccupationMustBeAmongTheCourses() {
		Course c = course(CourseMode.ON_SITE, "2582");
		assertThat(CatalogueService.matches(c, CourseQuery.bySkill("skill-a"), TODAY)).isTrue();
		assertThat(CatalogueService.matches(c, CourseQuery.bySkill("skill-b"), TODAY)).isFalse();
		assertThat(CatalogueService.matches(c, new CourseQuery(null, null, "occ-b", null, null, null, false, null),
				TODAY)).isFalse();
	}
}
