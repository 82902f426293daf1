package se.kompetensnav.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import se.kompetensnav.test.IntegrationTest;

@IntegrationTest
class NetworkIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	MockHttpSession login(String username) throws Exception {
		return (MockHttpSession) mvc
			.perform(post("/login").param("username", username).param("password", "demo").with(csrf()))
			.andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);
	}

	long actorOfUnit(String unitCode) {
		return jdbc.sql("select a.id from net_actor a join org_unit u on u.id = a.unit_id where u.code = ? "
				+ "order by a.id").param(unitCode).query(Long.class).list().getFirst();
	}

	String description(long actorId) {
		return jdbc.sql("select description from net_actor where id = ?").param(actorId).query(String.class).single();
	}

	long denied(String username, String subjectType, long id) {
		return jdbc.sql("select count(*) from audit_log where username = ? and action = 'DENIED' and subject_type = ? "
				+ "and subject_id = ?").params(username, subjectType, String.valueOf(id)).query(Long.class).single();
	}

	static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void anActorEditsOnlyItsOwnProfile() throws Exception {
		MockHttpSession employer = login("arbetsgivare");
		long own = actorOfUnit("demo-stal-boden");
		long other = actorOfUnit("larcentrum-boden");
		String text = unique("Verkstad i Boden");
		mvc.perform(post("/network/actors/" + own).session(employer).with(csrf()).param("name",
				"Bodens Stål och Mekaniska AB (demo)").param("kind", "COMPANY").param("municipalityCode", "2582")
			.param("website", "https://example.org/stal").param("email", "info@example.org").param("description", text))
			.andExpect(redirectedUrl("/network/actors/" + own + "?saved"));
		assertThat(description(own)).isEqualTo(text);

		String before = description(other);
		long deniedBefore = denied("arbetsgivare", "network actor", other);
		mvc.perform(post("/network/actors/" + other).session(employer).with(csrf()).param("name", "Kapat")
			.param("kind", "EDUCATION").param("description", "ändrad av någon annan"))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/network/actors/" + other).session(employer).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Kapat\",\"kind\":\"EDUCATION\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/network/actors/" + other + "/edit").session(employer)).andExpect(status().isForbidden());
		assertThat(description(other)).isEqualTo(before);
		assertThat(denied("arbetsgivare", "network actor", other)).isEqualTo(deniedBefore + 3);

		// The provider edits its own.
		mvc.perform(put("/api/network/actors/" + other).session(login("utbildare")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"name":"Lärcentrum Boden (demo)","kind":"EDUCATION","municipalityCode":"2582",
					 "description":"%s"}""".formatted(before)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.kind").value("EDUCATION"));
	}

	@Test
	void aBadProfileIsRefusedAtItsFieldsAndNothingIsStored() throws Exception {
		MockHttpSession employer = login("arbetsgivare");
		long own = actorOfUnit("demo-stal-boden");
		String before = description(own);
		String html = mvc.perform(post("/network/actors/" + own).session(employer).with(csrf()).param("name", "")
			.param("kind", "COMPANY").param("municipalityCode", "9999").param("website", "ftp://x")
			.param("email", "inte-en-adress").param("description", unique("Ny text")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("id=\"actor-name-error\"").contains("id=\"actor-email-error\"")
			.contains("id=\"actor-website-error\"").contains("id=\"actor-municipalityCode-error\"")
			.contains("aria-describedby=\"actor-email-error\"").contains("Inget sparades");
		assertThat(description(own)).isEqualTo(before);

		mvc.perform(put("/api/network/actors/" + own).session(employer).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"X\",\"kind\":\"SPACESHIP\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("kind"));
		assertThat(description(own)).isEqualTo(before);
	}

	@Test
	void theActorDirectoryIsOpenDataInCsvAndJsonWithASchema() throws Exception {
		String csv = mvc.perform(get("/api/network/directory.csv")).andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines().findFirst().orElseThrow())
			.isEqualTo("id,name,kind,municipality_code,website,email,description,needs,offers,demo");
		assertThat(csv).contains("Grönt industrikluster Norrbotten (demo)");
		mvc.perform(get("/api/network/directory.json")).andExpect(status().isOk())
			.andExpect(jsonPath("$.format").value("kompetensnav-network-directory"))
			.andExpect(jsonPath("$.actors[*].kind").value(Matchers.hasItems("CLUSTER", "COMPANY", "ACADEMIA",
					"EDUCATION", "PUBLIC_BODY", "CIVIL_SOCIETY")))
			.andExpect(jsonPath("$.actors[?(@.name == 'Bodens Stål och Mekaniska AB (demo)')].needs[0]")
				.value(Matchers.hasItem("12 processoperatörer inom åtta veckor (demo)")));
		mvc.perform(get("/api/network/directory.schema.json")).andExpect(status().isOk())
			.andExpect(jsonPath("$.properties.actors.items.required").value(Matchers.hasItems("id", "name", "kind")));
	}

	@Test
	void aRegistrationIsStoredAndAuditedAndABadOneStoresNothing() throws Exception {
		MockHttpSession chef = login("chef");
		long organiser = actorOfUnit("gront-kluster-norrbotten");
		// An admin acts for any actor: a new event with few seats.
		MockHttpSession admin = login("admin");
		String title = unique("Träff");
		mvc.perform(post("/network/events").session(admin).with(csrf()).param("title", title)
			.param("startsAt", LocalDate.now().plusWeeks(2) + "T10:00").param("place", "Boden").param("seats", "0"))
			.andExpect(status().isOk());
		assertThat(jdbc.sql("select count(*) from net_event where title = ?").param(title).query(Long.class).single())
			.isZero();
		long eventId = jdbc.sql("select id from net_event where organiser_id = ? order by id").param(organiser)
			.query(Long.class).list().getFirst();
		long rows = jdbc.sql("select count(*) from net_registration where event_id = ?").param(eventId)
			.query(Long.class).single();

		String html = mvc.perform(post("/network/events/" + eventId + "/registrations").session(chef).with(csrf())
			.param("attendeeName", "Chef Chefsson").param("email", "inte en adress"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("id=\"register-" + eventId + "-email-error\"");
		assertThat(jdbc.sql("select count(*) from net_registration where event_id = ?").param(eventId)
			.query(Long.class).single()).isEqualTo(rows);

		mvc.perform(post("/network/events/" + eventId + "/registrations").session(chef).with(csrf())
			.param("attendeeName", "Chef Chefsson").param("email", "chef@example.org"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from audit_log where username = 'chef' and action = 'CREATE' "
				+ "and subject_type = 'event registration'").query(Long.class).single()).isPositive();
	}

	@Test
	void anActorAsksAnotherForAMeetingAndOnlyTheAddresseeAnswers() throws Exception {
		MockHttpSession employer = login("arbetsgivare");
		long school = actorOfUnit("larcentrum-boden");
		String subject = unique("Kortkurs för processoperatörer");
		mvc.perform(post("/network/actors/" + school + "/meetings").session(employer).with(csrf())
			.param("subject", subject).param("proposedDate", LocalDate.now().plusDays(10).toString()))
			.andExpect(redirectedUrl("/network/actors/" + school + "?requested"));
		long id = jdbc.sql("select id from net_meeting where subject = ?").param(subject).query(Long.class).single();
		mvc.perform(post("/network/meetings/" + id).session(employer).with(csrf()).param("accept", "true"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/network/meetings/" + id).session(login("utbildare")).with(csrf()).param("accept", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select status from net_meeting where id = ?").param(id).query(String.class).single())
			.isEqualTo("ACCEPTED");
	}

	@Test
	void aProjectNamesItsFunderAndABadPeriodStoresNothing() throws Exception {
		MockHttpSession employer = login("arbetsgivare");
		String name = unique("Projekt");
		mvc.perform(post("/network/projects").session(employer).with(csrf()).param("name", name)
			.param("funder", "JTF").param("startDate", "2027-01-01").param("endDate", "2026-01-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"project-endDate-error\"")));
		assertThat(jdbc.sql("select count(*) from net_project where name = ?").param(name).query(Long.class).single())
			.isZero();
		mvc.perform(post("/network/projects").session(employer).with(csrf()).param("name", name)
			.param("funder", "JTF").param("startDate", "2027-01-01").param("endDate", "2028-01-01")
			.param("partners", String.valueOf(actorOfUnit("larcentrum-boden"))))
			.andExpect(redirectedUrl("/network#projects"));
		String html = mvc.perform(get("/network").session(employer)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains(name).contains("Fonden för en rättvis omställning").contains("ESF+")
			.contains("Regionalfonden");
	}
}
