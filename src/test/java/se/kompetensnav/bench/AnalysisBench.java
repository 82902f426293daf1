package se.kompetensnav.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
import se.kompetensnav.employers.internal.JdbcDemandStatistics;
import se.kompetensnav.people.SupplyStatistics;
import se.kompetensnav.people.internal.JdbcSupplyStatistics;

/**
 * A large region in the database, on H2 (in memory, PostgreSQL mode) and on PostgreSQL (127.0.0.1:5432/test, own
 * schema): 1,000,000 participants over Norrbotten's 14 municipalities with 1.5 occupations and 2 skills each,
 * 100,000 critical functions (2 skills each) at 1,000 employers and 100,000 open opportunities, 2,000 courses with
 * starts. Times the dashboard's queries through the real implementations (people's SupplyStatistics, employers'
 * DemandStatistics, education's GraduateSupply) and the disclosure control over the resulting cube, beside a
 * baseline measured in the same run: the naive way, loading every (person, occupation, municipality) row of a
 * 10 % sample into memory and counting there, scaled to the whole. H2 gets a tenth of the region by default
 * ({@code -Dh2people}): generating a million people there takes far longer than the ten minutes a bench may use.
 * <p>
 * Usage: {@code ./mvnw -q -B test-compile exec:exec -Dbench=AnalysisBench} (optional system properties
 * {@code -Dpeople=...} for PostgreSQL, {@code -Dh2people=...}, {@code -Dpg=jdbc:postgresql://...} or
 * {@code -Dpg=none}; exec:exec does not pass them on, run the class with java for those).
 */
public final class AnalysisBench {

	static final String[] MUNICIPALITIES = { "2505", "2506", "2510", "2513", "2514", "2518", "2521", "2523", "2560",
			"2580", "2581", "2582", "2583", "2584" };

	static final int OCCUPATIONS = 400;

	static final int SKILLS = 2000;

	static int PEOPLE;

	static int NEEDS;

	static int OPPORTUNITIES;

	static int SAMPLE;

	/** people; needs and opportunities a tenth each (200,000 together for a million people); a 10 % sample. */
	static void scale(int people) {
		PEOPLE = people;
		NEEDS = people / 10;
		OPPORTUNITIES = people / 10;
		SAMPLE = people / 10;
		System.out.printf(Locale.ROOT, "%nscale: %,d people, %,d needs, %,d opportunities%n", PEOPLE, NEEDS,
				OPPORTUNITIES);
	}

	public static void main(String[] args) throws Exception {
		// H2 generates its rows about a hundred times slower than PostgreSQL here (INSERT ... SELECT into a table
		// with four indexes and three foreign keys), so by default it gets a tenth of the region.
		scale(Integer.getInteger("h2people", 100_000));
		run("H2", "jdbc:h2:mem:analysisbench;MODE=PostgreSQL;DB_CLOSE_DELAY=-1", "sa", "", "h2", null);
		String pg = System.getProperty("pg", "jdbc:postgresql://127.0.0.1:5432/test");
		if (!"none".equals(pg)) {
			try (Connection c = DriverManager.getConnection(pg, "postgres", "");
					Statement s = c.createStatement()) {
				s.execute("drop schema if exists analysis_bench cascade");
				s.execute("create schema analysis_bench");
			}
			try {
				scale(Integer.getInteger("people", 1_000_000));
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
		System.out.printf(Locale.ROOT, "%n%s: generated in %.1f s%n", name, (System.nanoTime() - t0) / 1e9);

		if (Boolean.getBoolean("explain")) {
			for (String q : List.of("select s.concept_id, count(*) from ppl_skill s join ppl_participant p on p.id = "
					+ "s.participant_id where p.culled_at is null group by s.concept_id")) {
				jdbc.sql("explain " + q).query(rs -> {
					System.out.println(rs.getString(1));
				});
			}
		}
		JdbcSupplyStatistics supply = new JdbcSupplyStatistics(jdbc);
		JdbcDemandStatistics demand = new JdbcDemandStatistics(jdbc);
		JdbcGraduateSupply graduates = new JdbcGraduateSupply(jdbc);
		LocalDate today = LocalDate.now();
		List<LocalDate> dates = new ArrayList<>();
		for (int y = today.getYear() - 5; y < today.getYear(); y++) {
			dates.add(LocalDate.of(y, 12, 31));
		}
		dates.add(today);

		// Warm up once, then the best of 3 (the machine is shared).
		double naive = best(() -> naiveSample(jdbc, today)) * PEOPLE / SAMPLE;
		double occupations = best(() -> supply.occupations("25", today).size());
		double skills = best(() -> supply.skills("25", today).size());
		double trend = best(() -> supply.people("25", dates).size());
		double demandOcc = best(() -> demand.occupations("25").size());
		double demandSkills = best(() -> demand.skills("25").size());
		double grads = best(() -> graduates.graduates("25", today.getYear()).size());
		List<SupplyStatistics.OccupationSupply> rows = supply.occupations("25", today);
		double suppression = best(() -> protect(rows).size());
		double dashboard = occupations + skills + trend + demandOcc + demandSkills + grads + suppression;

		System.out.printf(Locale.ROOT, "%-58s %10s %8s%n", "query", "ms", "ratio");
		line("baseline: naive load-all-rows count (10 % sample, x10)", naive, naive);
		line("supply by occupation x municipality (GROUP BY)", occupations, naive);
		line("supply by skill x municipality (GROUP BY)", skills, naive);
		line("people in the system, 6 dates (GROUP BY each)", trend, naive);
		line("demand by occupation x municipality x horizon", demandOcc, naive);
		line("demand by MUST skill x municipality x horizon", demandSkills, naive);
		line("course places by occupation x municipality x year", grads, naive);
		line("disclosure control over the SSYK 1-4 x area cube", suppression, naive);
		line("whole dashboard (sum)", dashboard, naive);
		connection.close();
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

	static void generate(JdbcClient jdbc, boolean h2) {
		step = System.nanoTime();
		jdbc.sql("insert into org_unit (code, type, name) values ('bench', 'UNIT', 'Bench')").update();
		lap("step 1");
		long unit = jdbc.sql("select id from org_unit where code = 'bench'").query(Long.class).single();
		jdbc.sql("insert into ppl_programme (name, unit_id, starts_on, places) values ('Bench', ?, ?, 1000000)")
			.params(unit, LocalDate.of(2020, 1, 1)).update();
		lap("step 2");
		long programme = jdbc.sql("select id from ppl_programme where name = 'Bench'").query(Long.class).single();
		String applied = h2 ? "dateadd('DAY', mod(s.x, 1800), timestamp '2021-01-01 00:00:00')"
				: "timestamp '2021-01-01 00:00:00' + mod(s.x, 1800) * interval '1 day'";
		String exit = h2 ? "dateadd('DAY', mod(s.x, 1800) + 200, date '2021-01-01')"
				: "date '2021-01-01' + (mod(s.x, 1800) + 200)";
		jdbc.sql("insert into ppl_participant (programme_id, unit_id, gender, municipality_code, lm_status, "
				+ "income_source, status, applied_at, entry_date, exit_date, pseudonym) "
				+ "select " + programme + ", " + unit + ", 'WOMAN', " + municipality("s.x") + ", 'UNEMPLOYED', 'NONE', 'ENROLLED', "
				+ applied + ", null, case when mod(s.x, 10) < 3 then " + exit + " end, 'b' || s.x "
				+ "from " + series(h2, PEOPLE))
			.update();
		lap("step 3");
		long first = jdbc.sql("select min(id) from ppl_participant").query(Long.class).single();
		// Occupation ids "occ-NNNN": NNNN is the synthetic SSYK-4 code, spread over 400 groups.
		jdbc.sql("insert into ppl_occupation (participant_id, concept_id, kind) select p.id, 'occ-' || "
				+ "cast(1000 + mod(p.id * 7, " + OCCUPATIONS + ") * 22 as varchar), 'WANTED' from ppl_participant p "
				+ "where p.id >= " + first).update();
		lap("step 4");
		jdbc.sql("insert into ppl_occupation (participant_id, concept_id, kind) select p.id, 'occ-' || "
				+ "cast(1000 + mod(p.id * 13 + 5, " + OCCUPATIONS + ") * 22 as varchar), 'EXPERIENCED' "
				+ "from ppl_participant p where p.id >= " + first + " and mod(p.id, 2) = 0").update();
		lap("step 5");
		for (int k = 0; k < 2; k++) {
			jdbc.sql("insert into ppl_skill (participant_id, concept_id, skill_level, acquired) select p.id, "
					+ "'skill-' || cast(mod(p.id * " + (3 + k * 8) + " + " + k + ", " + SKILLS / 2 + ") * 2 + " + k
					+ " as varchar), 3, 'FORMAL' from ppl_participant p where p.id >= " + first).update();
		lap("step 6");
		}
		// Employers, functions with skills, open opportunities.
		jdbc.sql("insert into org_unit (code, type, name) select 'bench-emp-' || s.x, 'EMPLOYER', 'Employer ' || s.x "
				+ "from " + series(h2, 1000)).update();
		lap("step 7");
		jdbc.sql("insert into emp_organisation (unit_id, org_number, name, employees, size_class, municipality_code) "
				+ "select u.id, 'b' || cast(u.id as varchar), u.name, 50, 'MEDIUM', " + municipality("u.id")
				+ " from org_unit u where u.code like 'bench-emp-%'").update();
		lap("step 8");
		long firstOrg = jdbc.sql("select min(id) from emp_organisation").query(Long.class).single();
		jdbc.sql("insert into emp_critical_function (organisation_id, title, occupation_id, reason, headcount_now, "
				+ "headcount_1y, headcount_3y, headcount_5y) select " + firstOrg + " + mod(s.x, 1000), 'F', 'occ-' || "
				+ "cast(1000 + mod(s.x * 11, " + OCCUPATIONS + ") * 22 as varchar), 'EXPANSION', mod(s.x, 5), "
				+ "mod(s.x, 7), mod(s.x, 9), mod(s.x, 11) from " + series(h2, NEEDS)).update();
		lap("step 9");
		for (int k = 0; k < 2; k++) {
			jdbc.sql("insert into emp_function_skill (function_id, skill_id, importance, skill_level) select f.id, "
					+ "'skill-' || cast(mod(f.id * " + (5 + k * 6) + ", " + SKILLS / 2 + ") * 2 + " + k
					+ " as varchar), 'MUST', 2 from emp_critical_function f").update();
		lap("step 10");
		}
		jdbc.sql("insert into emp_opportunity (employer_name, kind, title, occupation_id, municipality_code, "
				+ "positions, source) select 'E', 'VACANCY', 'T', 'occ-' || cast(1000 + mod(s.x * 17, " + OCCUPATIONS
				+ ") * 22 as varchar), " + municipality("s.x") + ", 1 + mod(s.x, 3), 'MANUAL' from "
				+ series(h2, OPPORTUNITIES)).update();
		lap("step 11");
		// Courses with four starts each.
		jdbc.sql("insert into org_unit (code, type, name) values ('bench-provider', 'PROVIDER', 'Provider')")
			.update();
		lap("step 12");
		jdbc.sql("insert into edu_provider (unit_id, name, type) select id, 'Provider', 'OTHER' from org_unit "
				+ "where code = 'bench-provider'").update();
		lap("step 13");
		jdbc.sql("insert into edu_course (provider_id, ref, title, weeks, hours, pace, mode, municipality_code, "
				+ "language) select (select max(id) from edu_provider), 'c' || s.x, 'Course', 10 + mod(s.x, 40), 400, "
				+ "100, 'ON_SITE', " + municipality("s.x") + ", 'sv' from " + series(h2, 2000)).update();
		lap("step 14");
		jdbc.sql("insert into edu_course_occupation (course_id, occupation_id) select c.id, 'occ-' || "
				+ "cast(1000 + mod(c.id * 3, " + OCCUPATIONS + ") * 22 as varchar) from edu_course c").update();
		lap("step 15");
		for (int k = 0; k < 4; k++) {
			jdbc.sql("insert into edu_course_start (course_id, start_date, seats) select c.id, ?, 10 + mod(c.id, 20) "
					+ "from edu_course c").param(LocalDate.now().plusMonths(k * 9L)).update();
		lap("step 16");
		}
		if (!h2) {
			jdbc.sql("analyze").update();
		lap("step 17");
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

	static String series(boolean h2, int n) {
		return h2 ? "system_range(1, " + n + ") s" : "generate_series(1, " + n + ") as s(x)";
	}
}
