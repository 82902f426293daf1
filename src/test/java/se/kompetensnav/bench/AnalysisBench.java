package se.kompetensnav.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import se.kompetensnav.analysis.core.Suppression;
import se.kompetensnav.analysis.core.Suppression.Relation;
import se.kompetensnav.education.internal.JdbcGraduateSupply;
import se.kompetensnav.employers.DemandStatistics;
import se.kompetensnav.employers.internal.DemandSummary;
import se.kompetensnav.employers.internal.GroupByDemandStatistics;
import se.kompetensnav.employers.internal.SummaryDemandStatistics;
import se.kompetensnav.people.SupplyStatistics;
import se.kompetensnav.people.internal.GroupBySupplyStatistics;
import se.kompetensnav.people.internal.SummarySupplyStatistics;
import se.kompetensnav.people.internal.SupplySummary;

/**
 * A large region in the database, on H2 (in memory, PostgreSQL mode) and on PostgreSQL (127.0.0.1:5432/test, own
 * schema): 1,000,000 participants over Norrbotten's 14 municipalities with 1.5 occupations and 2 skills each,
 * 200,000 critical functions (2 MUST skills each) at 1,000 employers and 200,000 open opportunities, 2,000 courses
 * with starts. The rows are generated in the database (INSERT ... SELECT over a number series, in chunks), the
 * maintained summaries are then built by their own bulk rebuild (the code path of the first start), and the
 * dashboard's queries are timed three ways in the same run:
 * <ul>
 * <li>baseline: the naive way, every (person, occupation, municipality) row of a 10 % sample loaded into memory
 * and counted there, scaled to the whole;</li>
 * <li>GROUP BY over the base tables (people's and employers' statistics as they were before the summaries, and
 * still the definition the summaries must equal);</li>
 * <li>the maintained summaries (the application's {@code SupplyStatistics} and {@code DemandStatistics}).</li>
 * </ul>
 * It also times the upkeep of one participant write (the summary kept in step) beside the same write alone.
 * <p>
 * Usage: {@code ./mvnw -q -B test-compile exec:exec -Dbench=AnalysisBench}; system properties {@code -Dpeople=...}
 * (both databases), {@code -Dh2people=...}, {@code -Dpg=jdbc:postgresql://...} or {@code -Dpg=none},
 * {@code -Dh2=false}, {@code -Dverbose=true} (generation steps) take effect when the class is run with java
 * directly (exec:exec does not pass them on).
 */
public final class AnalysisBench {

	static final String[] MUNICIPALITIES = { "2505", "2506", "2510", "2513", "2514", "2518", "2521", "2523", "2560",
			"2580", "2581", "2582", "2583", "2584" };

	static final int OCCUPATIONS = 400;

	static final int SKILLS = 2000;

	/** Rows per INSERT ... SELECT: keeps each statement's undo log small (H2 holds it in memory). */
	static final int CHUNK = 100_000;

	static int PEOPLE;

	static int NEEDS;

	static int OPPORTUNITIES;

	static int SAMPLE;

	/** people; needs and opportunities a fifth each (200,000 of each for a million people); a 10 % sample. */
	static void scale(int people) {
		PEOPLE = people;
		NEEDS = people / 5;
		OPPORTUNITIES = people / 5;
		SAMPLE = people / 10;
		System.out.printf(Locale.ROOT, "%nscale: %,d people, %,d needs, %,d opportunities%n", PEOPLE, NEEDS,
				OPPORTUNITIES);
	}

	public static void main(String[] args) throws Exception {
		int people = Integer.getInteger("people", 1_000_000);
		if (!"false".equals(System.getProperty("h2"))) {
			scale(Integer.getInteger("h2people", people));
			run("H2", "jdbc:h2:mem:analysisbench;MODE=PostgreSQL;DB_CLOSE_DELAY=-1", "sa", "", "h2", null);
		}
		String pg = System.getProperty("pg", "jdbc:postgresql://127.0.0.1:5432/test");
		if (!"none".equals(pg)) {
			try (Connection c = DriverManager.getConnection(pg, "postgres", "");
					Statement s = c.createStatement()) {
				s.execute("drop schema if exists analysis_bench cascade");
				s.execute("create schema analysis_bench");
			}
			try {
				scale(people);
				run("PostgreSQL", pg + (pg.contains("?") ? "&" : "?") + "currentSchema=analysis_bench", "postgres", "",
						"postgresql", "analysis_bench");
			}
			finally {
				try (Connection c = DriverManager.getConnection(pg, "postgres", "");
						Statement s = c.createStatement()) {
					s.execute("drop schema if exists analysis_bench cascade");
				}
			}
		}
	}

	record Timing(String what, double groupBy, double summary) {
	}

	static void run(String name, String url, String user, String password, String vendor, String schema)
			throws SQLException {
		Connection connection = DriverManager.getConnection(url, user, password);
		SingleConnectionDataSource ds = new SingleConnectionDataSource(connection, true);
		var flyway = Flyway.configure().dataSource(ds).outOfOrder(true)
			.locations("classpath:db/migration/common", "classpath:db/migration/" + vendor);
		if (schema != null) {
			flyway.schemas(schema).defaultSchema(schema);
		}
		flyway.load().migrate();
		JdbcClient jdbc = JdbcClient.create(ds);
		long t0 = System.nanoTime();
		generate(jdbc, vendor.equals("h2"));
		double generated = (System.nanoTime() - t0) / 1e9;
		Clock clock = Clock.systemDefaultZone();
		LocalDate today = LocalDate.now(clock);
		SupplySummary supplySummary = new SupplySummary(jdbc, clock);
		DemandSummary demandSummary = new DemandSummary(jdbc, clock);
		t0 = System.nanoTime();
		supplySummary.rebuild(today);
		double supplyBuild = (System.nanoTime() - t0) / 1e9;
		t0 = System.nanoTime();
		demandSummary.rebuild();
		double demandBuild = (System.nanoTime() - t0) / 1e9;
		if (!vendor.equals("h2")) {
			jdbc.sql("analyze").update();
		}
		System.out.printf(Locale.ROOT, "%n%s: generated in %.1f s; summaries built in %.1f s (supply) and %.1f s "
				+ "(demand); %,d supply cells, %,d day deltas, %,d demand cells%n", name, generated, supplyBuild,
				demandBuild, count(jdbc, "ppl_supply_level"), count(jdbc, "ppl_supply_day"),
				count(jdbc, "emp_demand_level") + count(jdbc, "emp_skill_demand_level"));

		GroupBySupplyStatistics supply = new GroupBySupplyStatistics(jdbc);
		GroupByDemandStatistics demand = new GroupByDemandStatistics(jdbc);
		SupplyStatistics supplyFromSummary = new SummarySupplyStatistics(jdbc, supplySummary);
		DemandStatistics demandFromSummary = new SummaryDemandStatistics(jdbc, demandSummary);
		JdbcGraduateSupply graduates = new JdbcGraduateSupply(jdbc);
		List<LocalDate> dates = new ArrayList<>();
		for (int y = today.getYear() - 5; y < today.getYear(); y++) {
			dates.add(LocalDate.of(y, 12, 31));
		}
		dates.add(today);

		// The summaries answer exactly what the GROUP BY answers (the integration tests prove it after writes).
		check("occupations", supply.occupations("25", today), supplyFromSummary.occupations("25", today));
		check("skills", supply.skills("25", today), supplyFromSummary.skills("25", today));
		check("people", supply.people("25", dates), supplyFromSummary.people("25", dates));
		check("demand", demand.occupations("25"), demandFromSummary.occupations("25"));
		check("skill demand", demand.skills("25"), demandFromSummary.skills("25"));

		// Warm up once, then the best of 3 (the machine is shared).
		double naive = best(() -> naiveSample(jdbc, today)) * PEOPLE / SAMPLE;
		List<SupplyStatistics.OccupationSupply> rows = supplyFromSummary.occupations("25", today);
		double suppression = best(() -> protect(rows).size());
		double grads = best(() -> graduates.graduates("25", today.getYear()).size());
		List<Timing> timings = List.of(
				new Timing("supply by occupation x municipality",
						best(() -> supply.occupations("25", today).size()),
						best(() -> supplyFromSummary.occupations("25", today).size())),
				new Timing("supply by skill x municipality", best(() -> supply.skills("25", today).size()),
						best(() -> supplyFromSummary.skills("25", today).size())),
				new Timing("people in the system, 6 dates", best(() -> supply.people("25", dates).size()),
						best(() -> supplyFromSummary.people("25", dates).size())),
				new Timing("demand by occupation x municipality x horizon",
						best(() -> demand.occupations("25").size()),
						best(() -> demandFromSummary.occupations("25").size())),
				new Timing("demand by MUST skill x municipality x horizon", best(() -> demand.skills("25").size()),
						best(() -> demandFromSummary.skills("25").size())),
				new Timing("course places by occupation x municipality x year (GROUP BY)", grads, grads),
				new Timing("disclosure control over the SSYK 1-4 x area cube", suppression, suppression));
		double groupByTotal = timings.stream().mapToDouble(Timing::groupBy).sum();
		double summaryTotal = timings.stream().mapToDouble(Timing::summary).sum();

		System.out.printf(Locale.ROOT, "%-62s %10s %7s %10s %7s%n", "query (ms, ratio to the baseline)", "GROUP BY",
				"ratio", "summary", "ratio");
		System.out.printf(Locale.ROOT, "%-62s %10.1f %7.3f%n", "baseline: load every row, count in Java (10 % x 10)",
				naive, 1.0);
		for (Timing t : timings) {
			System.out.printf(Locale.ROOT, "%-62s %10.1f %7.3f %10.1f %7.3f%n", t.what(), t.groupBy(),
					t.groupBy() / naive, t.summary(), t.summary() / naive);
		}
		System.out.printf(Locale.ROOT, "%-62s %10.1f %7.3f %10.1f %7.3f%n", "whole dashboard (sum)", groupByTotal,
				groupByTotal / naive, summaryTotal, summaryTotal / naive);

		// Upkeep: one participant's municipality written, alone (set to the value it has, so the summary stays
		// true) and moved to another with the summary kept in step.
		Map<Long, String> where = new HashMap<>();
		jdbc.sql("select id, municipality_code from ppl_participant where mod(id, 4999) = 0").query(rs -> {
			where.put(rs.getLong(1), rs.getString(2));
		});
		List<Long> ids = where.keySet().stream().sorted().toList();
		String move = "update ppl_participant set municipality_code = ? where id = ?";
		double alone = perWrite(connection, ids, id -> jdbc.sql(move).params(where.get(id), id).update());
		double kept = perWrite(connection, ids, id -> supplySummary.change(id,
				() -> jdbc.sql(move).params(MUNICIPALITIES[(int) (id % 11)], id).update()));
		System.out.printf(Locale.ROOT, "%-62s %10.3f %7.3f%n", "one participant write alone (ms, ratio to it)", alone,
				1.0);
		System.out.printf(Locale.ROOT, "%-62s %10.3f %7.3f%n", "the same write with the summary kept in step", kept,
				kept / alone);
		check("occupations after the writes", supply.occupations("25", today),
				supplyFromSummary.occupations("25", today));
		connection.close();
	}

	static long count(JdbcClient jdbc, String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	static void check(String what, List<?> groupBy, List<?> summary) {
		if (!new HashSet<>(groupBy).equals(new HashSet<>(summary))) {
			throw new IllegalStateException("the summary differs from the GROUP BY: " + what);
		}
	}

	/** Mean ms per write over the ids, each in its own transaction as in the application, after a warm-up. */
	static double perWrite(Connection connection, List<Long> ids, java.util.function.LongConsumer write)
			throws SQLException {
		java.util.function.LongConsumer transaction = id -> {
			try {
				connection.setAutoCommit(false);
				write.accept(id);
				connection.commit();
				connection.setAutoCommit(true);
			}
			catch (SQLException e) {
				throw new IllegalStateException(e);
			}
		};
		int warm = ids.size() / 10;
		ids.subList(0, warm).forEach(transaction::accept);
		long t = System.nanoTime();
		ids.subList(warm, ids.size()).forEach(transaction::accept);
		return (System.nanoTime() - t) / 1e6 / (ids.size() - warm);
	}

	static void line(String what, double ms, double baseline) {
		System.out.printf(Locale.ROOT, "%-58s %10.1f %8.3f%n", what, ms, ms / baseline);
	}

	static double best(Supplier<Integer> task) {
		task.get();
		double best = Double.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			long t = System.nanoTime();
			task.get();
			best = Math.min(best, (System.nanoTime() - t) / 1e6);
		}
		return best;
	}

	/** The naive way: every row into memory, counted there. */
	static int naiveSample(JdbcClient jdbc, LocalDate today) {
		Map<String, Integer> counts = new HashMap<>();
		jdbc.sql("""
				select o.concept_id, p.municipality_code, p.applied_at, p.exit_date, p.culled_at
				from ppl_participant p join ppl_occupation o on o.participant_id = p.id
				where p.pseudonym like 'b%' and p.id <= (select min(id) from ppl_participant) + :sample""")
			.param("sample", SAMPLE)
			.query(rs -> {
				java.sql.Date exit = rs.getDate(4);
				if (rs.getTimestamp(5) == null && (exit == null || exit.toLocalDate().isAfter(today))) {
					counts.merge(rs.getString(1) + "|" + rs.getString(2), 1, Integer::sum);
				}
			});
		return counts.size();
	}

	/** The analysis roll-up (occupation → synthetic SSYK-4 code "occ-NNNN" → levels 3..0, county) and suppression. */
	static Map<String, Suppression.Reason> protect(List<SupplyStatistics.OccupationSupply> rows) {
		Map<String, Long> values = new HashMap<>();
		for (SupplyStatistics.OccupationSupply r : rows) {
			String code = r.occupationId().substring(4);
			for (String area : List.of(r.municipalityCode(), "25")) {
				for (int len = 0; len <= 4; len++) {
					values.merge(area + "|" + code.substring(0, len), r.either(), Long::sum);
				}
			}
		}
		Map<String, List<String>> children = new HashMap<>();
		Map<String, List<String>> byCode = new HashMap<>();
		for (String k : values.keySet()) {
			String area = k.substring(0, k.indexOf('|'));
			String code = k.substring(k.indexOf('|') + 1);
			if (!code.isEmpty()) {
				children.computeIfAbsent(area + "|" + code.substring(0, code.length() - 1), x -> new ArrayList<>())
					.add(k);
			}
			if (!area.equals("25")) {
				byCode.computeIfAbsent(code, x -> new ArrayList<>()).add(k);
			}
		}
		List<Relation<String>> relations = new ArrayList<>();
		children.forEach((t, p) -> relations.add(new Relation<>(t, p.stream().sorted().toList())));
		byCode.forEach((c, p) -> relations.add(new Relation<>("25|" + c, p.stream().sorted().toList())));
		return new Suppression<String>(5).apply(values, relations);
	}

	/** Everything generated in the database by INSERT ... SELECT over a number series. */
	static long step = System.nanoTime();

	static void lap(String what) {
		if (Boolean.getBoolean("verbose")) {
			System.out.printf(Locale.ROOT, "  %-40s %8.1f s%n", what, (System.nanoTime() - step) / 1e9);
		}
		step = System.nanoTime();
	}

	/** Runs {@code sql} for each chunk of 1..n: {@code #a} and {@code #b} stand for the chunk's first and last. */
	static void chunked(JdbcClient jdbc, int n, String sql) {
		for (int a = 1; a <= n; a += CHUNK) {
			int b = Math.min(n, a + CHUNK - 1);
			jdbc.sql(sql.replace("#a", String.valueOf(a)).replace("#b", String.valueOf(b))).update();
		}
	}

	static void generate(JdbcClient jdbc, boolean h2) {
		step = System.nanoTime();
		if (h2) {
			// Foreign keys are checked row by row in H2; the generated rows are consistent by construction.
			jdbc.sql("set referential_integrity false").update();
		}
		jdbc.sql("insert into org_unit (code, type, name) values ('bench', 'UNIT', 'Bench')").update();
		long unit = jdbc.sql("select id from org_unit where code = 'bench'").query(Long.class).single();
		jdbc.sql("insert into ppl_programme (name, unit_id, starts_on, places) values ('Bench', ?, ?, 1000000)")
			.params(unit, LocalDate.of(2020, 1, 1)).update();
		long programme = jdbc.sql("select id from ppl_programme where name = 'Bench'").query(Long.class).single();
		String applied = h2 ? "dateadd('DAY', mod(s.x, 1800), timestamp '2021-01-01 00:00:00')"
				: "timestamp '2021-01-01 00:00:00' + mod(s.x, 1800) * interval '1 day'";
		String exit = h2 ? "dateadd('DAY', mod(s.x, 1800) + 200, date '2021-01-01')"
				: "date '2021-01-01' + (mod(s.x, 1800) + 200)";
		chunked(jdbc, PEOPLE, "insert into ppl_participant (programme_id, unit_id, gender, municipality_code, lm_status, "
				+ "income_source, status, applied_at, entry_date, exit_date, pseudonym) "
				+ "select " + programme + ", " + unit + ", 'WOMAN', " + municipality("s.x") + ", 'UNEMPLOYED', 'NONE', "
				+ "'ENROLLED', " + applied + ", null, case when mod(s.x, 10) < 3 then " + exit + " end, 'b' || s.x "
				+ "from " + series(h2, "#a", "#b"));
		lap("participants");
		long first = jdbc.sql("select min(id) from ppl_participant").query(Long.class).single() - 1;
		String range = " from ppl_participant p where p.id between " + first + " + #a and " + first + " + #b";
		// Occupation ids "occ-NNNN": NNNN is the synthetic SSYK-4 code, spread over 400 groups.
		chunked(jdbc, PEOPLE, "insert into ppl_occupation (participant_id, concept_id, kind) select p.id, 'occ-' || "
				+ "cast(1000 + mod(p.id * 7, " + OCCUPATIONS + ") * 22 as varchar), 'WANTED'" + range);
		chunked(jdbc, PEOPLE, "insert into ppl_occupation (participant_id, concept_id, kind) select p.id, 'occ-' || "
				+ "cast(1000 + mod(p.id * 13 + 5, " + OCCUPATIONS + ") * 22 as varchar), 'EXPERIENCED'" + range
				+ " and mod(p.id, 2) = 0");
		lap("occupations");
		for (int k = 0; k < 2; k++) {
			chunked(jdbc, PEOPLE, "insert into ppl_skill (participant_id, concept_id, skill_level, acquired) "
					+ "select p.id, 'skill-' || cast(mod(p.id * " + (3 + k * 8) + " + " + k + ", " + SKILLS / 2
					+ ") * 2 + " + k + " as varchar), 3, 'FORMAL'" + range);
		}
		lap("skills");
		// Employers, functions with skills, open opportunities.
		jdbc.sql("insert into org_unit (code, type, name) select 'bench-emp-' || s.x, 'EMPLOYER', 'Employer ' || s.x "
				+ "from " + series(h2, "1", "1000")).update();
		jdbc.sql("insert into emp_organisation (unit_id, org_number, name, employees, size_class, municipality_code) "
				+ "select u.id, 'b' || cast(u.id as varchar), u.name, 50, 'MEDIUM', " + municipality("u.id")
				+ " from org_unit u where u.code like 'bench-emp-%'").update();
		long firstOrg = jdbc.sql("select min(id) from emp_organisation").query(Long.class).single();
		chunked(jdbc, NEEDS, "insert into emp_critical_function (organisation_id, title, occupation_id, reason, "
				+ "headcount_now, headcount_1y, headcount_3y, headcount_5y) select " + firstOrg + " + mod(s.x, 1000), "
				+ "'F', 'occ-' || cast(1000 + mod(s.x * 11, " + OCCUPATIONS + ") * 22 as varchar), 'EXPANSION', "
				+ "mod(s.x, 5), mod(s.x, 7), mod(s.x, 9), mod(s.x, 11) from " + series(h2, "#a", "#b"));
		long firstFunction = jdbc.sql("select min(id) from emp_critical_function").query(Long.class).single() - 1;
		for (int k = 0; k < 2; k++) {
			chunked(jdbc, NEEDS, "insert into emp_function_skill (function_id, skill_id, importance, skill_level) "
					+ "select f.id, 'skill-' || cast(mod(f.id * " + (5 + k * 6) + ", " + SKILLS / 2 + ") * 2 + " + k
					+ " as varchar), 'MUST', 2 from emp_critical_function f where f.id between " + firstFunction
					+ " + #a and " + firstFunction + " + #b");
		}
		lap("needs");
		chunked(jdbc, OPPORTUNITIES, "insert into emp_opportunity (employer_name, kind, title, occupation_id, "
				+ "municipality_code, positions, source) select 'E', 'VACANCY', 'T', 'occ-' || cast(1000 + mod(s.x * 17, "
				+ OCCUPATIONS + ") * 22 as varchar), " + municipality("s.x") + ", 1 + mod(s.x, 3), 'MANUAL' from "
				+ series(h2, "#a", "#b"));
		lap("opportunities");
		// Courses with four starts each.
		jdbc.sql("insert into org_unit (code, type, name) values ('bench-provider', 'PROVIDER', 'Provider')")
			.update();
		jdbc.sql("insert into edu_provider (unit_id, name, type) select id, 'Provider', 'OTHER' from org_unit "
				+ "where code = 'bench-provider'").update();
		jdbc.sql("insert into edu_course (provider_id, ref, title, weeks, hours, pace, mode, municipality_code, "
				+ "language) select (select max(id) from edu_provider), 'c' || s.x, 'Course', 10 + mod(s.x, 40), 400, "
				+ "100, 'ON_SITE', " + municipality("s.x") + ", 'sv' from " + series(h2, "1", "2000")).update();
		jdbc.sql("insert into edu_course_occupation (course_id, occupation_id) select c.id, 'occ-' || "
				+ "cast(1000 + mod(c.id * 3, " + OCCUPATIONS + ") * 22 as varchar) from edu_course c").update();
		for (int k = 0; k < 4; k++) {
			jdbc.sql("insert into edu_course_start (course_id, start_date, seats) select c.id, ?, 10 + mod(c.id, 20) "
					+ "from edu_course c").param(LocalDate.now().plusMonths(k * 9L)).update();
		}
		lap("courses");
		if (h2) {
			jdbc.sql("set referential_integrity true").update();
		}
		else {
			jdbc.sql("analyze").update();
		}
	}

	/** One of the 14 kommunkoder by {@code expr} mod 14, as a CASE (no join to generate). */
	static String municipality(String expr) {
		StringBuilder b = new StringBuilder("case mod(" + expr + ", 14)");
		for (int i = 0; i < MUNICIPALITIES.length; i++) {
			b.append(" when ").append(i).append(" then '").append(MUNICIPALITIES[i]).append("'");
		}
		return b.append(" end").toString();
	}

	static String series(boolean h2, String from, String to) {
		return h2 ? "system_range(" + from + ", " + to + ") s" : "generate_series(" + from + ", " + to + ") as s(x)";
	}
}
