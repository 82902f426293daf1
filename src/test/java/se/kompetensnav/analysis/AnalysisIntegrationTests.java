package se.kompetensnav.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.kompetensnav.analysis.Dashboard.AreaRow;
import se.kompetensnav.analysis.Dashboard.OccupationRow;
import se.kompetensnav.analysis.core.Balance;
import se.kompetensnav.employers.DemandStatistics;
import se.kompetensnav.people.SupplyStatistics;
import se.kompetensnav.taxonomy.Concept;
import se.kompetensnav.taxonomy.ConceptType;
import se.kompetensnav.taxonomy.Taxonomy;
import se.kompetensnav.test.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A hand-built fixture in Arjeplog (2506) and Jokkmokk (2510), two small municipalities the demo data leaves
 * alone, in two SSYK-4 groups (2611 advocates, 2612 judges) that nothing else uses: 3 people in Arjeplog and 12 in
 * Jokkmokk want 2611; 20 people in Arjeplog want 2612; an Arjeplog employer needs 10 in 2611 now.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalysisIntegrationTests {

	static final String ARJEPLOG = "2506";

	static final String JOKKMOKK = "2510";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Taxonomy taxonomy;

	@Autowired
	RegionalAnalysis analysis;

	@Autowired
	SupplyStatistics supply;

	@Autowired
	DemandStatistics demand;

	final JsonMapper json = JsonMapper.builder().build();

	final String marker = "Fixtur" + UUID.randomUUID().toString().substring(0, 8);

	static RequestPostProcessor analyst() {
		return user("analytiker").roles("ANALYST");
	}

	String ssyk4(String code) {
		return taxonomy.byType(ConceptType.SSYK_LEVEL_4).stream().filter(c -> code.equals(c.code()))
			.map(Concept::id).findFirst().orElseThrow();
	}

	@BeforeAll
	void fixture() {
		long unit = insert("insert into org_unit (code, type, name, municipality_code) values (?, 'UNIT', ?, ?)",
				marker.toLowerCase(), marker, ARJEPLOG);
		long programme = insert("insert into ppl_programme (name, unit_id, starts_on, places) values (?, ?, ?, 1000)",
				marker, unit, LocalDate.now().minusYears(1));
		people(programme, unit, ARJEPLOG, ssyk4("2611"), 3);
		people(programme, unit, JOKKMOKK, ssyk4("2611"), 12);
		people(programme, unit, ARJEPLOG, ssyk4("2612"), 20);
		long employerUnit = insert(
				"insert into org_unit (code, type, name, municipality_code) values (?, 'EMPLOYER', ?, ?)",
				marker.toLowerCase() + "-ab", marker + " AB", ARJEPLOG);
		String orgNumber = String.format("%06d-%04d", Math.abs(marker.hashCode()) % 1_000_000,
				Math.abs(marker.hashCode() / 7) % 10_000);
		long org = insert("""
				insert into emp_organisation (unit_id, org_number, name, employees, size_class, municipality_code)
				values (?, ?, ?, 12, 'SMALL', ?)""", employerUnit, orgNumber, marker + " AB", ARJEPLOG);
		insert("""
				insert into emp_critical_function (organisation_id, title, occupation_id, reason, headcount_now,
				  headcount_1y, headcount_3y, headcount_5y)
				values (?, 'Jurist', ?, 'EXPANSION', 10, 12, 15, 20)""", org, ssyk4("2611"));
		// Written in SQL around the modules' services: their maintained summaries are recomputed.
		supply.refresh();
		demand.refresh();
	}

	void people(long programme, long unit, String municipality, String occupation, int n) {
		for (int i = 0; i < n; i++) {
			long id = insert("""
					insert into ppl_participant (programme_id, unit_id, given_name, family_name, birth_date, gender,
					  municipality_code, lm_status, income_source, status, applied_at, entry_date, pseudonym)
					values (?, ?, ?, ?, ?, 'WOMAN', ?, 'UNEMPLOYED', 'NONE', 'ENROLLED', ?, ?, ?)""", programme, unit,
					marker, "Person" + i, LocalDate.of(1990, 1, 1 + i % 28), municipality, Timestamp.valueOf(LocalDateTime.now().minusDays(40)),
					LocalDate.now().minusDays(30), marker + "-" + municipality + "-" + occupation + "-" + i);
			jdbc.sql("insert into ppl_occupation (participant_id, concept_id, kind) values (?, ?, 'WANTED')")
				.params(id, occupation).update();
		}
	}

	long insert(String sql, Object... params) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql(sql).params(params).update(keys, "id");
		return Objects.requireNonNull(keys.getKey()).longValue();
	}

	static OccupationRow row(List<OccupationRow> rows, String code) {
		return rows.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
	}

	@Test
	void aSmallCellIsHiddenAndSoIsTheNeighbourThatTheCountyTotalWouldGiveAway() {
		List<OccupationRow> arjeplog = analysis.dashboard(ARJEPLOG, "261", 0).occupations();
		List<OccupationRow> jokkmokk = analysis.dashboard(JOKKMOKK, "261", 0).occupations();
		List<OccupationRow> county = analysis.dashboard("", "261", 0).occupations();
		// Primary: 3 people in Arjeplog.
		assertThat(row(arjeplog, "2611").supply()).isNull();
		// Secondary along the county: the county's 2611 (15) less Jokkmokk's 12 would give Arjeplog's 3 away, so
		// one of them is hidden too.
		assertThat(row(jokkmokk, "2611").supply() == null || row(county, "2611").supply() == null).isTrue();
		// Secondary along the hierarchy: Arjeplog's 261 (23) less its 2612 (20) would give the 3 away.
		assertThat(row(arjeplog, "2612").supply() == null
				|| analysis.dashboard(ARJEPLOG, "261", 0).groupTotal().supply() == null).isTrue();
		// The index would reveal a hidden supply beside its demand: hidden with it.
		assertThat(row(arjeplog, "2611").balanceIndex()).isNull();
		// No published relation is left with a single hidden member, in any area or level.
		for (String area : List.of("", ARJEPLOG, JOKKMOKK)) {
			for (String group : List.of("", "2", "26", "261")) {
				Dashboard d = analysis.dashboard(area, group, 0);
				assertSupplyAddsUp(d.groupTotal().supply(), d.occupations().stream().map(OccupationRow::supply).toList());
			}
		}
		Dashboard d = analysis.dashboard("", "", 0);
		assertSupplyAddsUp(d.countyTotal().supply(), d.municipalities().stream().map(AreaRow::supply).toList());
	}

	@Test
	void balanceIndexAndShortageAndSurplusListsOnTheFixture() {
		Dashboard d = analysis.dashboard(ARJEPLOG, "", 0);
		// 2611: 3 people against 10 needed: index (3 − 10) / 13 = −0.54, a shortage (the figure itself hidden).
		assertThat(d.shortages()).extracting(OccupationRow::code).contains("2611");
		OccupationRow advocates = row(d.shortages(), "2611");
		assertThat(advocates.demand()).isEqualTo(10);
		assertThat(advocates.balance()).isEqualTo(Balance.Kind.SHORTAGE);
		// 2612: 20 people, nobody needed: index +1, a surplus (its count may be hidden to protect 2611's 3).
		OccupationRow judges = row(d.surpluses(), "2612");
		assertThat(judges.balance()).isEqualTo(Balance.Kind.SURPLUS);
		if (judges.supply() != null) {
			assertThat(judges.supply()).isEqualTo(20L);
			assertThat(judges.balanceIndex()).isEqualTo(1.0);
		}
		else {
			assertThat(judges.balanceIndex()).isNull();
		}
		// Horizons: the need grows to 20 in five years.
		assertThat(row(analysis.dashboard(ARJEPLOG, "", 5).shortages(), "2611").demand()).isEqualTo(20);
	}

	@Test
	void drillDownTotalsAddUpFromCountyToMunicipalityToEveryOccupationLevel() {
		for (int horizon : RegionalAnalysis.HORIZONS) {
			Dashboard county = analysis.dashboard("", "", horizon);
			assertAddsUp(county.countyTotal().demand(), county.municipalities().stream().mapToLong(AreaRow::demand).sum());
			assertAddsUp(county.countyTotal().graduates(),
					county.municipalities().stream().mapToLong(AreaRow::graduates).sum());
			assertSupplyAddsUp(county.countyTotal().supply(),
					county.municipalities().stream().map(AreaRow::supply).toList());
			for (String area : List.of("", ARJEPLOG)) {
				for (String group : List.of("", "2", "26", "261")) {
					Dashboard d = analysis.dashboard(area, group, horizon);
					assertAddsUp(d.groupTotal().demand(), d.occupations().stream().mapToLong(OccupationRow::demand).sum());
					assertAddsUp(d.groupTotal().graduates(),
							d.occupations().stream().mapToLong(OccupationRow::graduates).sum());
					assertSupplyAddsUp(d.groupTotal().supply(), d.occupations().stream().map(OccupationRow::supply).toList());
				}
			}
			// The municipality's all-occupation total is the same figure on both levels.
			Dashboard arjeplog = analysis.dashboard(ARJEPLOG, "", horizon);
			AreaRow inCounty = county.municipalities().stream().filter(r -> r.code().equals(ARJEPLOG)).findFirst()
				.orElseThrow();
			assertThat(arjeplog.groupTotal().demand()).isEqualTo(inCounty.demand());
			assertThat(arjeplog.groupTotal().supply()).isEqualTo(inCounty.supply());
		}
	}

	static void assertAddsUp(long total, long sum) {
		assertThat(sum).isEqualTo(total);
	}

	/** Hidden parts: never exactly one hidden member; all shown: the parts sum to the total. */
	static void assertSupplyAddsUp(Long total, List<Long> parts) {
		long hidden = parts.stream().filter(Objects::isNull).count() + (total == null ? 1 : 0);
		assertThat(hidden).isNotEqualTo(1);
		if (hidden == 0) {
			assertThat(parts.stream().mapToLong(Long::longValue).sum()).isEqualTo(total);
		}
	}

	@Test
	void theAnalystNeverReceivesAPersonLevelRowFromThePageOrTheApi() throws Exception {
		List<String> bodies = new ArrayList<>();
		bodies.add(mvc.perform(get("/analys").param("area", ARJEPLOG).param("group", "261").with(analyst()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		for (String path : List.of("/api/analysis/dashboard", "/api/analysis/occupations", "/api/analysis/shortages",
				"/api/analysis/skills", "/api/analysis/municipalities")) {
			bodies.add(mvc.perform(get(path).param("area", ARJEPLOG).param("group", "261").with(analyst()))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		}
		for (String body : bodies) {
			// Neither the fixture's names and pseudonyms nor any person-level field.
			assertThat(body).doesNotContain(marker).doesNotContainIgnoringCase("pseudonym")
				.doesNotContainIgnoringCase("personnummer").doesNotContain("givenName").doesNotContain("birthDate");
		}
		// The API's rows are counts by area or occupation group, nothing else.
		JsonNode d = json.readTree(bodies.get(1));
		for (JsonNode r : d.get("occupations")) {
			assertThat(r.propertyNames()).containsExactlyInAnyOrder("code", "level", "label", "supply", "graduates",
					"demand", "balanceIndex", "balance");
		}
		// A consultant (who sees people) does not get the regional view; nobody gets it without a role.
		mvc.perform(get("/api/analysis/dashboard").with(user("konsulent").roles("CONSULTANT")))
			.andExpect(status().isForbidden());
	}

	@Test
	void everyViewExportsAsCsvAndXlsxWithTheRowsThePageShows() throws Exception {
		String html = mvc.perform(get("/analys").param("area", ARJEPLOG).param("group", "26").with(analyst()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		for (String view : List.of("areas", "occupations", "shortages", "surpluses", "skills", "trend", "outlook")) {
			List<List<String>> page = table(html, view + "-table");
			byte[] csv = mvc.perform(get("/analys/export/" + view + ".csv").param("area", ARJEPLOG).param("group", "26")
				.with(analyst())).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
			List<List<String>> csvRows = new ArrayList<>();
			for (CSVRecord r : CSVFormat.DEFAULT.parse(new StringReader(new String(csv, StandardCharsets.UTF_8)))) {
				csvRows.add(r.toList());
			}
			byte[] xlsx = mvc.perform(get("/analys/export/" + view + ".xlsx").param("area", ARJEPLOG)
				.param("group", "26").with(analyst())).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsByteArray();
			List<List<String>> xlsxRows = new ArrayList<>();
			try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
				for (Row r : wb.getFirstSheet().read()) {
					List<String> cells = new ArrayList<>();
					for (int c = 0; c < r.getCellCount(); c++) {
						cells.add(r.getCell(c) == null ? "" : xlsxText(r.getCell(c).getRawValue()));
					}
					xlsxRows.add(cells);
				}
			}
			if (page.isEmpty()) {
				assertThat(csvRows).as(view).hasSize(1);
				continue;
			}
			assertThat(csvRows).as(view + " csv").isEqualTo(page);
			assertThat(xlsxRows).as(view + " xlsx").hasSameSizeAs(page);
			for (int i = 0; i < page.size(); i++) {
				assertThat(xlsxRows.get(i)).as(view + " xlsx row " + i).isEqualTo(page.get(i).stream()
					.map(AnalysisIntegrationTests::xlsxText).toList());
			}
		}
		byte[] pdf = mvc.perform(get("/analys/rapport.pdf").param("area", ARJEPLOG).with(analyst()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
	}

	/** Numbers compare by value ("-0,54" on the page, -0.54 in the workbook). */
	static String xlsxText(String s) {
		String n = s.replace(',', '.').replace('−', '-');
		try {
			return new java.math.BigDecimal(n).stripTrailingZeros().toPlainString();
		}
		catch (NumberFormatException e) {
			return s;
		}
	}

	/** The header and body cells of a table on the page, as text. */
	static List<List<String>> table(String html, String id) {
		int start = html.indexOf("id=\"" + id + "\"");
		if (start < 0) {
			return List.of();
		}
		String table = html.substring(start, html.indexOf("</table>", start));
		List<List<String>> rows = new ArrayList<>();
		Matcher tr = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(table);
		while (tr.find()) {
			List<String> cells = new ArrayList<>();
			Matcher td = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL).matcher(tr.group(1));
			while (td.find()) {
				cells.add(org.springframework.web.util.HtmlUtils.htmlUnescape(td.group(1).replaceAll("<[^>]+>", "")
					.trim()));
			}
			rows.add(cells);
		}
		return rows;
	}
}
