package se.kompetensnav.people.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import se.kompetensnav.common.StartupTask;
import se.kompetensnav.common.SummaryCells;

/**
 * The maintained supply summary (docs/ARCHITECTURE.md, "Maintained summaries"), kept exact in the same transaction
 * as every write to a participant, its occupations or skills:
 * <ul>
 * <li>{@code ppl_supply_level}: people in the system on the summary's day ({@code ppl_supply_state.as_of}) by
 * kind (WANTED, EXPERIENCED, EITHER, SKILL), concept and municipality;</li>
 * <li>{@code ppl_supply_day}: +1 on the day a person applied, -1 on their exit date, by municipality, so the count
 * on any past or future day is a sum of deltas.</li>
 * </ul>
 * A write {@linkplain #lock() locks} the state row, subtracts the participant's contribution as stored, writes, and
 * adds the new contribution. The lock serialises writers to participants (human-paced; bulk loads rebuild instead)
 * and means no two transactions create the same summary cell. When the date moves on (nightly, or on the first
 * read of a new day) the level table is rolled forward over the people who applied or left in between. A
 * {@linkplain #rebuild full rebuild} is one transaction of INSERT ... SELECT GROUP BY (first start, bulk loads).
 */
@Component
public class SupplySummary implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(SupplySummary.class);

	/** A gap longer than this is rebuilt rather than rolled forward person by person. */
	private static final long ROLL_DAYS = 62;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SummaryCells level;

	private final SummaryCells days;

	/** Rolls forward in a transaction of its own, whatever (read-only) transaction the reader is in. */
	private final @Nullable TransactionTemplate ownTransaction;

	/** Without a transaction manager (the bench on one connection). */
	public SupplySummary(JdbcClient jdbc, Clock clock) {
		this(jdbc, clock, (TransactionTemplate) null);
	}

	@Autowired
	SupplySummary(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
		this(jdbc, clock, requiresNew(transactions));
	}

	private static TransactionTemplate requiresNew(PlatformTransactionManager transactions) {
		TransactionTemplate t = new TransactionTemplate(transactions);
		t.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return t;
	}

	private SupplySummary(JdbcClient jdbc, Clock clock, @Nullable TransactionTemplate ownTransaction) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.ownTransaction = ownTransaction;
		this.level = new SummaryCells(jdbc, "ppl_supply_level", List.of("kind", "concept_id", "municipality_code"),
				List.of("people"));
		this.days = new SummaryCells(jdbc, "ppl_supply_day", List.of("municipality_code", "on_day"), List.of("delta"));
	}

	java.time.Clock clock() {
		return clock;
	}

	/** Locks the summary for the rest of the transaction; the day the level table holds, null before the build. */
	@Nullable
	LocalDate lock() {
		return jdbc.sql("select as_of from ppl_supply_state where id = 1 for update").query(SupplySummary::day)
			.single().orElse(null);
	}

	/** The day the level table holds, null before the first build (no lock). */
	@Nullable
	public LocalDate asOf() {
		return jdbc.sql("select as_of from ppl_supply_state where id = 1").query(SupplySummary::day).single()
			.orElse(null);
	}

	private static java.util.Optional<LocalDate> day(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		Date d = rs.getDate(1);
		return java.util.Optional.ofNullable(d == null ? null : d.toLocalDate());
	}

	/** Runs a write to participant {@code id} (or its occupations or skills) and keeps the summary in step. */
	@Transactional
	public <T> T change(long id, Supplier<T> write) {
		LocalDate asOf = lock();
		if (asOf == null) {
			return write.get();
		}
		SummaryCells.Deltas l = level.deltas();
		SummaryCells.Deltas d = days.deltas();
		contribute(id, asOf, -1, l, d);
		T result = write.get();
		contribute(id, asOf, +1, l, d);
		level.apply(l);
		days.apply(d);
		return result;
	}

	@Transactional
	public void change(long id, Runnable write) {
		change(id, () -> {
			write.run();
			return null;
		});
	}

	/** Adds a participant just inserted. */
	@Transactional
	public void inserted(long id) {
		LocalDate asOf = lock();
		if (asOf != null) {
			SummaryCells.Deltas l = level.deltas();
			SummaryCells.Deltas d = days.deltas();
			contribute(id, asOf, +1, l, d);
			level.apply(l);
			days.apply(d);
		}
	}

	/**
	 * Adds {@code sign} × what participant {@code id} (as the database holds it now) contributes: to the level
	 * table when in the system on {@code asOf}, to the day deltas when {@code d} is given.
	 */
	private void contribute(long id, LocalDate asOf, int sign, SummaryCells.Deltas l, SummaryCells.@Nullable Deltas d) {
		record Row(LocalDate applied, @Nullable LocalDate exit, boolean culled, String municipality) {
		}
		Row p = jdbc.sql("select applied_at, exit_date, culled_at, coalesce(municipality_code, '') from ppl_participant "
				+ "where id = ?").param(id)
			.query((rs, n) -> new Row(rs.getTimestamp(1).toLocalDateTime().toLocalDate(),
					rs.getDate(2) == null ? null : rs.getDate(2).toLocalDate(), rs.getTimestamp(3) != null,
					rs.getString(4)))
			.optional().orElse(null);
		if (p == null || p.culled()) {
			return;
		}
		if (d != null && (p.exit() == null || p.exit().isAfter(p.applied()))) {
			d.add(List.of(p.municipality(), p.applied()), sign, 1);
			if (p.exit() != null) {
				d.add(List.of(p.municipality(), p.exit()), sign, -1);
			}
		}
		if (p.applied().isAfter(asOf) || (p.exit() != null && !p.exit().isAfter(asOf))) {
			return;
		}
		Set<String> either = new LinkedHashSet<>();
		jdbc.sql("select concept_id, kind from ppl_occupation where participant_id = ?").param(id).query(rs -> {
			l.add(List.of(rs.getString(2), rs.getString(1), p.municipality()), sign, 1);
			either.add(rs.getString(1));
		});
		either.forEach(c -> l.add(List.of("EITHER", c, p.municipality()), sign, 1));
		jdbc.sql("select concept_id from ppl_skill where participant_id = ?").param(id)
			.query(rs -> {
				l.add(List.of("SKILL", rs.getString(1), p.municipality()), sign, 1);
			});
	}

	/**
	 * Recomputes the whole summary for {@code asOf} from the participant tables in one transaction (INSERT ...
	 * SELECT GROUP BY): the first build, and after bulk loads that bypass the services.
	 */
	@Transactional
	public void rebuild(LocalDate asOf) {
		lock();
		jdbc.sql("delete from ppl_supply_level").update();
		jdbc.sql("delete from ppl_supply_day").update();
		String in = GroupBySupplyStatistics.IN_SYSTEM;
		for (String select : List.of(
				"select o.kind, o.concept_id, coalesce(p.municipality_code, ''), count(*) from ppl_occupation o "
						+ "join ppl_participant p on p.id = o.participant_id where " + in
						+ " group by o.kind, o.concept_id, coalesce(p.municipality_code, '')",
				"select 'EITHER', o.concept_id, coalesce(p.municipality_code, ''), count(distinct p.id) "
						+ "from ppl_occupation o join ppl_participant p on p.id = o.participant_id where " + in
						+ " group by o.concept_id, coalesce(p.municipality_code, '')",
				"select 'SKILL', s.concept_id, coalesce(p.municipality_code, ''), count(*) from ppl_skill s "
						+ "join ppl_participant p on p.id = s.participant_id where " + in
						+ " group by s.concept_id, coalesce(p.municipality_code, '')")) {
			jdbc.sql("insert into ppl_supply_level (kind, concept_id, municipality_code, people) " + select)
				.param("next", Timestamp.valueOf(asOf.plusDays(1).atStartOfDay())).param("day", Date.valueOf(asOf))
				.param("area", "%").update();
		}
		jdbc.sql("""
				insert into ppl_supply_day (municipality_code, on_day, delta)
				select mun, on_day, sum(delta) from (
				  select coalesce(municipality_code, '') as mun, cast(applied_at as date) as on_day, 1 as delta
				  from ppl_participant
				  where culled_at is null and (exit_date is null or exit_date > cast(applied_at as date))
				  union all
				  select coalesce(municipality_code, ''), exit_date, -1
				  from ppl_participant
				  where culled_at is null and exit_date > cast(applied_at as date)
				) x group by mun, on_day""").update();
		jdbc.sql("update ppl_supply_state set as_of = ?, built_at = ? where id = 1")
			.params(Date.valueOf(asOf), Timestamp.from(clock.instant())).update();
	}

	/**
	 * Moves the level table to {@code day}: the people who applied after the old day or left after it, up to
	 * {@code day}, are taken out as they were counted and put back as they count now. The day deltas do not depend
	 * on the date and stay. Does nothing before the first build or when already there.
	 */
	@Transactional
	public void rollTo(LocalDate day) {
		LocalDate asOf = lock();
		if (asOf == null || !day.isAfter(asOf)) {
			return;
		}
		if (ChronoUnit.DAYS.between(asOf, day) > ROLL_DAYS) {
			rebuild(day);
			return;
		}
		List<Long> moved = jdbc.sql("""
				select id from ppl_participant
				where culled_at is null and ((applied_at >= ? and applied_at < ?) or (exit_date > ? and exit_date <= ?))""")
			.params(Timestamp.valueOf(asOf.plusDays(1).atStartOfDay()), Timestamp.valueOf(day.plusDays(1).atStartOfDay()),
					Date.valueOf(asOf), Date.valueOf(day))
			.query(Long.class).list();
		SummaryCells.Deltas l = level.deltas();
		for (long id : moved) {
			contribute(id, asOf, -1, l, null);
			contribute(id, day, +1, l, null);
		}
		level.apply(l);
		jdbc.sql("update ppl_supply_state set as_of = ? where id = 1").param(Date.valueOf(day)).update();
	}

	/**
	 * Whether the level table answers for {@code date}; rolls it forward first when {@code date} is today and the
	 * summary still holds an earlier day (the first read after midnight, if the nightly roll has not run).
	 */
	public boolean holds(LocalDate date) {
		LocalDate asOf = asOf();
		if (asOf != null && asOf.isBefore(date) && date.equals(LocalDate.now(clock))) {
			if (ownTransaction == null) {
				rollTo(date);
			}
			else {
				ownTransaction.executeWithoutResult(status -> rollTo(date));
			}
			asOf = date;
		}
		return date.equals(asOf);
	}

	/** Nightly: the summary moves to the new day (cron {@code kompetensnav.people.summary-cron}, default 00:01). */
	@Scheduled(cron = "${kompetensnav.people.summary-cron:0 1 0 * * *}")
	@Transactional
	public void rollToday() {
		rollTo(LocalDate.now(clock));
	}

	// Start-up: after the people's demo data (400-499), before what builds on it.

	@Override
	public int order() {
		return 499;
	}

	@Override
	public String name() {
		return "supply summary";
	}

	@Override
	@Transactional
	public void run() {
		LocalDate today = LocalDate.now(clock);
		if (asOf() == null) {
			long t = System.nanoTime();
			rebuild(today);
			log.info("Supply summary built for {} in {} ms", today, (System.nanoTime() - t) / 1_000_000);
		}
		else {
			rollTo(today);
		}
	}
}
