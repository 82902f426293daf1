package se.kompetensnav.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import se.kompetensnav.test.IntegrationTest;

/** Loggkontroll: scoping by unit, the filters, paging and the audited CSV export. */
@IntegrationTest
class AuditReviewIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Units units;

	/** Writes an entry as if the named demo user had read a person's data at the given time. */
	private void entry(String username, String unitCode, String personRef, LocalDateTime at) {
		long userId = jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
		long unitId = units.findByCode(unitCode).orElseThrow().id();
		jdbc.sql("""
				insert into audit_log (at, user_id, username, unit_id, action, subject_type, subject_id, person_ref, purpose)
				values (?, ?, ?, ?, 'READ', 'participant', ?, ?, 'case work')""")
			.params(Timestamp.valueOf(at), userId, username, unitId, personRef, personRef).update();
	}

	private static String person() {
		return "p-" + UUID.randomUUID().toString().substring(0, 12);
	}

	@Test
	void aUnitManagerSeesTheirUnitButNotAnotherUnit() throws Exception {
		String person = person();
		entry("konsulent", "jobbcenter-boden", person, LocalDateTime.now().minusHours(1));
		entry("konsulent.lulea", "arbetsmarknad-lulea", person, LocalDateTime.now().minusHours(2));

		MockHttpSession chef = Logins.login(mvc, "chef");
		mvc.perform(get("/api/audit").param("person", person).session(chef))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.rows[0].entry.username").value("konsulent"))
			.andExpect(jsonPath("$.rows[0].unitName").value("Jobbcenter, Bodens kommun"));
		String page = mvc.perform(get("/audit").param("person", person).session(chef)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("konsulent").doesNotContain("konsulent.lulea");

		// The admin reviews everything.
		MockHttpSession admin = Logins.login(mvc, "admin");
		mvc.perform(get("/api/audit").param("person", person).session(admin))
			.andExpect(jsonPath("$.total").value(2));
	}

	@Test
	void filtersByUserAndPeriod() throws Exception {
		String person = person();
		entry("konsulent", "jobbcenter-boden", person, LocalDateTime.of(2024, 3, 1, 10, 0));
		entry("konsulent", "jobbcenter-boden", person, LocalDateTime.of(2024, 3, 15, 23, 30));
		entry("konsulent", "jobbcenter-boden", person, LocalDateTime.of(2024, 4, 2, 8, 0));
		entry("chef", "jobbcenter-boden", person, LocalDateTime.of(2024, 3, 10, 9, 0));
		MockHttpSession chef = Logins.login(mvc, "chef");

		mvc.perform(get("/api/audit").param("person", person).session(chef)).andExpect(jsonPath("$.total").value(4));
		mvc.perform(get("/api/audit").param("person", person).param("user", "konsulent").session(chef))
			.andExpect(jsonPath("$.total").value(3));
		// Both ends of the period are whole days, inclusive.
		mvc.perform(get("/api/audit").param("person", person).param("user", "konsulent").param("from", "2024-03-01")
			.param("to", "2024-03-15").session(chef))
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.rows[0].entry.at").value(org.hamcrest.Matchers.startsWith("2024-03-15")));
		mvc.perform(get("/api/audit").param("person", person).param("from", "2024-04-01").session(chef))
			.andExpect(jsonPath("$.total").value(1));
	}

	@Test
	void pagesHoldFiftyEntriesNewestFirst() throws Exception {
		String person = person();
		LocalDateTime start = LocalDateTime.of(2023, 1, 1, 12, 0);
		for (int i = 0; i < 55; i++) {
			entry("konsulent", "jobbcenter-boden", person, start.plusMinutes(i));
		}
		MockHttpSession chef = Logins.login(mvc, "chef");
		mvc.perform(get("/api/audit").param("person", person).session(chef))
			.andExpect(jsonPath("$.total").value(55))
			.andExpect(jsonPath("$.rows.length()").value(50))
			.andExpect(jsonPath("$.rows[0].entry.at").value(org.hamcrest.Matchers.startsWith("2023-01-01T")));
		mvc.perform(get("/api/audit").param("person", person).param("page", "1").session(chef))
			.andExpect(jsonPath("$.rows.length()").value(5));
		String page = mvc.perform(get("/audit").param("person", person).param("page", "1").session(chef))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Sida 2 av 2").contains("page=0");
	}

	@Test
	void invalidDatesAreShownAtTheFields() throws Exception {
		MockHttpSession chef = Logins.login(mvc, "chef");
		String page = mvc.perform(get("/audit").param("from", "2024-05-01").param("to", "2024-04-01").session(chef))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"audit-to-error\"").contains("får inte vara före från-datumet");
		mvc.perform(get("/api/audit").param("from", "1 maj").session(chef))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("from"));
	}

	@Test
	void theCsvExportHoldsTheScopedEntriesAndIsItselfAudited() throws Exception {
		String person = person();
		entry("konsulent", "jobbcenter-boden", person, LocalDateTime.now().minusMinutes(5));
		entry("konsulent.lulea", "arbetsmarknad-lulea", person, LocalDateTime.now().minusMinutes(6));
		MockHttpSession chef = Logins.login(mvc, "chef");
		byte[] body = mvc.perform(get("/audit/export.csv").param("person", person).session(chef))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(new MediaType("text", "csv")))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
			.andReturn().getResponse().getContentAsByteArray();
		String csv = new String(body, StandardCharsets.UTF_8).replace("\uFEFF", "");
		List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(csv)).getRecords();
		assertThat(records).hasSize(1);
		assertThat(records.getFirst().get("username")).isEqualTo("konsulent");
		assertThat(records.getFirst().get("unit")).isEqualTo("Jobbcenter, Bodens kommun");
		assertThat(records.getFirst().get("person_ref")).isEqualTo(person);

		assertThat(jdbc.sql("select count(*) from audit_log where action = 'EXPORT' and username = 'chef' "
				+ "and subject_type = 'audit_log' and person_ref = ?").param(person).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void onlyAdminsAndUnitManagersReviewTheLog() throws Exception {
		MockHttpSession konsulent = Logins.login(mvc, "konsulent");
		mvc.perform(get("/audit").session(konsulent)).andExpect(status().isForbidden());
		mvc.perform(get("/audit/export.csv").session(konsulent)).andExpect(status().isForbidden());
		mvc.perform(get("/api/audit").session(konsulent))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(403));
	}

	@Test
	void readingAUserAccountIsAudited() throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin");
		long id = jdbc.sql("select id from app_user where username = 'utbildare'").query(Long.class).single();
		long before = count(id);
		mvc.perform(get("/admin/users/" + id).session(admin)).andExpect(status().isOk());
		assertThat(count(id)).isEqualTo(before + 1);
		// A write and its audit row commit together; a refused write leaves neither.
		mvc.perform(post("/admin/users/" + id).session(admin).with(csrf()).param("displayName", "")
			.param("roles", "PROVIDER")).andExpect(status().isOk());
		assertThat(jdbc.sql("select count(*) from audit_log where subject_type = 'user' and subject_id = ? "
				+ "and action = 'UPDATE'").param(String.valueOf(id)).query(Long.class).single()).isZero();
	}

	private long count(long userId) {
		return jdbc.sql("select count(*) from audit_log where subject_type = 'user' and subject_id = ? and action = 'READ'")
			.param(String.valueOf(userId)).query(Long.class).single();
	}
}
