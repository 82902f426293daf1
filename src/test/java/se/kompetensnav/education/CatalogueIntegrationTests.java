package se.kompetensnav.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import se.kompetensnav.education.EducationFixtures.TestProvider;
import se.kompetensnav.identity.Units;
import se.kompetensnav.test.IntegrationTest;

@IntegrationTest
class CatalogueIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Units units;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	Catalogue catalogue;

	EducationFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new EducationFixtures(mvc, units, jdbc, accounts);
	}

	private long createCourse(TestProvider p, String ref, LocalDate start, String... skills) throws Exception {
		String body = mvc.perform(post("/api/education/courses").with(fixtures.as(p.username())).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(EducationFixtures.courseJson(ref, "Kurs " + ref, start, skills)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+),.*$", "$1"));
	}

	@Test
	void aProviderCannotEditOrDeleteAnotherProvidersCourse() throws Exception {
		TestProvider a = fixtures.provider("a");
		TestProvider b = fixtures.provider("b");
		long id = createCourse(a, "A-1", LocalDate.now().plusDays(20), EducationFixtures.BATTERITEKNIK);
		String changed = EducationFixtures.courseJson("A-1", "Kapad kurs", LocalDate.now().plusDays(20),
				EducationFixtures.BATTERITEKNIK);

		mvc.perform(put("/api/education/courses/" + id).with(fixtures.as(b.username())).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(changed)).andExpect(status().isForbidden());
		mvc.perform(delete("/api/education/courses/" + id).with(fixtures.as(b.username())).with(csrf()))
			.andExpect(status().isForbidden());
		// A course for a provider that is not the user's own is refused too.
		mvc.perform(post("/api/education/courses").param("provider", Long.toString(a.providerId()))
			.with(fixtures.as(b.username())).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(EducationFixtures.courseJson("B-1", "Smygkurs", LocalDate.now(),
					EducationFixtures.BATTERITEKNIK)))
			.andExpect(status().isForbidden());
		assertThat(catalogue.course(id).orElseThrow().title()).isEqualTo("Kurs A-1");

		mvc.perform(put("/api/education/courses/" + id).with(fixtures.as(a.username())).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(changed)).andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Kapad kurs"));
	}

	@Test
	void anInvalidCourseIsRefusedNamingTheField() throws Exception {
		TestProvider a = fixtures.provider("inv");
		mvc.perform(post("/api/education/courses").with(fixtures.as(a.username())).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(EducationFixtures.courseJson("X-1", "Kurs", LocalDate.now(), "no-such-skill")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("skills"));
	}

	@Test
	void searchBySkillFindsTheCoursesThatTeachIt() throws Exception {
		TestProvider p = fixtures.provider("skill");
		long hydrogen = createCourse(p, "H-1", LocalDate.now().plusDays(5), EducationFixtures.VATGASTEKNIK,
				EducationFixtures.HETA_ARBETEN);
		long battery = createCourse(p, "B-1", LocalDate.now().plusDays(5), EducationFixtures.BATTERITEKNIK);

		mvc.perform(get("/api/education/courses").param("skill", EducationFixtures.VATGASTEKNIK)
			.with(fixtures.as("konsulent"))).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == %d)]".formatted(hydrogen)).exists())
			.andExpect(jsonPath("$[?(@.id == %d)]".formatted(battery)).doesNotExist());
		assertThat(catalogue.search(CourseQuery.bySkill(EducationFixtures.VATGASTEKNIK)))
			.allMatch(c -> c.skillIds().contains(EducationFixtures.VATGASTEKNIK));
	}

	@Test
	void startFilterKeepsCoursesStartingWithinTheWeeks() throws Exception {
		TestProvider p = fixtures.provider("start");
		long soon = createCourse(p, "S-1", LocalDate.now().plusDays(10), EducationFixtures.BATTERITEKNIK);
		long later = createCourse(p, "S-2", LocalDate.now().plusDays(100), EducationFixtures.BATTERITEKNIK);
		long past = createCourse(p, "S-3", LocalDate.now().minusDays(3), EducationFixtures.BATTERITEKNIK);

		mvc.perform(get("/api/education/courses").param("startWithinWeeks", "4")
			.param("provider", Long.toString(p.providerId())).with(fixtures.as("konsulent")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].id").value(soon));
		mvc.perform(get("/api/education/courses").param("startWithinWeeks", "20")
			.param("provider", Long.toString(p.providerId())).with(fixtures.as("konsulent")))
			.andExpect(jsonPath("$.length()").value(2)).andExpect(jsonPath("$[1].id").value(later));
		assertThat(past).isPositive();
	}

	@Test
	void freeTextSearchUsesSwedishAnalysisAndFollowsChanges() throws Exception {
		TestProvider p = fixtures.provider("text");
		long id = createCourse(p, "T-1", LocalDate.now().plusDays(5), EducationFixtures.BATTERITEKNIK);
		String rename = EducationFixtures.courseJson("T-1", "Grundläggande batterimontering för nyanställda",
				LocalDate.now().plusDays(5), EducationFixtures.BATTERITEKNIK);
		mvc.perform(put("/api/education/courses/" + id).with(fixtures.as(p.username())).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(rename)).andExpect(status().isOk());

		// "nyanställd" finds "nyanställda" (stemming); the index follows the change of title.
		mvc.perform(get("/api/education/courses").param("q", "nyanställd batterimontering")
			.param("provider", Long.toString(p.providerId())).with(fixtures.as("konsulent")))
			.andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].id").value(id));
	}
}
