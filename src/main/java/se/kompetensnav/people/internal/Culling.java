package se.kompetensnav.people.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kompetensnav.identity.AuditAction;
import se.kompetensnav.identity.AuditLog;
import se.kompetensnav.people.Retention;
import se.kompetensnav.people.StatisticalRecord;

/**
 * Erases the personal data of participants whose retention has run out and keeps a pseudonymised
 * {@link StatisticalRecord} of each (ppl_statistical_record): no name, personnummer, date of birth, sensitive
 * answer, plan or contact log survives. One audit row (CULL) per participant, in the same transaction.
 */
@Service
public class Culling {

	private final JdbcClient jdbc;

	private final PlanRepository plans;

	private final PeopleSettings settings;

	private final AuditLog audit;

	private final Clock clock;

	private final SupplySummary summary;

	Culling(JdbcClient jdbc, PlanRepository plans, PeopleSettings settings, AuditLog audit, Clock clock,
			SupplySummary summary) {
		this.summary = summary;
		this.jdbc = jdbc;
		this.plans = plans;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	/** Culls every participant due today; returns how many. */
	@Transactional
	public int cullDue() {
		LocalDate today = LocalDate.now(clock);
		Retention retention = new Retention(settings.retentionYears());
		List<Long> due = jdbc.sql("select id from ppl_participant where culled_at is null and exit_date is not null "
				+ "and exit_date < ? order by id").param(Date.valueOf(retention.exitedBefore(today)))
			.query(Long.class).list();
		if (due.isEmpty()) {
			return 0;
		}
		List<StatisticalRecord> records = plans.statisticalRecords(null, settings.ltuRule()).stream()
			.filter(r -> !r.culled()).toList();
		java.util.Map<String, StatisticalRecord> byPseudonym = new java.util.HashMap<>();
		records.forEach(r -> byPseudonym.put(r.pseudonym(), r));
		Timestamp now = Timestamp.from(clock.instant());
		for (long id : due) {
			String pseudonym = jdbc.sql("select pseudonym from ppl_participant where id = ?").param(id)
				.query(String.class).single();
			StatisticalRecord r = byPseudonym.get(pseudonym);
			jdbc.sql("""
					insert into ppl_statistical_record (pseudonym, programme_id, unit_id, gender, age_at_entry,
					  municipality_code, isced_band, lm_status, long_term_unemployed, target_groups, entry_date,
					  exit_date, exit_situation, situation_4w, situation_6m, improved, culled_at, income_source,
					  activity_hours)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(r.pseudonym(), r.programmeId(), r.unitId(), r.gender().name(), r.ageAtEntry(),
						r.municipalityCode(), ParticipantRepository.name(r.iscedBand()), r.statusAtEntry().name(),
						r.longTermUnemployed(), ParticipantRepository.join(r.targetGroups()),
						ParticipantRepository.date(r.entryDate()), ParticipantRepository.date(r.exitDate()),
						ParticipantRepository.name(r.onLeaving()), ParticipantRepository.name(r.afterFourWeeks()),
						ParticipantRepository.name(r.afterSixMonths()), r.improvedSituation(), now,
						ParticipantRepository.name(r.incomeAtEntry()), ActivityHoursColumn.format(r.activityHours()))
				.update();
			summary.change(id, () -> {
				jdbc.sql("delete from ppl_assessment_descriptor where assessment_id in "
						+ "(select id from ppl_assessment where participant_id = ?)").param(id).update();
				jdbc.sql("delete from ppl_assessment_score where assessment_id in "
						+ "(select id from ppl_assessment where participant_id = ?)").param(id).update();
				for (String table : List.of("ppl_assessment", "ppl_activity", "ppl_contact", "ppl_follow_up", "ppl_skill",
						"ppl_occupation")) {
					jdbc.sql("delete from " + table + " where participant_id = ?").param(id).update();
				}
				jdbc.sql("delete from ppl_goal where participant_id = ? and parent_id is not null").param(id).update();
				jdbc.sql("delete from ppl_goal where participant_id = ?").param(id).update();
				jdbc.sql("delete from ppl_participant where id = ?").param(id).update();
			});
			audit.record(AuditAction.CULL, ParticipantService.SUBJECT, id, pseudonym, "culling after retention",
					"personal data erased, statistical record kept");
		}
		return due.size();
	}
}
