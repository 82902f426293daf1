package se.kompetensnav.effects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.kompetensnav.effects.internal.EffectCalculations;
import se.kompetensnav.effects.model.ActivityKind;
import se.kompetensnav.effects.model.Actor;
import se.kompetensnav.effects.model.EffectReport;
import se.kompetensnav.effects.model.LedgerInput;
import se.kompetensnav.effects.model.ParticipantLedger;
import se.kompetensnav.effects.model.Rates;
import se.kompetensnav.effects.model.Situation;
import se.kompetensnav.effects.model.Sroi;
import se.kompetensnav.test.IntegrationTest;

/**
 * The programme effect report from the outcomes recorded in the people module: its figures are the model's for
 * those outcomes (and follow a changed outcome), it survives culling, only the owning unit's managers and analysts
 * and admins see it, it holds no person, and its PDF says what the page says.
 */
@IntegrationTest
class ProgrammeEffectsIntegrationTests {

	static final LocalDate ENTRY = LocalDate.of(2025, 1, 10);

	static final LocalDate EXIT = LocalDate.of(2025, 7, 10);

	/** No SROI adjustment and no drop-off, so that the figures are the plain ledger of the recorded outcomes. */
	static final String PLAIN = """
			{"year": 2025, "years": 2, "deadweight": 0, "displacement": 0, "attribution": 0, "dropOff": 0,
			 "discountRate": 0.035}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EffectCalculations calculations;

	RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username));
	}

	long programme(String unitCode, String name) {
		long unit = jdbc.sql("select id from org_unit where code = ?").param(unitCode).query(Long.class).single();
		jdbc.sql("insert into ppl_programme (name, unit_id, starts_on, places) values (?, ?, ?, 10)")
			.params(name, unit, java.sql.Date.valueOf(LocalDate.of(2014, 1, 1))).update();
		return jdbc.sql("select id from ppl_programme where name = ?").param(name).query(Long.class).single();
	}

	String postJson(String url, String body, String username, int status) throws Exception {
		return mvc.perform(post(url).with(as(username)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
	}

	/** Enrols a participant (born 1990-04-01) and returns their id. */
	int enrol(long programme, String family, String status, String income, LocalDate entry) throws Exception {
		String created = postJson("/api/participants", """
				{"programmeId": %d, "givenName": "Effekt", "familyName": "%s", "birthDate": "1990-04-01",
				 "gender": "WOMAN", "municipalityCode": "2582", "sunLevel": "UPPER_SECONDARY",
				 "labourMarketStatus": "%s", "unemployedSince": "2014-06-01", "incomeSource": "%s", "entryDate": "%s"}"""
			.formatted(programme, family, status, income, entry), "konsulent", 201);
		return JsonPath.read(created, "$.id");
	}

	void activity(int participant, String type, int hours) throws Exception {
		postJson("/api/participants/" + participant + "/activities", """
				{"type": "%s", "title": "Insats %s", "startsOn": "%s", "hours": "%d"}"""
			.formatted(type, type, ENTRY.plusDays(5), hours), "konsulent", 201);
	}

	/** Exits the participant and returns the id of the four-week follow-up. */
	int exit(int participant, LocalDate on, String situation) throws Exception {
		String view = postJson("/api/participants/" + participant + "/exit",
				"{\"exitDate\": \"" + on + "\", \"situation\": \"" + situation + "\"}", "konsulent", 200);
		List<Integer> ids = JsonPath.read(view, "$.followUps[?(@.kind == 'WEEKS_4')].id");
		return ids.getFirst();
	}

	MvcResult report(long programme, String username) throws Exception {
		return mvc.perform(post("/api/effects/programmes/" + programme + "/reports").with(as(username)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(PLAIN)).andExpect(status().isCreated()).andReturn();
	}

	static double read(MvcResult result, String path) throws Exception {
		return ((Number) JsonPath.read(result.getResponse().getContentAsString(), path)).doubleValue();
	}

	static long id(MvcResult result) throws Exception {
		return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
	}

	/** What the model gives for these ledger inputs with the shipped 2025 parameters, as the report was asked. */
	EffectReport expected(LedgerInput... inputs) {
		Rates r = EffectCalculations.rates(2025, calculations.snapshot(2025));
		List<ParticipantLedger> ledgers = new ArrayList<>();
		for (LedgerInput in : inputs) {
			ledgers.add(ParticipantLedger.of(in, in.entryDate().plusDays(365L * 2), 2, 0, r));
		}
		return ParticipantLedger.programme(ledgers, 2, Sroi.Adjustments.NONE, 0.035);
	}

	static void assertFigures(MvcResult result, EffectReport expected) throws Exception {
		assertThat(read(result, "$.programme.report.investment.MUNICIPALITY"))
			.isCloseTo(expected.investment().get(Actor.MUNICIPALITY), within(0.01));
		for (Actor a : Actor.values()) {
			assertThat(read(result, "$.programme.report.presentValue." + a.name())).as(a.name())
				.isCloseTo(expected.presentValue().get(a), within(0.01));
		}
		assertThat(read(result, "$.programme.report.sroi.netPresentValue"))
			.isCloseTo(expected.sroi().netPresentValue(), within(0.01));
	}

	@Test
	void theReportFollowsTheRecordedOutcomesAndAChangedOutcomeChangesIt() throws Exception {
		String name = "Effekter " + UUID.randomUUID();
		long programme = programme("jobbcenter-boden", name);
		// On income support, to work on leaving; sick-listed, to studies on leaving.
		int a = enrol(programme, "A-" + name, "UNEMPLOYED", "FORSORJNINGSSTOD", ENTRY);
		activity(a, "GUIDANCE", 20);
		activity(a, "INTERNSHIP", 160);
		activity(a, "HEALTH", 10);
		int fourWeeksA = exit(a, EXIT, "EMPLOYED");
		int b = enrol(programme, "B-" + name, "INACTIVE", "SJUKPENNING", ENTRY);
		activity(b, "COURSE", 80);
		exit(b, EXIT, "IN_EDUCATION");
		// On the waiting list: no entry date, no ledger.
		jdbc.sql("update ppl_programme set places = 0 where id = ?").param(programme).update();
		postJson("/api/participants", """
				{"programmeId": %d, "givenName": "Kö", "familyName": "C-%s", "birthDate": "1990-04-01",
				 "gender": "MAN", "labourMarketStatus": "INACTIVE", "incomeSource": "NONE"}"""
			.formatted(programme, name), "konsulent", 201);

		LedgerInput inA = new LedgerInput("a", 34, ENTRY, Situation.JOB_SEEKING,
				List.of(new LedgerInput.FollowUp(EXIT, Situation.WORK)),
				Map.of(ActivityKind.CONSULTANT, 20.0, ActivityKind.INTERNSHIP, 160.0));
		LedgerInput inB = new LedgerInput("b", 34, ENTRY, Situation.SICK_LISTED,
				List.of(new LedgerInput.FollowUp(EXIT, Situation.STUDIES)), Map.of(ActivityKind.COURSE, 80.0));
		MvcResult first = report(programme, "chef");
		assertThat(read(first, "$.programme.participants")).isEqualTo(2);
		assertThat(read(first, "$.programmeId")).isEqualTo(programme);
		EffectReport before = expected(inA, inB);
		assertFigures(first, before);
		// 20 consultant hours, 4 internship weeks and 2 course weeks at the 2025 unit costs: the municipality pays.
		Rates r = EffectCalculations.rates(2025, calculations.snapshot(2025));
		assertThat(read(first, "$.programme.report.investment.MUNICIPALITY")).isCloseTo(
				20 * r.get(Rates.CONSULTANT_HOUR) + 4 * r.get(Rates.INTERNSHIP_WEEK) + 2 * r.get(Rates.COURSE_WEEK),
				within(0.01));
		assertThat(read(first, "$.programme.outcomes.latest.WORK")).isEqualTo(1);
		assertThat(read(first, "$.programme.outcomes.atEntry.SICK_LISTED")).isEqualTo(1);

		// Four weeks after leaving A is job seeking again: the gain of work lasts 28 days, not to the horizon.
		postJson("/api/participants/" + a + "/follow-ups/" + fourWeeksA,
				"{\"doneOn\": \"" + EXIT.plusDays(30) + "\", \"situation\": \"JOB_SEARCHING\"}", "konsulent", 200);
		MvcResult second = report(programme, "chef");
		LedgerInput changedA = new LedgerInput("a", 34, ENTRY, Situation.JOB_SEEKING,
				List.of(new LedgerInput.FollowUp(EXIT, Situation.WORK),
						new LedgerInput.FollowUp(EXIT.plusDays(28), Situation.JOB_SEEKING)),
				inA.activityHours());
		EffectReport after = expected(changedA, inB);
		assertFigures(second, after);
		assertThat(after.presentValue().get(Actor.MUNICIPALITY))
			.isLessThan(before.presentValue().get(Actor.MUNICIPALITY) - 50_000);

		// The first report is kept as it was computed.
		MvcResult stored = mvc.perform(get("/api/effects/calculations/" + id(first)).with(as("chef")))
			.andExpect(status().isOk()).andReturn();
		assertFigures(stored, before);
	}

	@Test
	void culledParticipationsKeepTheirIncomeAndHoursSoTheReportStaysTheSame() throws Exception {
		String name = "Gallrat program " + UUID.randomUUID();
		long programme = programme("jobbcenter-boden", name);
		LocalDate entry = LocalDate.of(2015, 1, 12);
		int p = enrol(programme, "G-" + name, "INACTIVE", "AKTIVITETSERSATTNING", entry);
		activity(p, "GUIDANCE", 30);
		activity(p, "COURSE", 120);
		exit(p, LocalDate.of(2015, 6, 1), "EMPLOYED");
		MvcResult before = report(programme, "chef");

		mvc.perform(post("/api/people/culling").with(as("chef")).with(csrf())).andExpect(status().isOk());
		assertThat(jdbc.sql("select count(*) from ppl_participant where programme_id = ?").param(programme)
			.query(Integer.class).single()).as("the participation is culled").isZero();
		assertThat(jdbc.sql("select income_source || ' ' || activity_hours from ppl_statistical_record "
				+ "where programme_id = ?").param(programme).query(String.class).single())
			.isEqualTo("AKTIVITETSERSATTNING GUIDANCE=30.0;COURSE=120.0");

		MvcResult after = report(programme, "chef");
		assertThat(read(after, "$.programme.participants")).isEqualTo(1);
		for (String path : List.of("$.programme.report.investment.MUNICIPALITY",
				"$.programme.report.presentValue.FORSAKRINGSKASSAN", "$.programme.report.sroi.presentValue")) {
			assertThat(read(after, path)).as(path).isCloseTo(read(before, path), within(0.01));
		}
		assertThat(read(after, "$.programme.report.presentValue.FORSAKRINGSKASSAN")).as("no activity compensation")
			.isGreaterThan(0);
	}

	@Test
	void onlyManagersAndAnalystsOfTheOwningUnitAndAdminsSeeTheReport() throws Exception {
		String name = "Behörighet " + UUID.randomUUID();
		long programme = programme("jobbcenter-boden", name);
		int p = enrol(programme, "Beh-" + name, "UNEMPLOYED", "FORSORJNINGSSTOD", ENTRY);
		exit(p, EXIT, "EMPLOYED");
		long lulea = jdbc.sql("select id from ppl_programme where name = 'Arbetsmarknadsinsats Luleå (demo)'")
			.query(Long.class).single();

		long report = id(report(programme, "chef"));
		// One participant: the unit's manager sees the report, but to the analyst and the admin it would reveal that
		// person's outcome. They are refused at the field, and the stored report does not exist for them.
		for (String who : List.of("analytiker", "admin")) {
			mvc.perform(post("/api/effects/programmes/" + programme + "/reports").with(as(who)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content(PLAIN)).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("participants"))
				.andExpect(jsonPath("$.errors[0].text").value(org.hamcrest.Matchers.containsString("1 deltagare")));
			mvc.perform(get("/api/effects/calculations/" + report).with(as(who))).andExpect(status().isNotFound());
			String recent = mvc.perform(get("/api/effects/calculations").with(as(who))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
			assertThat(JsonPath.<List<Integer>>read(recent, "$[*].id")).doesNotContain((int) report);
		}
		assertThat(mvc.perform(post("/effects/programmes/" + programme + "/report").with(as("analytiker"))
			.with(csrf()).param("years", "2")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("participants-" + programme + "-error")
			.contains("Under 5 visas en programrapport bara för enhetens chef");
		// From five participants on, everyone who may see the programme's figures reads the report.
		for (int i = 0; i < 4; i++) {
			exit(enrol(programme, "Beh" + i + "-" + name, "UNEMPLOYED", "FORSORJNINGSSTOD", ENTRY), EXIT, "EMPLOYED");
		}
		long larger = id(report(programme, "analytiker"));
		id(report(programme, "admin"));
		mvc.perform(get("/api/effects/calculations/" + larger).with(as("analytiker"))).andExpect(status().isOk());
		mvc.perform(get("/effects/calculations/" + larger + "/report.pdf").with(as("admin"))).andExpect(status().isOk());
		mvc.perform(get("/api/effects/calculations/" + report).with(as("analytiker"))).andExpect(status().isNotFound());

		// The consultant works with the participants, but the programme report is not theirs.
		mvc.perform(post("/api/effects/programmes/" + programme + "/reports").with(as("konsulent")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(PLAIN)).andExpect(status().isNotFound());
		mvc.perform(get("/api/effects/calculations/" + report).with(as("konsulent"))).andExpect(status().isNotFound());
		mvc.perform(get("/effects/calculations/" + report + "/report.pdf").with(as("konsulent")))
			.andExpect(status().isNotFound());
		assertThat(jdbc.sql("select count(*) from audit_log where username = 'konsulent' and action = 'DENIED' "
				+ "and subject_type = 'programme' and subject_id = ?").param(String.valueOf(programme))
			.query(Integer.class).single()).isGreaterThanOrEqualTo(3);
		String konsulentList = mvc.perform(get("/api/effects/programmes").with(as("konsulent")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(konsulentList).isEqualTo("[]");
		String recent = mvc.perform(get("/api/effects/calculations").with(as("konsulent"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<Integer>>read(recent, "$[*].id")).doesNotContain((int) report);

		// The Boden manager does not see Luleå's programme; the region's analyst sees both.
		String chefList = mvc.perform(get("/api/effects/programmes").with(as("chef"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<Integer>>read(chefList, "$[*].id")).contains((int) programme)
			.doesNotContain((int) lulea);
		mvc.perform(post("/api/effects/programmes/" + lulea + "/reports").with(as("chef")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(PLAIN)).andExpect(status().isNotFound());
		String analystList = mvc.perform(get("/api/effects/programmes").with(as("analytiker")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<Integer>>read(analystList, "$[*].id")).contains((int) programme, (int) lulea);
		mvc.perform(get("/effects/programmes").with(as("arbetsgivare"))).andExpect(status().isForbidden());

		// Aggregated only: no pseudonym, name or date of birth in the stored report, the page or the CSV.
		String pseudonym = jdbc.sql("select pseudonym from ppl_participant where id = ?").param(p)
			.query(String.class).single();
		String json = mvc.perform(get("/api/effects/calculations/" + report).with(as("chef")))
			.andReturn().getResponse().getContentAsString();
		String page = mvc.perform(get("/effects/calculations/" + report).with(as("chef")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String csv = mvc.perform(get("/effects/calculations/" + report + "/report.csv").with(as("chef")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		for (String text : List.of(json, page, csv)) {
			assertThat(text).doesNotContain(pseudonym, "Beh-" + name, "1990-04-01");
		}
	}

	@Test
	void thePdfSaysWhatThePageSays() throws Exception {
		String name = "PDF-program " + UUID.randomUUID();
		long programme = programme("jobbcenter-boden", name);
		int p = enrol(programme, "P-" + name, "UNEMPLOYED", "FORSORJNINGSSTOD", ENTRY);
		activity(p, "GUIDANCE", 40);
		exit(p, EXIT, "EMPLOYED");
		// From the page: the list of programmes, the button, the report.
		String list = mvc.perform(get("/effects/programmes").with(as("chef"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(list).contains(name, "compute-" + programme);
		String location = mvc.perform(post("/effects/programmes/" + programme + "/report").with(as("chef")).with(csrf())
			.param("years", "3")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/effects/calculations/*")).andReturn().getResponse().getRedirectedUrl();
		String page = normalise(mvc.perform(get(location).with(as("chef"))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString());
		assertThat(page).contains("id=\"years-chart\"", "id=\"who-pays-chart\"", "id=\"table-outcomes\"");

		byte[] pdf = mvc.perform(get(location + "/report.pdf").with(as("chef"))).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf")).andReturn().getResponse()
			.getContentAsByteArray();
		PdfReader reader = new PdfReader(pdf);
		StringBuilder text = new StringBuilder();
		PdfTextExtractor extractor = new PdfTextExtractor(reader);
		for (int i = 1; i <= reader.getNumberOfPages(); i++) {
			text.append(extractor.getTextFromPage(i)).append('\n');
		}
		reader.close();
		// The extractor renders a no-break space as two spaces.
		String pdfText = normalise(text.toString()).replaceAll(" {2,}", " ");
		assertThat(pdfText).contains(name, "prisår " + java.time.Year.now().getValue());
		for (String fact : List.of("participants", "investment", "pv", "npv", "ratio", "payback")) {
			Matcher m = Pattern.compile("id=\"fact-" + fact + "\">([^<]+)<").matcher(page);
			assertThat(m.find()).as(fact).isTrue();
			assertThat(pdfText).as("fact %s", fact).contains(m.group(1).strip());
		}
		// Every row of "who pays, who gains" and of the yearly table, figure by figure.
		for (String table : List.of("actors", "years")) {
			Matcher t = Pattern.compile("id=\"table-" + table + "\".*?<tbody>(.*?)</tbody>", Pattern.DOTALL)
				.matcher(page);
			assertThat(t.find()).isTrue();
			Matcher cell = Pattern.compile("<t[dh][^>]*>([^<]*)</t[dh]>").matcher(t.group(1));
			int cells = 0;
			while (cell.find()) {
				String value = cell.group(1).strip();
				// Figures only: a long row name wraps inside its PDF cell.
				if (value.matches("-?[0-9][0-9 ]*")) {
					assertThat(pdfText).as("cell of %s", table).contains(value);
					cells++;
				}
			}
			assertThat(cells).isGreaterThan(10);
		}
		assertThat(pdfText).contains("Kommunen", "Regionen", "Arbetsförmedlingen", "Försäkringskassan", "Individen");
	}

	/** Spaces and minus signs as plain characters; HTML entities of the page decoded. */
	static String normalise(String s) {
		return s.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2212', '-').replace("&#39;", "'")
			.replace("&amp;", "&").replace("&quot;", "\"");
	}
}
