package se.kompetensnav.education.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.kompetensnav.common.FieldError;
import se.kompetensnav.common.InvalidInputException;
import se.kompetensnav.education.Course;
import se.kompetensnav.education.CourseMode;
import se.kompetensnav.education.CourseStart;

class CatalogueCsvTests {

	static Course course(long id, String ref, String title, String description) {
		return new Course(id, 7, "Anordnare", ref, title, description, List.of("oZsy_srs_xXV", "j3WM_Z14_jh2"),
				List.of("jk4K_uNT_BkL"), "4", "522", 6, 180, 50, CourseMode.MIXED, "2580",
				List.of(new CourseStart(LocalDate.of(2027, 1, 11), 12), new CourseStart(LocalDate.of(2027, 3, 1), 8)),
				new BigDecimal("1500.5"), "SFI D", "Matematik 1a", "sv", true, false);
	}

	@Test
	void writtenCoursesReadBackAsTheSameDrafts() {
		List<Course> courses = List.of(course(1, "K-1", "Batteriteknik, grund", "Rad ett\nrad två, med \"citat\""),
				course(2, "K-2", "Vätgas; säkerhet", ""));
		String csv = CatalogueCsv.write(courses, id -> "ltu-demo");

		List<ImportRow<CourseDraft>> rows = CatalogueCsv.read(new StringReader(csv));

		assertThat(rows).hasSize(2);
		assertThat(rows).allMatch(r -> r.provider().equals("ltu-demo"));
		CourseDraft d = rows.get(0).draft();
		Course c = courses.get(0);
		assertThat(d).isEqualTo(new CourseDraft(c.ref(), c.title(), c.description(), c.skillIds(), c.occupationIds(),
				c.sunLevel(), c.sunField(), c.weeks(), c.hours(), c.pace(), c.mode(), c.municipalityCode(), c.starts(),
				c.cost(), c.swedishLevel(), c.priorCourses(), c.language(), c.shortCourse()));
		assertThat(rows.get(1).draft().description()).isNull();
	}

	@Test
	void unreadableValuesNameTheirRowAndColumn() {
		String csv = String.join("\n", String.join(",", CatalogueCsv.COLUMNS),
				"p,A,Titel,,oZsy_srs_xXV,,,,4,120,100,ON_SITE,2582,2027-01-11:10,0,,,sv,true",
				"p,B,Titel,,oZsy_srs_xXV,,,,fyra,120,100,ON_SITE,2582,2027-13-01:10,0,,,sv,kanske");

		assertThatThrownBy(() -> CatalogueCsv.read(new StringReader(csv))).isInstanceOf(InvalidInputException.class)
			.extracting(e -> ((InvalidInputException) e).errors().stream()
				.map(err -> err.line() + ":" + err.field()).toList())
			.isEqualTo(List.of("3:weeks", "3:starts", "3:shortCourse"));
	}

	@Test
	void unknownAndMissingColumnsAreNamedInTheHeaderRow() {
		assertThatThrownBy(() -> CatalogueCsv.read(new StringReader("provider,ref,titel\np,A,B\n")))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(FieldError::line)
				.containsOnly(1))
			.satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(FieldError::field)
				.contains("titel", "title", "skills"));
	}
}
