package se.kompetensnav.education;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import se.kompetensnav.identity.Units;
import se.kompetensnav.test.IntegrationTest;

@IntegrationTest
class CataloguePagesIntegrationTests {

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

	@Test
	void theCataloguePageSearchesWithHtmxFragments() throws Exception {
		mvc.perform(get("/utbildningar").with(fixtures.as("konsulent"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Växthusodling grund (Bodens växthusprogram)")))
			.andExpect(content().string(containsString("id=\"catalogue-filter\"")));
		mvc.perform(get("/utbildningar/resultat").param("q", "vätgas").with(fixtures.as("konsulent")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Vätgasteknik, introduktion")))
			.andExpect(content().string(not(containsString("Truckkort A och B"))))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void theCoursePageListsTheOpenOpportunitiesAndNeedsItServes() throws Exception {
		Course welding = catalogue.search(new CourseQuery("svets", null, null, null, null, null, false, null))
			.getFirst();
		mvc.perform(get("/utbildningar/" + welding.id()).with(fixtures.as("konsulent"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"served-opportunities\"")))
			// The employers' demo data has a welding apprenticeship in Boden and welders among the needs.
			.andExpect(content().string(containsString("Lärling, svets (demo)")))
			.andExpect(content().string(containsString("id=\"served-needs\"")));
	}

	@Test
	void theCoursePageShowsSkillsStartsAndTheOccupationsItServes() throws Exception {
		Course course = catalogue.search(new CourseQuery("truckkort", null, null, null, null, null, false, null))
			.getFirst();
		mvc.perform(get("/utbildningar/" + course.id()).with(fixtures.as("konsulent"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Gaffeltruck")))
			.andExpect(content().string(containsString("id=\"serves\"")))
			.andExpect(content().string(containsString("Truckförare")))
			.andExpect(content().string(not(containsString("/utbildningar/mina/" + course.id()))));
		// The provider who owns it gets an edit link.
		mvc.perform(get("/utbildningar/" + course.id()).with(fixtures.as("utbildare")))
			.andExpect(content().string(containsString("/utbildningar/mina/" + course.id())));
	}

	@Test
	void validationOffersShowTheirSteps() throws Exception {
		mvc.perform(get("/utbildningar/validering").with(fixtures.as("konsulent"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Validering svetsare")))
			.andExpect(content().string(containsString("Kartläggning")))
			.andExpect(content().string(containsString("Erkännande och dokumentation")));
	}

	@Test
	void courseMaintenancePagesAreForProvidersAndTheirOwnCoursesOnly() throws Exception {
		mvc.perform(get("/utbildningar/mina").with(fixtures.as("utbildare"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Lärcentrum Boden (demo)")));
		mvc.perform(get("/utbildningar/mina/ny").with(fixtures.as("konsulent"))).andExpect(status().isForbidden());
		Course other = catalogue.search(new CourseQuery("vätgasteknik introduktion", null, null, null, null, null,
				false, null)).getFirst();
		mvc.perform(get("/utbildningar/mina/" + other.id()).with(fixtures.as("utbildare")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/utbildningar/mina/" + other.id()).with(fixtures.as("utbildare")).with(csrf())
			.param("ref", "X").param("title", "Kapad")).andExpect(status().isForbidden());
	}

	@Test
	void aFormWithErrorsShowsThemAtTheFieldsAndSavesNothing() throws Exception {
		long before = catalogue.search(CourseQuery.all()).size();
		mvc.perform(post("/utbildningar/mina/ny").with(fixtures.as("utbildare")).with(csrf())
			.param("ref", "FORM-1").param("title", "Formulärkurs").param("weeks", "fyra").param("hours", "40")
			.param("pace", "100").param("mode", "ON_SITE").param("municipality", "2582").param("language", "sv"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"weeks-error\"")))
			.andExpect(content().string(containsString("aria-describedby=\"weeks-error")));
		mvc.perform(post("/utbildningar/mina/ny").with(fixtures.as("utbildare")).with(csrf())
			.param("ref", "FORM-1").param("title", "Formulärkurs").param("weeks", "4").param("hours", "40")
			.param("pace", "100").param("mode", "ON_SITE").param("municipality", "2582").param("language", "sv"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("id=\"skills-error\"")));
		org.assertj.core.api.Assertions.assertThat(catalogue.search(CourseQuery.all())).hasSize((int) before);
	}

	@Test
	void theAutocompleteFallbackFindsSkillsByTheStartOfTheirWords() throws Exception {
		mvc.perform(get("/api/education/terms").param("q", "vätgas").param("type", "skill")
			.with(fixtures.as("utbildare"))).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].label").value("Vätgasteknik"))
			.andExpect(jsonPath("$[0].id").value(EducationFixtures.VATGASTEKNIK));
	}

	@Test
	void theImportFormListsEveryBadRowAndImportsNothing() throws Exception {
		EducationFixtures.TestProvider p = fixtures.provider("page-import");
		String csv = String.join("\n", "provider,ref,title,skills,weeks,hours,pace,mode,municipality,language",
				p.unitCode() + ",I-1,Bra," + EducationFixtures.BATTERITEKNIK + ",4,120,100,ON_SITE,2582,sv",
				p.unitCode() + ",I-2,Trasig," + EducationFixtures.BATTERITEKNIK + ",4,120,100,ON_SITE,2582,svenska");
		var file = new org.springframework.mock.web.MockMultipartFile("file", "kurser.csv", "text/csv",
				csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.multipart("/utbildningar/mina/import").file(file).with(fixtures.as(p.username())).with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("id=\"import-errors\"")))
			.andExpect(content().string(containsString("Rad 3, language")));
		org.assertj.core.api.Assertions.assertThat(catalogue.search(
				new CourseQuery(null, null, null, null, null, null, false, p.providerId()))).isEmpty();

		var good = new org.springframework.mock.web.MockMultipartFile("file", "kurser.csv", "text/csv",
				csv.replace("svenska", "sv").getBytes(java.nio.charset.StandardCharsets.UTF_8));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.multipart("/utbildningar/mina/import").file(good).with(fixtures.as(p.username())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		org.assertj.core.api.Assertions.assertThat(catalogue.search(
				new CourseQuery(null, null, null, null, null, null, false, p.providerId()))).hasSize(2);
	}

	@Test
	void theOpenApiDescriptionCoversTheCatalogue() throws Exception {
		mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/education/courses']").exists())
			.andExpect(jsonPath("$.paths['/api/education/catalogue.csv']").exists())
			.andExpect(jsonPath("$.paths['/api/education/offers']").exists());
	}
}
