package se.kompetensnav.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.kompetensnav.test.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Hourly profiles by form and API, and one source shared by several sinks. */
@IntegrationTest
class EnergyProfileIntegrationTests {

	private static final Random RANDOM = new Random();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	final JsonMapper json = JsonMapper.builder().build();

	static RequestPostProcessor admin() {
		return user("admin").roles("ADMIN");
	}

	static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	/** 8,760 lines "hour;kW" with a header; the first values replaced. */
	static String csv(double kw, String... first) {
		StringBuilder sb = new StringBuilder("timme;kW\n");
		for (int h = 0; h < 8760; h++) {
			sb.append(h + 1).append(';').append(h < first.length ? first[h] : String.valueOf(kw).replace('.', ','))
				.append('\n');
		}
		return sb.toString();
	}

	long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	/** A remote spot (the fells west of Kiruna) so that no other test's source is within reach. */
	static double[] spot() {
		return new double[] { 68.2 + RANDOM.nextDouble() * 0.4, 18.0 + RANDOM.nextDouble() * 2.0 };
	}

	long createSink(String name, double lat, double lon, double annualMwh) throws Exception {
		String body = mvc.perform(post("/api/energy/sinks").with(admin()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name":"%s","kind":"FISH_FARM","municipalityCode":"2584","lat":%s,"lon":%s,"temperature":50,
					 "annualMwh":%s}""".formatted(name, lat, lon, annualMwh)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return json.readTree(body).get("id").asLong();
	}

	long createSource(String name, double lat, double lon, double annualMwh) throws Exception {
		String body = mvc.perform(post("/api/energy/sources").with(admin()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name":"%s","kind":"INDUSTRY","municipalityCode":"2584","lat":%s,"lon":%s,"temperature":70,
					 "annualMwh":%s}""".formatted(name, lat, lon, annualMwh)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return json.readTree(body).get("id").asLong();
	}

	@Test
	void aSinksHourlyProfileIsSetThroughTheApiAndABadFileNamesItsLinesAndChangesNothing() throws Exception {
		double[] at = spot();
		long sink = createSink(unique("Fiskodling"), at[0], at[1], 100);

		// Hours 3 and 5 wrong (lines 4 and 6 with the header), and one value short.
		String bad = csv(10, "1", "2", "tio", "4", "-5").substring(0, csv(10, "1", "2", "tio", "4", "-5")
			.lastIndexOf("8760;"));
		long profiles = count("energy_hourly_profile");
		mvc.perform(put("/api/energy/sinks/" + sink + "/profile").with(admin()).with(csrf())
			.contentType("text/csv").content(bad))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("hourlyProfile"))
			.andExpect(jsonPath("$.errors[0].line").value(4))
			.andExpect(jsonPath("$.errors[1].line").value(6))
			.andExpect(jsonPath("$.errors[2].code").value("energy.validation.profile.count"));
		assertThat(count("energy_hourly_profile")).isEqualTo(profiles);
		mvc.perform(get("/api/energy/sinks/" + sink + "/profile").with(admin())).andExpect(status().isNotFound());

		// 8,759 hours of 50 kW and one of 120 kW: 438.07 MWh, peak 120 kW.
		mvc.perform(put("/api/energy/sinks/" + sink + "/profile").with(admin()).with(csrf())
			.contentType("text/csv").content(csv(50, "120")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hourlyProfile").value(true))
			.andExpect(jsonPath("$.annualMwh").value(closeTo(438.07, 1e-6)))
			.andExpect(jsonPath("$.designLoadKw").value(closeTo(120, 1e-9)));
		String back = mvc.perform(get("/api/energy/sinks/" + sink + "/profile").with(admin()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(back.lines()).hasSize(8761).element(1).isEqualTo("0;120.0");

		// Uploaded as a file, it replaces the profile.
		mvc.perform(multipart(HttpMethod.PUT, "/api/energy/sinks/" + sink + "/profile")
			.file(new MockMultipartFile("file", "profil.csv", "text/csv", csv(20).getBytes(StandardCharsets.UTF_8)))
			.with(admin()).with(csrf()))
			.andExpect(status().isOk()).andExpect(jsonPath("$.annualMwh").value(closeTo(175.2, 1e-6)));
		mvc.perform(get("/api/energy/sinks/" + sink + "/matches").with(admin())).andExpect(status().isOk())
			.andExpect(jsonPath("$.sink.annualMwh").value(closeTo(175.2, 1e-6)));
		// Readers may not change it.
		mvc.perform(put("/api/energy/sinks/" + sink + "/profile").with(user("k").roles("CONSULTANT")).with(csrf())
			.contentType("text/csv").content(csv(1))).andExpect(status().isForbidden());
	}

	@Test
	void theRegistrationFormTakesAnHourlyProfileAndABadOneStoresNothing() throws Exception {
		double[] at = spot();
		String name = unique("Datahall med timprofil");
		long sources = count("energy_source");
		long profiles = count("energy_hourly_profile");
		mvc.perform(multipart("/energy/sources")
			.file(new MockMultipartFile("hourlyProfile", "p.csv", "text/csv",
					csv(100, "100", "100", "x").getBytes(StandardCharsets.UTF_8)))
			.param("name", name).param("kind", "INDUSTRY").param("municipalityCode", "2584")
			.param("lat", String.valueOf(at[0])).param("lon", String.valueOf(at[1])).param("temperature", "70")
			.with(admin()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Rad 4, hourlyProfile")))
			.andExpect(content().string(containsString("id=\"source-hourlyProfile-error\"")));
		assertThat(count("energy_source")).isEqualTo(sources);
		assertThat(count("energy_hourly_profile")).isEqualTo(profiles);

		mvc.perform(multipart("/energy/sources")
			.file(new MockMultipartFile("hourlyProfile", "p.csv", "text/csv",
					csv(100).getBytes(StandardCharsets.UTF_8)))
			.param("name", name).param("kind", "INDUSTRY").param("municipalityCode", "2584")
			.param("lat", String.valueOf(at[0])).param("lon", String.valueOf(at[1])).param("temperature", "70")
			.with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/energy"));
		Double annual = jdbc.sql("select annual_mwh from energy_source where name = ?").param(name)
			.query(Double.class).single();
		assertThat(annual).isEqualTo(876.0);
	}

	@Test
	void aSourceSharedByTwoSinksIsSplitHourByHourAndShownOnTheSinkPage() throws Exception {
		double[] at = spot();
		// 100 kW all year; two fish farms of 80 kW, the first about 0.5 km away, the second about 1 km.
		long source = createSource(unique("Industri delad"), at[0], at[1], 876);
		mvc.perform(put("/api/energy/sources/" + source + "/profile").with(admin()).with(csrf())
			.contentType("text/csv").content(csv(100))).andExpect(status().isOk())
			.andExpect(jsonPath("$.annualMwh").value(closeTo(876, 1e-6)));
		long near = createSink(unique("Fiskodling nära"), at[0] + 0.0045, at[1], 700.8);
		long far = createSink(unique("Fiskodling längre bort"), at[0] + 0.009, at[1], 700.8);

		JsonNode merit = json.readTree(mvc.perform(get("/api/energy/sources/" + source + "/allocation")
			.with(admin())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(merit.get("rule").asString()).isEqualTo("MERIT_ORDER");
		assertThat(merit.get("sinks")).hasSize(2);
		JsonNode first = merit.get("sinks").get(0);
		JsonNode second = merit.get("sinks").get(1);
		assertThat(first.get("sinkId").asLong()).isEqualTo(near);
		assertThat(first.get("allocatedMwh").asDouble()).isCloseTo(700.8, org.assertj.core.api.Assertions.within(1e-6));
		// The far one gets what is left after the near one's 80 kW and pipe loss: far less than on its own.
		assertThat(second.get("sinkId").asLong()).isEqualTo(far);
		assertThat(second.get("allocatedMwh").asDouble()).isLessThan(second.get("standAloneMwh").asDouble() / 2);

		JsonNode proportional = json.readTree(mvc.perform(get("/api/energy/sources/" + source + "/allocation")
			.param("rule", "PROPORTIONAL").param("sink", String.valueOf(near)).param("sink", String.valueOf(far))
			.with(admin())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(proportional.get("sinks").get(0).get("allocatedMwh").asDouble()).isLessThan(700.8);
		assertThat(proportional.get("sinks").get(1).get("allocatedMwh").asDouble())
			.isGreaterThan(second.get("allocatedMwh").asDouble());
		mvc.perform(get("/api/energy/shared-sources").with(admin())).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.sourceId == " + source + ")].sinks.length()").value(2));

		// A sink the source cannot reach is refused at the field.
		long distant = createSink(unique("Fiskodling långt bort"), at[0] - 1, at[1], 100);
		mvc.perform(get("/api/energy/sources/" + source + "/allocation").param("sink", String.valueOf(distant))
			.with(admin()))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("sink"));

		mvc.perform(get("/energy/sinks/" + far).with(admin())).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"shared-table\"")))
			.andExpect(content().string(containsString("Delad värmekälla")));
		mvc.perform(get("/energy/sinks/" + far).param("rule", "PROPORTIONAL").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("i proportion till behovet när källan")));
	}

	@Test
	void aSinkLeftShortByItsSharedSourceTakesTheSecondBestSourcesLeftoverThroughASecondPipe() throws Exception {
		// An area of its own (no demo data, other tests draw their spots further north): 100 kW source X with two
		// fish farms of 80 kW about 0.5 and 1 km away, and a 100 kW source Y about 1.5 km beyond the far farm.
		double lat = 66.9 + RANDOM.nextDouble() * 0.05;
		double lon = 20.5 + RANDOM.nextDouble() * 0.5;
		long x = createSource(unique("Industri X"), lat, lon, 876);
		long y = createSource(unique("Industri Y"), lat + 0.0225, lon, 876);
		for (long source : new long[] { x, y }) {
			mvc.perform(put("/api/energy/sources/" + source + "/profile").with(admin()).with(csrf())
				.contentType("text/csv").content(csv(100))).andExpect(status().isOk());
		}
		long near = createSink(unique("Fiskodling nära X"), lat + 0.0045, lon, 700.8);
		long far = createSink(unique("Fiskodling mellan X och Y"), lat + 0.009, lon, 700.8);

		JsonNode dispatch = json.readTree(mvc.perform(get("/api/energy/dispatch").with(admin()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		JsonNode nearResult = null;
		JsonNode farResult = null;
		for (JsonNode sink : dispatch.get("sinks")) {
			if (sink.get("sinkId").asLong() == near) {
				nearResult = sink;
			}
			if (sink.get("sinkId").asLong() == far) {
				farResult = sink;
			}
		}
		assertThat(nearResult).isNotNull();
		assertThat(farResult).isNotNull();
		// The near farm is covered by X. The far one, X's second in merit order, gets little of X but Y's heat.
		assertThat(nearResult.get("primarySourceId").asLong()).isEqualTo(x);
		assertThat(nearResult.get("coverage").asDouble()).isCloseTo(1, within(1e-9));
		assertThat(farResult.get("primarySourceId").asLong()).isEqualTo(x);
		assertThat(farResult.get("fallbackSourceId").asLong()).isEqualTo(y);
		assertThat(farResult.get("coverageWithout").asDouble()).isLessThan(0.5);
		// Y has no sink of its own: the far farm takes its 100 kW less the loss of a 2 km pipe (about 39 kW).
		assertThat(farResult.get("fallbackMwh").asDouble()).isBetween(450.0, 600.0);
		assertThat(farResult.get("coverage").asDouble())
			.isCloseTo(farResult.get("coverageWithout").asDouble() + farResult.get("fallbackMwh").asDouble() / 700.8,
					within(1e-6));
		assertThat(farResult.get("fallbackCostPerMwh").asDouble()).isPositive();
		// The primary shares are those of the shared-source allocation.
		JsonNode merit = json.readTree(mvc.perform(get("/api/energy/sources/" + x + "/allocation").with(admin()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(merit.get("sinks").get(1).get("allocatedMwh").asDouble())
			.isCloseTo(farResult.get("primaryMwh").asDouble(), within(1e-6));

		mvc.perform(get("/energy/sinks/" + far).with(admin())).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"fallback-source\"")))
			.andExpect(content().string(containsString("Med reservkälla")));
	}

	@Test
	void theSinkPageUploadsAProfileAndShowsTheLinesOfABadOne() throws Exception {
		double[] at = spot();
		long sink = createSink(unique("Byggnad"), at[0], at[1], 100);
		mvc.perform(multipart("/energy/sinks/" + sink + "/profile")
			.file(new MockMultipartFile("file", "p.csv", "text/csv", "1\n2\n-3\n".getBytes(StandardCharsets.UTF_8)))
			.with(admin()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Rad 3, hourlyProfile")))
			.andExpect(content().string(containsString("filen har 3 timvärden; en timprofil har 8")));
		assertThat(jdbc.sql("select count(*) from energy_hourly_profile where owner_type = 'SINK' and owner_id = ?")
			.param(sink).query(Long.class).single()).isZero();
		mvc.perform(multipart("/energy/sinks/" + sink + "/profile")
			.file(new MockMultipartFile("file", "p.csv", "text/csv", csv(30).getBytes(StandardCharsets.UTF_8)))
			.with(admin()).with(csrf()))
			.andExpect(redirectedUrlPattern("/energy/sinks/*"));
		mvc.perform(get("/energy/sinks/" + sink).with(admin()))
			.andExpect(content().string(containsString("från en uppladdad timprofil")));
	}
}
