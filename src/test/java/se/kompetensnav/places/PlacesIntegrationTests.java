package se.kompetensnav.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.kompetensnav.places.core.ComparisonGroup;
import se.kompetensnav.test.IntegrationTest;

@IntegrationTest
class PlacesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlaceAssessments assessments;

	private static RequestPostProcessor as(String username) {
		return SecurityMockMvcRequestPostProcessors.user(username).roles("UNIT_MANAGER");
	}

	private long demoAssessment(String code) {
		return jdbc.sql("select id from place_assessment where municipality_code = ? and demo = true").param(code)
			.query(Long.class).single();
	}

	@Test
	void bodenDemoRanksHousingActionsFirstWithReasonsFromTheAnswers() throws Exception {
		long id = demoAssessment("2582");
		mvc.perform(get("/api/places/assessments/{id}/report", id).with(as("chef")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.recommendations[0].rank").value(1))
			.andExpect(jsonPath("$.dimensions.length()").value(11))
			.andExpect(result -> {
				String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
				// Housing is Boden's weakest dimension in the demo, and the industry rates it lower.
				assertThat(body).contains("Boende fick").contains("industrin bedömer det lägre");
			});
		AssessmentReport report = assessments.report(id);
		assertThat(report.scores().get("housing").gap()).isPositive();
		assertThat(report.recommendations().ranked().get(0).contributions())
			.anyMatch(c -> c.dimension().key().equals("housing"));
		// Nature is strong in Boden: the trails action, which addresses only nature, is not recommended.
		assertThat(report.recommendations().alreadyStrong()).extracting(a -> a.key()).contains("outdoor-access");
		assertThat(report.recommendations().ranked()).extracting(r -> r.action().key())
			.doesNotContain("outdoor-access");
	}

	@Test
	void aReAssessmentShowsTheChangeSinceThePreviousOne() throws Exception {
		long before = demoAssessment("2081");
		var again = assessments.create(new PlaceAssessments.NewAssessment("2081", null, "Borlänge igen (test)",
				ComparisonGroup.Basis.POPULATION, Set.of()));
		var r = assessments.addRespondent(again.id(), "Test", "MUNICIPALITY", "Kommunen");
		assessments.answer(r.token(), Map.of("image.outside", "7", "image.pride", "7"), Map.of(), true);
		AssessmentReport report = assessments.report(again.id());
		assertThat(report.previous()).hasValueSatisfying(p -> assertThat(p.id()).isEqualTo(before));
		double earlierImage = report.previous().get().combined().get("image");
		assertThat(report.change("image")).isEqualTo(report.scores().get("image").combined() - earlierImage)
			.isPositive();
		// Dimensions nobody answered this time show no change.
		assertThat(report.change("housing")).isNull();
		mvc.perform(get("/platser/bedomningar/{id}", again.id()).with(as("chef"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Förändring sedan Borlänge 2026 (demo)")));
	}

	@Test
	void reportPdfDownloads() throws Exception {
		long id = demoAssessment("2081");
		byte[] pdf = mvc.perform(get("/platser/bedomningar/{id}/rapport.pdf", id).with(as("chef")))
			.andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		assertThat(pdf.length).isGreaterThan(2000);
	}

	@Test
	void aConsultantCannotOpenAssessments() throws Exception {
		mvc.perform(get("/platser").with(SecurityMockMvcRequestPostProcessors.user("konsulent").roles("CONSULTANT")))
			.andExpect(status().isForbidden());
	}

	@Test
	void newAssessmentWithoutTitleShowsTheErrorAndStoresNothing() throws Exception {
		long before = count("place_assessment");
		mvc.perform(post("/platser").with(as("chef")).with(csrf()).param("municipalityCode", "2582")
			.param("title", "  ").param("basis", "POPULATION"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"title-error\"")));
		assertThat(count("place_assessment")).isEqualTo(before);
	}

	@Test
	void anOutOfRangeAnswerStoresNoneOfTheAnswers() throws Exception {
		var a = assessments.create(new PlaceAssessments.NewAssessment("2580", null, "Luleå test",
				ComparisonGroup.Basis.COUNTY, Set.of()));
		var r = assessments.addRespondent(a.id(), "Test Testsson", "INDUSTRY", "Testbolaget");
		mvc.perform(post("/platser/svar/{t}", r.token()).with(csrf()).param("score.housing.available", "5")
			.param("score.housing.cost", "9").param("action", "save"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("invalid-feedback d-block")));
		assertThat(jdbc.sql("select count(*) from place_answer where respondent_id = ?").param(r.id())
			.query(Long.class).single()).isZero();
		mvc.perform(post("/platser/svar/{t}", r.token()).with(csrf()).param("score.housing.available", "5")
			.param("score.housing.cost", "3").param("comment.housing.cost", "Dyrt").param("action", "complete"))
			.andExpect(status().isFound());
		var form = assessments.form(r.token());
		assertThat(form.scores()).isEqualTo(Map.of("housing.available", 5, "housing.cost", 3));
		assertThat(form.respondent().completedAt()).isNotNull();
	}

	@Test
	void theInquiryFormRejectsBadInputAndStoresNothing() throws Exception {
		long before = count("place_inquiry");
		mvc.perform(post("/platser/flytta").with(csrf()).param("name", "x".repeat(121)).param("email", "not-an-address")
			.param("adults", "1").param("children", "0").param("timing", "NOW").param("message", "y".repeat(2001)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"i-name-error\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"i-email-error\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"i-consent-error\"")));
		mvc.perform(post("/api/places/inquiries").with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"A\",\"email\":\"a@b\",\"timing\":\"SOON\",\"consent\":true}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("email", "timing")));
		assertThat(count("place_inquiry")).isEqualTo(before);
	}

	@Test
	void aFilledHoneypotIsDroppedSilently() throws Exception {
		long before = count("place_inquiry");
		mvc.perform(post("/platser/flytta").with(csrf()).with(remote("10.9.9.1")).param("name", "Bot")
			.param("email", "bot@example.com").param("adults", "1").param("children", "0").param("timing", "NOW")
			.param("consent", "on").param("website", "http://spam.example"))
			.andExpect(status().isOk());
		assertThat(count("place_inquiry")).isEqualTo(before);
	}

	@Test
	void theFormTakesFiveAnHourFromOneAddress() throws Exception {
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/platser/flytta").with(csrf()).with(remote("10.7.7.7")).param("municipalityCode", "2582")
				.param("name", "Form rate " + i).param("email", "person@example.se").param("adults", "1")
				.param("children", "0").param("timing", "NOW").param("consent", "on"))
				.andExpect(status().isOk());
		}
		mvc.perform(post("/platser/flytta").with(csrf()).with(remote("10.7.7.7")).param("municipalityCode", "2582")
			.param("name", "Form rate 5").param("email", "person@example.se").param("adults", "1")
			.param("children", "0").param("timing", "NOW").param("consent", "on"))
			.andExpect(status().isTooManyRequests());
		assertThat(jdbc.sql("select count(*) from place_inquiry where name like 'Form rate %'").query(Long.class)
			.single()).isEqualTo(5);
	}

	@Test
	void anotherSitesBackEndPostsJsonWithoutTokenOrSession() throws Exception {
		var sent = mvc.perform(post("/api/places/inquiries").with(remote("10.5.5.1"))
			.contentType(MediaType.APPLICATION_JSON).content(inquiry("2582", "Utan token")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.municipalityCode").value("2582"))
			.andExpect(jsonPath("$.withdrawToken").isNotEmpty())
			.andReturn();
		assertThat(sent.getRequest().getSession(false)).as("no session is made for the call").isNull();
		assertThat(jdbc.sql("select count(*) from place_inquiry where name = 'Utan token' and municipality_code = '2582'")
			.query(Long.class).single()).isEqualTo(1);
		// Without a token a bad inquiry is still told which fields are wrong, and nothing is stored.
		long before = count("place_inquiry");
		mvc.perform(post("/api/places/inquiries").with(remote("10.5.5.1")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"A\",\"email\":\"a@b\",\"timing\":\"SOON\",\"consent\":true}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("email", "timing")));
		assertThat(count("place_inquiry")).isEqualTo(before);
	}

	@Test
	void onlyTheJsonInquiryGoesWithoutToken() throws Exception {
		long before = count("place_inquiry");
		// The HTML form keeps its CSRF token.
		mvc.perform(post("/platser/flytta").with(remote("10.5.5.2")).param("municipalityCode", "2582")
			.param("name", "Formulär utan token").param("email", "person@example.se").param("adults", "1")
			.param("children", "0").param("timing", "NOW").param("consent", "on"))
			.andExpect(status().isForbidden());
		// A body a cross-site form or simple request can send (not JSON) to the same path needs the token too.
		mvc.perform(post("/api/places/inquiries").with(remote("10.5.5.3")).contentType(MediaType.TEXT_PLAIN)
			.content(inquiry("2582", "Text utan token")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("CSRF token")));
		assertThat(count("place_inquiry")).isEqualTo(before);
		// A signed-in session calling another API without the token is refused as before.
		RequestPostProcessor admin = login("admin");
		mvc.perform(post("/api/places/indicators/kolada").with(admin).contentType(MediaType.APPLICATION_JSON)
			.content("{}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("CSRF token")));
		mvc.perform(post("/api/programmes").with(admin).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("CSRF token")));
	}

	@Test
	void theJsonApiTakesTenAMinuteFromOneAddressThenAnswers429() throws Exception {
		for (int i = 0; i < 10; i++) {
			mvc.perform(post("/api/places/inquiries").with(remote("10.7.7.8")).contentType(MediaType.APPLICATION_JSON)
				.content(inquiry("2582", "Api rate " + i))).andExpect(status().isCreated());
		}
		mvc.perform(post("/api/places/inquiries").with(remote("10.7.7.8")).contentType(MediaType.APPLICATION_JSON)
			.content(inquiry("2582", "Api rate 10")))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(429))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Retry-After", "60"));
		assertThat(jdbc.sql("select count(*) from place_inquiry where name like 'Api rate %'").query(Long.class)
			.single()).isEqualTo(10);
		// Another address is not held back.
		mvc.perform(post("/api/places/inquiries").with(remote("10.7.7.9")).contentType(MediaType.APPLICATION_JSON)
			.content(inquiry("2582", "Other address"))).andExpect(status().isCreated());
	}

	@Test
	void receptionSeesOnlyItsOwnMunicipalitysInquiries() throws Exception {
		mvc.perform(post("/api/places/inquiries").with(csrf()).with(remote("10.1.1.1")).contentType(MediaType.APPLICATION_JSON)
			.content(inquiry("2582", "Till Boden"))).andExpect(status().isCreated());
		mvc.perform(post("/api/places/inquiries").with(csrf()).with(remote("10.1.1.2")).contentType(MediaType.APPLICATION_JSON)
			.content(inquiry("2081", "Till Borlänge"))).andExpect(status().isCreated());
		long boden = jdbc.sql("select max(id) from place_inquiry where name = 'Till Boden'").query(Long.class).single();
		long borlange = jdbc.sql("select max(id) from place_inquiry where name = 'Till Borlänge'").query(Long.class)
			.single();
		RequestPostProcessor chef = login("chef");
		mvc.perform(get("/platser/forfragningar").with(chef)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Till Boden")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Till Borlänge"))));
		mvc.perform(get("/platser/forfragningar/{id}", boden).with(chef)).andExpect(status().isOk());
		mvc.perform(get("/platser/forfragningar/{id}", borlange).with(chef)).andExpect(status().isNotFound());
		assertThat(jdbc.sql("select count(*) from audit_log where action = 'DENIED' and subject_type = 'newcomer-inquiry' "
				+ "and subject_id = ?").param(String.valueOf(borlange)).query(Long.class).single()).isEqualTo(1);
		mvc.perform(post("/platser/forfragningar/{id}", boden).with(chef).with(csrf()).param("answer", "Välkommen!"))
			.andExpect(status().isFound());
		assertThat(jdbc.sql("select status from place_inquiry where id = ?").param(boden).query(String.class).single())
			.isEqualTo("ANSWERED");
	}

	@Test
	void indicatorCsvWithABadRowNamesLineAndColumnAndImportsNothing() throws Exception {
		long before = count("place_indicator_value");
		String csv = "kommunkod,indicator,year,value,source\n2582,housing.newbuilt,2025,3.1,test\n9999,housing.newbuilt,2025,x,test\n";
		mvc.perform(multipart("/api/places/indicators/import")
			.file(new MockMultipartFile("file", "v.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(SecurityMockMvcRequestPostProcessors.user("analytiker").roles("ANALYST")).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].line").value(3))
			.andExpect(jsonPath("$.errors[0].field").value("kommunkod"))
			.andExpect(jsonPath("$.errors[1].field").value("value"));
		assertThat(count("place_indicator_value")).isEqualTo(before);
	}

	@Test
	void anInquiryWithoutAChosenMunicipalityGoesWhereTheOpenJobsAre() throws Exception {
		// No wishes: without jobs the tie would break on the code (Borlänge 2081 before Boden 2582). Boden has an
		// open welding apprenticeship in the employers' demo data.
		mvc.perform(post("/api/places/inquiries").with(csrf()).with(remote("10.3.3.3"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name":"Svetsaren","email":"svets@example.se","occupation":"svets","adults":1,"children":0,
					 "wishes":[],"timing":"NOW","consent":true}"""))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.municipalityCode").value("2582"))
			.andExpect(jsonPath("$.matched[0]").value("2582"));
	}

	@Autowired
	PlaceProfiles profiles;

	@Test
	void theMunicipalitysUnitManagerEditsItsProfileAndNoOtherOne() throws Exception {
		var chef = login("chef");
		PlaceProfiles.Profile boden = profiles.find("2582").orElseThrow();
		String culture = "Kulturnatten i Boden " + System.nanoTime();
		mvc.perform(post("/platser/kommun/2582/redigera").with(chef).with(csrf()).param("suits", boden.suits())
			.param("industry", boden.industry()).param("culture", culture).param("housing", boden.housing())
			.param("lifeTags", boden.lifeTags().toArray(String[]::new)).param("published", "on"))
			.andExpect(status().isFound());
		mvc.perform(get("/platser/kommun/2582")).andExpect(content().string(org.hamcrest.Matchers.containsString(culture)));
		// Too long: the message at the field, nothing stored.
		mvc.perform(post("/platser/kommun/2582/redigera").with(chef).with(csrf()).param("suits", "x".repeat(2001))
			.param("published", "on"))
			.andExpect(status().isBadRequest());
		assertThat(profiles.find("2582").orElseThrow().culture()).isEqualTo(culture);
		// Borlänge's reception is not within the Boden unit manager's unit.
		mvc.perform(get("/platser/kommun/2081/redigera").with(chef)).andExpect(status().isNotFound());
	}

	@Test
	void publicProfilePageNeedsNoLogin() throws Exception {
		mvc.perform(get("/platser/kommun/2582")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Boden")))
			// Open opportunities in Boden from the employers' demo data show on the public profile.
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"open-jobs\"")));
		mvc.perform(get("/platser/kommun/0180")).andExpect(status().isNotFound());
	}

	/** A real login through the form, so that the session holds the application's own principal. */
	private RequestPostProcessor login(String username) throws Exception {
		var session = (org.springframework.mock.web.MockHttpSession) mvc
			.perform(post("/login").param("username", username).param("password", "demo").with(csrf()))
			.andExpect(status().isFound()).andReturn().getRequest().getSession();
		return request -> {
			request.setSession(session);
			return request;
		};
	}

	private static RequestPostProcessor remote(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static String inquiry(String code, String name) {
		return """
				{"municipalityCode":"%s","name":"%s","email":"person@example.se","adults":2,"children":1,
				 "wishes":["forest"],"timing":"WITHIN_YEAR","consent":true}""".formatted(code, name);
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}
}
