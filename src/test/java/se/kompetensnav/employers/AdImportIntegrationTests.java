package se.kompetensnav.employers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import com.sun.net.httpserver.HttpServer;

import se.kompetensnav.test.IntegrationTest;

/**
 * The sample ads under src/test/resources/ads were written for these tests: Swedish text, real JobTech concept ids.
 * Each test uses its own ad ids (the context is shared), rewriting the ids of the sample files with a prefix.
 */
@IntegrationTest
class AdImportIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Opportunities opportunities;

	@Test
	void importingTheSameAdsTwiceDuplicatesNothingAndARemovedAdClosesItsOpportunity() throws Exception {
		String prefix = "t1-" + System.nanoTime() + "-";
		MockHttpSession admin = EmployersTestSupport.login(mvc, "admin");
		byte[] ads = sample("norrbotten-jobsearch.json", prefix);
		mvc.perform(multipart("/api/ads/import").file(new MockMultipartFile("file", "ads.json", "application/json", ads))
			.session(admin).with(csrf())).andExpect(status().isOk())
			.andExpect(jsonPath("$.received").value(6)).andExpect(jsonPath("$.created").value(6))
			.andExpect(jsonPath("$.rejected.length()").value(0));
		assertThat(countImported(prefix)).isEqualTo(6);
		long skillsBefore = countSkills(prefix);

		mvc.perform(multipart("/api/ads/import").file(new MockMultipartFile("file", "ads.json", "application/json", ads))
			.session(admin).with(csrf())).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0)).andExpect(jsonPath("$.updated").value(6));
		assertThat(countImported(prefix)).isEqualTo(6);
		assertThat(countSkills(prefix)).isEqualTo(skillsBefore);

		// An imported ad of a registered employer is tied to its organisation; its requirements carried over.
		Opportunity electrician = opportunities.byExternalId(prefix + "29500001").orElseThrow();
		assertThat(electrician.organisationId()).isNotNull();
		assertThat(electrician.municipalityCode()).isEqualTo("2582");
		assertThat(electrician.positions()).isEqualTo(2);
		assertThat(electrician.must()).extracting(SkillRequirement::skillId).contains("Uytu_hWi_5nh", "4bwR_JVU_usd");
		assertThat(electrician.nice()).extracting(SkillRequirement::skillId).containsExactly("PXAk_ZUW_Zer");
		assertThat(electrician.drivingLicences()).containsExactly("VTK8_WRx_GcM");
		assertThat(electrician.languages()).containsExactly("zSLA_vw2_FXN");
		assertThat(opportunities.byExternalId(prefix + "29500005").orElseThrow().kind())
			.isEqualTo(OpportunityKind.SUMMER_JOB);
		assertThat(opportunities.byExternalId(prefix + "29500006").orElseThrow().organisationId()).isNull();

		// The JobStream changes: one ad updated, one removed (posted as a JSON body this time).
		mvc.perform(post("/api/ads/import").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(sample("norrbotten-jobstream-changes.json", prefix))).andExpect(status().isOk())
			.andExpect(jsonPath("$.updated").value(1)).andExpect(jsonPath("$.closed").value(1));
		assertThat(opportunities.byExternalId(prefix + "29500004").orElseThrow().open()).isFalse();
		assertThat(opportunities.byExternalId(prefix + "29500002").orElseThrow().title()).endsWith("(förlängd)");
		assertThat(countImported(prefix)).isEqualTo(6);
	}

	@Test
	void aBadAdIsNamedWithItsFieldAndNothingOfItIsImported() throws Exception {
		String prefix = "t2-" + System.nanoTime() + "-";
		MockHttpSession admin = EmployersTestSupport.login(mvc, "admin");
		mvc.perform(post("/api/ads/import").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(sample("bad-ads.json", prefix))).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(1))
			.andExpect(jsonPath("$.rejected[?(@.adId == '" + prefix + "29500102')].field",
					hasItem("occupation.concept_id")))
			.andExpect(jsonPath("$.rejected[?(@.adId == '" + prefix + "29500103')].field",
					hasItem("must_have.skills[1].concept_id")));
		assertThat(opportunities.byExternalId(prefix + "29500101")).isPresent();
		assertThat(opportunities.byExternalId(prefix + "29500102")).isEmpty();
		assertThat(opportunities.byExternalId(prefix + "29500103")).isEmpty();

		// Not JSON at all: refused whole, naming the file.
		mvc.perform(post("/api/ads/import").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"hits\": [ {\"id\": ")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
	}

	@Test
	void theUploadPageShowsTheReportAndAnEmployerMayImportOnlyItsOwnAds() throws Exception {
		String prefix = "t3-" + System.nanoTime() + "-";
		MockHttpSession employer = EmployersTestSupport.login(mvc, "arbetsgivare");
		mvc.perform(multipart("/employers/ads/import")
			.file(new MockMultipartFile("file", "ads.json", "application/json",
					sample("norrbotten-jobsearch.json", prefix)))
			.session(employer).with(csrf())).andExpect(status().isOk())
			.andExpect(content().string(containsString("employer.organization_number")))
			.andExpect(content().string(containsString(prefix + "29500002")));
		// Only the ad with Bodens Stål och Mekaniska's organisation number went in.
		assertThat(countImported(prefix)).isEqualTo(1);
		assertThat(opportunities.byExternalId(prefix + "29500001")).isPresent();
	}

	@Test
	void adsAreFetchedFromTheConfiguredUrl() throws Exception {
		String prefix = "t4-" + System.nanoTime() + "-";
		byte[] ads = sample("norrbotten-jobsearch.json", prefix);
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/search", exchange -> {
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, ads.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(ads);
			}
		});
		server.start();
		MockHttpSession admin = EmployersTestSupport.login(mvc, "admin");
		try {
			String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/search?q=norrbotten";
			mvc.perform(put("/api/ads/source").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"url\":\"" + url + "\"}")).andExpect(status().isOk())
				.andExpect(jsonPath("$.url").value(url));
			mvc.perform(post("/api/ads/import-url").session(admin).with(csrf())).andExpect(status().isOk())
				.andExpect(jsonPath("$.created").value(6));
			assertThat(countImported(prefix)).isEqualTo(6);
			mvc.perform(put("/api/ads/source").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"url\":\"file:///etc/passwd\"}")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("url"));
		}
		finally {
			server.stop(0);
			mvc.perform(put("/api/ads/source").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"url\":\"\"}"));
		}
		// Consultants may not change the source.
		MockHttpSession consultant = EmployersTestSupport.login(mvc, "konsulent");
		mvc.perform(post("/api/ads/import-url").session(consultant).with(csrf())).andExpect(status().isBadRequest());
	}

	private long countImported(String prefix) {
		return jdbc.sql("select count(*) from emp_opportunity where external_id like ?").param(prefix + "%")
			.query(Long.class).single();
	}

	private long countSkills(String prefix) {
		return jdbc.sql("select count(*) from emp_opportunity_skill s join emp_opportunity o on o.id = s.opportunity_id "
				+ "where o.external_id like ?").param(prefix + "%").query(Long.class).single();
	}

	/** A sample file with every ad id given the prefix, so that tests sharing a database do not meet. */
	static byte[] sample(String name, String prefix) throws IOException {
		try (InputStream in = AdImportIntegrationTests.class.getResourceAsStream("/ads/" + name)) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return text.replaceAll("\"id\": \"(295\\d+)\"", "\"id\": \"" + prefix + "$1\"")
				.getBytes(StandardCharsets.UTF_8);
		}
	}

	static List<String> sampleIds() {
		return List.of("29500001", "29500002", "29500003", "29500004", "29500005", "29500006");
	}
}
