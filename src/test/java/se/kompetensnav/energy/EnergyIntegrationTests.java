package se.kompetensnav.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.kompetensnav.test.IntegrationTest;

@IntegrationTest
class EnergyIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	static RequestPostProcessor admin() {
		return user("admin").roles("ADMIN");
	}

	static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	long sinks(String name) {
		return jdbc.sql("select count(*) from energy_sink where name = ?").param(name).query(Long.class).single();
	}

	long sources(String name) {
		return jdbc.sql("select count(*) from energy_source where name = ?").param(name).query(Long.class).single();
	}

	@Test
	void theDemoGreenhouseIsHeatedByTheBodenDataCentreAndOffersTrainingPlaces() throws Exception {
		long id = jdbc.sql("select id from energy_sink where name = 'Växthuset Boden Plug and Play (demo)'")
			.query(Long.class).single();
		mvc.perform(get("/api/energy/sinks/" + id + "/matches").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sink.trainingProgramme").value("Växtzon oändlig"))
			.andExpect(jsonPath("$.sink.trainingPlaces").value(114))
			.andExpect(jsonPath("$.sink.annualMwh").value(Matchers.greaterThan(100.0)))
			.andExpect(jsonPath("$.ranked[0].sourceName").value("Datacenter Boden (demo)"))
			.andExpect(jsonPath("$.excluded[?(@.sourceName == 'Stålverk Luleå (demo)')].reason")
				.value(Matchers.hasItem("OUT_OF_REACH")));
		mvc.perform(get("/api/energy/map").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.municipalities").value(Matchers.hasItems("2580", "2582")));
	}

	@Test
	void aNegativeFloorAreaIsRefusedAtTheFieldAndNothingIsStored() throws Exception {
		String name = unique("Växthus");
		mvc.perform(post("/api/energy/sinks").with(admin()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name":"%s","kind":"GREENHOUSE","municipalityCode":"2582","lat":65.82,"lon":21.68,
					 "temperature":45,"floorArea":-200}""".formatted(name)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("floorArea"));
		assertThat(sinks(name)).isZero();
	}

	@Test
	void anImpossibleTemperatureLiftIsRefusedAndNothingIsStored() throws Exception {
		String name = unique("Datacenter");
		mvc.perform(post("/api/energy/sources").with(admin()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name":"%s","kind":"DATA_CENTRE","municipalityCode":"2582","lat":65.82,"lon":21.68,
					 "temperature":130,"itPowerKw":1000,"outletTemperature":35}""".formatted(name)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("temperature"))
			.andExpect(jsonPath("$.errors[0].code").value("energy.validation.lift"));
		assertThat(sources(name)).isZero();
	}

	@Test
	void aDataCentreDeliversItsRecoveredHeatLiftedByAHeatPump() throws Exception {
		String name = unique("Datacenter");
		// 1000 kW × 0.8 = 800 kW at 35 °C lifted to 45 °C: COP 10.036, delivered 800 × COP/(COP − 1) = 888.5 kW.
		mvc.perform(post("/api/energy/sources").with(admin()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name":"%s","kind":"DATA_CENTRE","municipalityCode":"2582","lat":65.82,"lon":21.68,
					 "temperature":45,"itPowerKw":1000,"outletTemperature":35}""".formatted(name)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.cop").value(Matchers.closeTo(10.036, 0.001)))
			.andExpect(jsonPath("$.annualMwh").value(Matchers.closeTo(888.5 * 8.76, 1)));
	}

	@Test
	void theSinkFormShowsMessagesAtTheFieldsAndStoresNothing() throws Exception {
		String name = unique("Formväxthus");
		String html = mvc.perform(post("/energy/sinks").with(admin()).with(csrf()).param("name", name)
			.param("kind", "GREENHOUSE").param("municipalityCode", "2582").param("lat", "65.82").param("lon", "21.68")
			.param("temperature", "45").param("floorArea", "-5"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("id=\"sink-floorArea-error\"").contains("aria-describedby=\"sink-floorArea-error\"");
		assertThat(sinks(name)).isZero();
	}

	@Test
	void aGreenhouseRegisteredThroughTheFormGetsItsPage() throws Exception {
		String name = unique("Växthus");
		String location = mvc.perform(post("/energy/sinks").with(admin()).with(csrf()).param("name", name)
			.param("kind", "GREENHOUSE").param("municipalityCode", "2582").param("lat", "65.8268")
			.param("lon", "21.6660").param("temperature", "45").param("floorArea", "500")
			.param("trainingProgramme", "Grön arbetsträning").param("trainingPlaces", "12"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(location).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Grön arbetsträning")))
			.andExpect(content().string(Matchers.containsString("id=\"best-source\"")))
			.andExpect(content().string(Matchers.containsString("matches-table")));
		mvc.perform(get("/energy").with(admin())).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(name)));
	}

	@Test
	void consultantsMayReadTheRegisterButNotWriteIt() throws Exception {
		mvc.perform(get("/api/energy/sinks").with(user("konsulent").roles("CONSULTANT"))).andExpect(status().isOk());
		mvc.perform(post("/api/energy/sinks").with(user("konsulent").roles("CONSULTANT")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + unique("Fisk") + "\",\"kind\":\"FISH_FARM\",\"municipalityCode\":\"2582\","
					+ "\"lat\":65.82,\"lon\":21.68,\"temperature\":20,\"annualMwh\":100}"))
			.andExpect(status().isForbidden());
	}
}
