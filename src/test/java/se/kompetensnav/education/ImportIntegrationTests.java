package se.kompetensnav.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

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
class ImportIntegrationTests {

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

	private void createCourse(TestProvider p, String ref, String... skills) throws Exception {
		mvc.perform(post("/api/education/courses").with(fixtures.as(p.username())).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(EducationFixtures.courseJson(ref, "Kurs " + ref + ", med komma", LocalDate.of(2027, 2, 1),
					skills)))
			.andExpect(status().isCreated());
	}

	private List<Course> coursesOf(TestProvider p) {
		return catalogue.search(new CourseQuery(null, null, null, null, null, null, false, p.providerId()));
	}

	private String exportCsv(TestProvider p) throws Exception {
		return mvc.perform(get("/api/education/catalogue.csv").param("provider", Long.toString(p.providerId()))
			.with(fixtures.as(p.username()))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	@Test
	void csvRoundTripGivesTheSameCourses() throws Exception {
		TestProvider a = fixtures.provider("csv-a");
		TestProvider b = fixtures.provider("csv-b");
		createCourse(a, "R-1", EducationFixtures.BATTERITEKNIK, EducationFixtures.VATGASTEKNIK);
		createCourse(a, "R-2", EducationFixtures.HETA_ARBETEN);
		List<Course> before = coursesOf(a);
		String csv = exportCsv(a);

		// Importing the export again changes nothing: both rows update their course.
		mvc.perform(post("/api/education/catalogue.csv").with(fixtures.as(a.username())).with(csrf())
			.contentType("text/csv").content(csv)).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0)).andExpect(jsonPath("$.updated").value(2));
		assertThat(coursesOf(a)).isEqualTo(before);

		// Imported under another provider, the same file gives the same courses there.
		mvc.perform(post("/api/education/catalogue.csv").with(fixtures.as(b.username())).with(csrf())
			.contentType("text/csv").content(csv.replace(a.unitCode(), b.unitCode())))
			.andExpect(status().isOk()).andExpect(jsonPath("$.created").value(2));
		assertThat(exportCsv(b)).isEqualTo(csv.replace(a.unitCode(), b.unitCode()));
	}

	@Test
	void aBadRowNamesRowAndColumnAndNothingIsImported() throws Exception {
		TestProvider a = fixtures.provider("bad");
		String header = "provider,ref,title,skills,weeks,hours,pace,mode,municipality,starts,language,shortCourse";
		String csv = String.join("\n", header,
				a.unitCode() + ",OK-1,Bra kurs," + EducationFixtures.BATTERITEKNIK
						+ ",4,120,100,ON_SITE,2582,2027-02-01:10,sv,true",
				a.unitCode() + ",OK-2,Också bra," + EducationFixtures.HETA_ARBETEN
						+ ",2,40,100,DISTANCE,2580,2027-03-01:20,sv,false",
				a.unitCode() + ",BAD-3,Trasig,no-such-skill,4,120,100,ON_SITE,9999,2027-02-01:10,sv,true");

		mvc.perform(post("/api/education/catalogue.csv").with(fixtures.as(a.username())).with(csrf())
			.contentType("text/csv").content(csv)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(2))
			.andExpect(jsonPath("$.errors[0].line").value(4)).andExpect(jsonPath("$.errors[0].field").value("skills"))
			.andExpect(jsonPath("$.errors[1].line").value(4))
			.andExpect(jsonPath("$.errors[1].field").value("municipality"))
			.andExpect(jsonPath("$.errors[0].text").value(org.hamcrest.Matchers.containsString("4")));
		assertThat(coursesOf(a)).isEmpty();
	}

	@Test
	void aRowForAnotherProviderIsRefusedAndNothingIsImported() throws Exception {
		TestProvider a = fixtures.provider("own");
		TestProvider b = fixtures.provider("other");
		String csv = String.join("\n", "provider,ref,title,skills,weeks,hours,pace,mode,municipality,language",
				a.unitCode() + ",A-1,Egen," + EducationFixtures.BATTERITEKNIK + ",4,120,100,ON_SITE,2582,sv",
				b.unitCode() + ",B-1,Annans," + EducationFixtures.BATTERITEKNIK + ",4,120,100,ON_SITE,2582,sv");
		mvc.perform(post("/api/education/catalogue.csv").with(fixtures.as(a.username())).with(csrf())
			.contentType("text/csv").content(csv)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].line").value(3))
			.andExpect(jsonPath("$.errors[0].field").value("provider"));
		assertThat(coursesOf(a)).isEmpty();
		assertThat(coursesOf(b)).isEmpty();
	}

	@Test
	void jsonRoundTripCarriesCoursesAndValidationOffers() throws Exception {
		TestProvider a = fixtures.provider("json-a");
		TestProvider b = fixtures.provider("json-b");
		createCourse(a, "J-1", EducationFixtures.BATTERITEKNIK);
		mvc.perform(post("/api/education/validations").with(fixtures.as(a.username())).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"ref":"V-1","title":"Validering batterioperatör","profile":"Branschprofil batteritillverkning",
					 "occupation":"%s","skills":["%s"],"steps":[
					  {"kind":"MAPPING","days":2,"description":"Kartläggning"},
					  {"kind":"ASSESSMENT","days":5,"description":"Praktisk bedömning"},
					  {"kind":"RECOGNITION","days":1,"description":"Intyg"}],
					 "document":"Branschintyg","municipality":"2582","mode":"ON_SITE","cost":0}"""
				.formatted(EducationFixtures.BATTERY_OPERATOR, EducationFixtures.BATTERITEKNIK)))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.steps.length()").value(3));
		String json = mvc.perform(get("/api/education/catalogue.json").param("provider", Long.toString(a.providerId()))
			.with(fixtures.as(a.username()))).andExpect(status().isOk())
			.andExpect(jsonPath("$.format").value("kompetensnav-education-catalogue"))
			.andReturn().getResponse().getContentAsString();

		mvc.perform(post("/api/education/catalogue.json").with(fixtures.as(b.username())).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(json.replace(a.unitCode(), b.unitCode())))
			.andExpect(status().isOk()).andExpect(jsonPath("$.created").value(2));
		assertThat(coursesOf(b)).singleElement().satisfies(c -> assertThat(c.ref()).isEqualTo("J-1"));
		assertThat(catalogue.validationOffers()).filteredOn(v -> v.providerId() == b.providerId()).singleElement()
			.satisfies(v -> assertThat(v.totalDays()).isEqualTo(8));
	}

	@Test
	void validationOffersRoundTripAsCsv() throws Exception {
		TestProvider a = fixtures.provider("vcsv-a");
		TestProvider b = fixtures.provider("vcsv-b");
		String csv = String.join("\n", String.join(",", "provider", "ref", "title", "profile", "occupation", "skills",
				"mappingDays", "mappingText", "assessmentDays", "assessmentText", "recognitionDays", "recognitionText",
				"document", "municipality", "mode", "cost"),
				a.unitCode() + ",VS-1,Validering svets,\"Svetskommissionens profil, svetsare\",rxrQ_Nyy_k6y,"
						+ "Q1D1_Pdc_rnT|WBnc_JXj_MvY,1,Samtal,4,Provsvetsning,1,Certifikat,Svetscertifikat,2582,ON_SITE,0");
		mvc.perform(post("/api/education/validations.csv").with(fixtures.as(a.username())).with(csrf())
			.contentType("text/csv").content(csv)).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(1));
		String exported = mvc.perform(get("/api/education/validations.csv")
			.param("provider", Long.toString(a.providerId())).with(fixtures.as(a.username())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		org.assertj.core.api.Assertions.assertThat(exported.strip()).isEqualTo(csv.strip());

		mvc.perform(post("/api/education/validations.csv").with(fixtures.as(b.username())).with(csrf())
			.contentType("text/csv").content(csv.replace(a.unitCode(), b.unitCode()).replace(",4,Prov", ",fyra,Prov")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].line").value(2))
			.andExpect(jsonPath("$.errors[0].field").value("assessmentDays"));
		assertThat(catalogue.validationOffers()).noneMatch(v -> v.providerId() == b.providerId());
	}
}
