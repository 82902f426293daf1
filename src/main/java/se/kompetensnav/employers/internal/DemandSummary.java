package se.kompetensnav.employers.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.kompetensnav.common.StartupTask;
import se.kompetensnav.common.SummaryCells;

/**
 * The maintained demand summary (docs/ARCHITECTURE.md, "Maintained summaries"): {@code emp_demand_level} (needs by
 * horizon and open positions by occupation and municipality) and {@code emp_skill_demand_level} (MUST skills ×
 * headcount), kept exact in the same transaction as every write to a critical function, an organisation (its
 * municipality moves its functions) or an opportunity. A write locks the state row, subtracts what the changed rows
 * contribute as stored, writes, and adds what they contribute now. Demand has no date, so nothing rolls over; a
 * {@linkplain #rebuild full rebuild} is one transaction of INSERT ... SELECT GROUP BY (first start, bulk loads).
 */
@Component
public class DemandSummary implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(DemandSummary.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SummaryCells occupations;

	private final SummaryCells skills;

	public DemandSummary(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		List<String> needs = List.of("functions", "needs_now", "needs_1y", "needs_3y", "needs_5y");
		this.occupations = new SummaryCells(jdbc, "emp_demand_level", List.of("occupation_id", "municipality_code"),
				List.of("functions", "needs_now", "needs_1y", "needs_3y", "needs_5y", "opportunities",
						"open_positions"));
		this.skills = new SummaryCells(jdbc, "emp_skill_demand_level", List.of("skill_id", "municipality_code"),
				needs);
	}

	/** Locks the summary for the rest of the transaction; whether it has been built. */
	private boolean lock() {
		return jdbc.sql("select built_at from emp_demand_state where id = 1 for update")
			.query((rs, n) -> rs.getTimestamp(1) != null).single();
	}

	public boolean built() {
		return jdbc.sql("select built_at from emp_demand_state where id = 1")
			.query((rs, n) -> rs.getTimestamp(1) != null).single();
	}

	/** Which rows a write touches. */
	public enum Subject {
		/** a critical function (by id) with its skills */
		FUNCTION,
		/** every critical function of an organisation (by id) */
		ORGANISATION,
		/** an opportunity (by id) */
		OPPORTUNITY
	}

	/** Runs a write and keeps the summary in step (in the caller's transaction, or its own). */
	@Transactional
	public <T> T change(Subject subject, long id, Supplier<T> write) {
		if (!lock()) {
			return write.get();
		}
		SummaryCells.Deltas o = occupations.deltas();
		SummaryCells.Deltas s = skills.deltas();
		contribute(subject, id, -1, o, s);
		T result = write.get();
		contribute(subject, id, +1, o, s);
		occupations.apply(o);
		skills.apply(s);
		return result;
	}

	@Transactional
	public void change(Subject subject, long id, Runnable write) {
		change(subject, id, () -> {
			write.run();
			return null;
		});
	}

	/** Adds a function or opportunity just inserted. */
	@Transactional
	public void inserted(Subject subject, long id) {
		if (lock()) {
			SummaryCells.Deltas o = occupations.deltas();
			SummaryCells.Deltas s = skills.deltas();
			contribute(subject, id, +1, o, s);
			occupations.apply(o);
			skills.apply(s);
		}
	}

	private void contribute(Subject subject, long id, int sign, SummaryCells.Deltas o, SummaryCells.Deltas s) {
		if (subject == Subject.OPPORTUNITY) {
			jdbc.sql("select occupation_id, municipality_code, positions from emp_opportunity where id = ? and is_open")
				.param(id)
				.query(rs -> {
					o.add(List.of(rs.getString(1), rs.getString(2)), sign, 0, 0, 0, 0, 0, 1, rs.getLong(3));
				});
			return;
		}
		String where = subject == Subject.FUNCTION ? "f.id = ?" : "f.organisation_id = ?";
		jdbc.sql("select f.occupation_id, o.municipality_code, f.headcount_now, f.headcount_1y, f.headcount_3y, "
				+ "f.headcount_5y from emp_critical_function f join emp_organisation o on o.id = f.organisation_id "
				+ "where " + where).param(id)
			.query(rs -> {
				o.add(List.of(rs.getString(1), rs.getString(2)), sign, 1, rs.getLong(3), rs.getLong(4), rs.getLong(5),
						rs.getLong(6), 0, 0);
			});
		jdbc.sql("select fs.skill_id, o.municipality_code, f.headcount_now, f.headcount_1y, f.headcount_3y, "
				+ "f.headcount_5y from emp_function_skill fs join emp_critical_function f on f.id = fs.function_id "
				+ "join emp_organisation o on o.id = f.organisation_id where fs.importance = 'MUST' and " + where)
			.param(id)
			.query(rs -> {
				s.add(List.of(rs.getString(1), rs.getString(2)), sign, 1, rs.getLong(3), rs.getLong(4), rs.getLong(5),
						rs.getLong(6));
			});
	}

	/** Recomputes the whole summary from functions and opportunities in one transaction (INSERT ... SELECT). */
	@Transactional
	public void rebuild() {
		lock();
		jdbc.sql("delete from emp_demand_level").update();
		jdbc.sql("delete from emp_skill_demand_level").update();
		jdbc.sql("""
				insert into emp_demand_level (occupation_id, municipality_code, functions, needs_now, needs_1y, needs_3y,
				  needs_5y, opportunities, open_positions)
				select occupation_id, municipality_code, sum(functions), sum(needs_now), sum(needs_1y), sum(needs_3y),
				       sum(needs_5y), sum(opportunities), sum(open_positions)
				from (
				  select f.occupation_id, o.municipality_code, count(*) as functions, sum(f.headcount_now) as needs_now,
				         sum(f.headcount_1y) as needs_1y, sum(f.headcount_3y) as needs_3y, sum(f.headcount_5y) as needs_5y,
				         0 as opportunities, 0 as open_positions
				  from emp_critical_function f join emp_organisation o on o.id = f.organisation_id
				  group by f.occupation_id, o.municipality_code
				  union all
				  select occupation_id, municipality_code, 0, 0, 0, 0, 0, count(*), sum(positions)
				  from emp_opportunity where is_open
				  group by occupation_id, municipality_code
				) x group by occupation_id, municipality_code""").update();
		jdbc.sql("""
				insert into emp_skill_demand_level (skill_id, municipality_code, functions, needs_now, needs_1y, needs_3y,
				  needs_5y)
				select s.skill_id, o.municipality_code, count(*), sum(f.headcount_now), sum(f.headcount_1y),
				       sum(f.headcount_3y), sum(f.headcount_5y)
				from emp_function_skill s
				join emp_critical_function f on f.id = s.function_id
				join emp_organisation o on o.id = f.organisation_id
				where s.importance = 'MUST'
				group by s.skill_id, o.municipality_code""").update();
		jdbc.sql("update emp_demand_state set built_at = ? where id = 1").param(Timestamp.from(clock.instant()))
			.update();
	}

	// Start-up: after the catalogues' demo data (300-399) and the case data.

	@Override
	public int order() {
		return 499;
	}

	@Override
	public String name() {
		return "demand summary";
	}

	@Override
	@Transactional
	public void run() {
		if (!built()) {
			long t = System.nanoTime();
			rebuild();
			log.info("Demand summary built in {} ms", (System.nanoTime() - t) / 1_000_000);
		}
	}
}
