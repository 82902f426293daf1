package se.kompetensnav.people.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import se.kompetensnav.people.ActivityType;
import se.kompetensnav.people.AgeAtEntry;
import se.kompetensnav.people.Assessor;
import se.kompetensnav.people.ExitSituation;
import se.kompetensnav.people.Gender;
import se.kompetensnav.people.GoalStatus;
import se.kompetensnav.people.ImprovedSituationRule;
import se.kompetensnav.people.Improvement;
import se.kompetensnav.people.IncomeSource;
import se.kompetensnav.people.IscedBand;
import se.kompetensnav.people.KeyCompetence;
import se.kompetensnav.people.LabourMarketStatus;
import se.kompetensnav.people.LongTermUnemploymentRule;
import se.kompetensnav.people.StatisticalRecord;
import se.kompetensnav.people.SunLevel;
import se.kompetensnav.people.internal.PlanItems.Activity;
import se.kompetensnav.people.internal.PlanItems.Assessment;
import se.kompetensnav.people.internal.PlanItems.Contact;
import se.kompetensnav.people.internal.PlanItems.Goal;

@Repository
public class PlanRepository {

	private final JdbcClient jdbc;

	PlanRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insertGoal(long participantId, @Nullable Long parentId, String title, @Nullable LocalDate startsOn,
			@Nullable LocalDate targetDate, GoalStatus status, List<KeyCompetence> kcs, List<String> occupations) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into ppl_goal (participant_id, parent_id, title, starts_on, target_date, status, "
				+ "key_competences, occupations) values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(participantId, parentId, title, ParticipantRepository.date(startsOn),
					ParticipantRepository.date(targetDate), status.name(),
					String.join(",", kcs.stream().map(KeyCompetence::conceptId).toList()), String.join(",", occupations))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	public void updateGoalStatus(long goalId, GoalStatus status) {
		jdbc.sql("update ppl_goal set status = ? where id = ?").params(status.name(), goalId).update();
	}

	public List<Goal> goals(long participantId) {
		return jdbc.sql("select id, participant_id, parent_id, title, starts_on, target_date, status, key_competences, "
				+ "occupations from ppl_goal where participant_id = ? order by coalesce(parent_id, id), id")
			.param(participantId).query((rs, n) -> {
				long parent = rs.getLong("parent_id");
				Long parentId = rs.wasNull() ? null : parent;
				return new Goal(rs.getLong("id"), rs.getLong("participant_id"), parentId, rs.getString("title"),
						ParticipantRepository.localDate(rs.getDate("starts_on")),
						ParticipantRepository.localDate(rs.getDate("target_date")),
						GoalStatus.valueOf(rs.getString("status")),
						ParticipantRepository.list(rs.getString("key_competences")).stream()
							.map(id -> KeyCompetence.byConceptId(id).orElseThrow()).toList(),
						ParticipantRepository.list(rs.getString("occupations")));
			}).list();
	}

	public long insertActivity(long participantId, @Nullable Long goalId, ActivityType type, String title,
			LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable BigDecimal hours, @Nullable String place,
			@Nullable String outcome) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into ppl_activity (participant_id, goal_id, type, title, starts_on, ends_on, hours, place, "
				+ "outcome) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(participantId, goalId, type.name(), title, Date.valueOf(startsOn),
					ParticipantRepository.date(endsOn), hours, place, outcome)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	static final String ACTIVITY_COLUMNS = "id, participant_id, goal_id, type, title, starts_on, ends_on, hours, "
			+ "place, outcome";

	public List<Activity> activities(long participantId) {
		return jdbc.sql("select " + ACTIVITY_COLUMNS + " from ppl_activity where participant_id = ? order by starts_on, id")
			.param(participantId).query(PlanRepository::mapActivity).list();
	}

	/** Activities of these participants that overlap the days from..to. */
	public List<Activity> activitiesBetween(Collection<Long> participantIds, LocalDate from, LocalDate to) {
		if (participantIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + ACTIVITY_COLUMNS + " from ppl_activity where participant_id in (:ids) "
				+ "and starts_on <= :to and (ends_on is null or ends_on >= :from) order by starts_on")
			.param("ids", participantIds).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
			.query(PlanRepository::mapActivity).list();
	}

	static Activity mapActivity(ResultSet rs, int n) throws SQLException {
		long goal = rs.getLong("goal_id");
		Long goalId = rs.wasNull() ? null : goal;
		return new Activity(rs.getLong("id"), rs.getLong("participant_id"), goalId,
				ActivityType.valueOf(rs.getString("type")), rs.getString("title"), rs.getDate("starts_on").toLocalDate(),
				ParticipantRepository.localDate(rs.getDate("ends_on")), rs.getBigDecimal("hours"), rs.getString("place"),
				rs.getString("outcome"));
	}

	public long insertContact(long participantId, LocalDate date, String channel, String summary,
			@Nullable String nextSteps, String author) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into ppl_contact (participant_id, contact_date, channel, summary, next_steps, author) "
				+ "values (?, ?, ?, ?, ?, ?)")
			.params(participantId, Date.valueOf(date), channel, summary, nextSteps, author).update(keys, "id");
		return keys.getKey().longValue();
	}

	public List<Contact> contacts(long participantId) {
		return jdbc.sql("select id, participant_id, contact_date, channel, summary, next_steps, author from ppl_contact "
				+ "where participant_id = ? order by contact_date desc, id desc").param(participantId)
			.query((rs, n) -> new Contact(rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate(), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7)))
			.list();
	}

	public long insertAssessment(long participantId, LocalDate on, Assessor assessor, String author,
			Map<KeyCompetence, Integer> scores, Map<String, Integer> descriptors) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into ppl_assessment (participant_id, assessed_on, assessor, author) values (?, ?, ?, ?)")
			.params(participantId, Date.valueOf(on), assessor.name(), author).update(keys, "id");
		long id = keys.getKey().longValue();
		for (var e : scores.entrySet()) {
			jdbc.sql("insert into ppl_assessment_score (assessment_id, competence, score) values (?, ?, ?)")
				.params(id, e.getKey().conceptId(), e.getValue()).update();
		}
		for (var e : descriptors.entrySet()) {
			jdbc.sql("insert into ppl_assessment_descriptor (assessment_id, descriptor, score) values (?, ?, ?)")
				.params(id, e.getKey(), e.getValue()).update();
		}
		return id;
	}

	/** Assessments oldest first. */
	public List<Assessment> assessments(long participantId) {
		Map<Long, Assessment> byId = new LinkedHashMap<>();
		jdbc.sql("select id, participant_id, assessed_on, assessor, author from ppl_assessment where participant_id = ? "
				+ "order by assessed_on, id").param(participantId).query((rs, n) -> new Assessment(rs.getLong(1),
						rs.getLong(2), rs.getDate(3).toLocalDate(), Assessor.valueOf(rs.getString(4)), rs.getString(5),
						new EnumMap<>(KeyCompetence.class), new java.util.TreeMap<>()))
			.list().forEach(a -> byId.put(a.id(), a));
		if (!byId.isEmpty()) {
			jdbc.sql("select assessment_id, competence, score from ppl_assessment_score where assessment_id in (:ids)")
				.param("ids", byId.keySet()).query((rs, n) -> {
					byId.get(rs.getLong(1)).scores()
						.put(KeyCompetence.byConceptId(rs.getString(2)).orElseThrow(), rs.getInt(3));
					return null;
				}).list();
			jdbc.sql("select assessment_id, descriptor, score from ppl_assessment_descriptor where assessment_id in (:ids)")
				.param("ids", byId.keySet()).query((rs, n) -> {
					byId.get(rs.getLong(1)).descriptors().put(rs.getString(2), rs.getInt(3));
					return null;
				}).list();
		}
		return new ArrayList<>(byId.values());
	}

	/** Mean score of each assessment by a given assessor, per participant, oldest first. */
	public Map<Long, List<Double>> meanScores(Collection<Long> participantIds, Assessor assessor) {
		Map<Long, List<Double>> out = new HashMap<>();
		if (participantIds.isEmpty()) {
			return out;
		}
		jdbc.sql("select a.participant_id, avg(cast(s.score as double precision)) from ppl_assessment a "
				+ "join ppl_assessment_score s on s.assessment_id = a.id where a.participant_id in (:ids) "
				+ "and a.assessor = :assessor group by a.id, a.participant_id, a.assessed_on "
				+ "order by a.assessed_on, a.id").param("ids", participantIds).param("assessor", assessor.name())
			.query((rs, n) -> {
				out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getDouble(2));
				return null;
			}).list();
		return out;
	}

	public Map<KeyCompetence, Integer> latestConsultantScores(long participantId) {
		Map<KeyCompetence, Integer> latest = new EnumMap<>(KeyCompetence.class);
		for (Assessment a : assessments(participantId)) {
			if (a.assessor() == Assessor.CONSULTANT) {
				latest.putAll(a.scores());
			}
		}
		return latest;
	}

	/** Pseudonymised records of current participations (computed) and culled ones (stored). */
	public List<StatisticalRecord> statisticalRecords(@Nullable Long programmeId, LongTermUnemploymentRule rule) {
		String filter = programmeId == null ? "" : " and p.programme_id = " + programmeId.longValue();
		Map<Long, Map<String, String[]>> followUps = new HashMap<>();
		jdbc.sql("select f.participant_id, f.kind, f.situation, f.improvement from ppl_follow_up f join ppl_participant p "
				+ "on p.id = f.participant_id where p.culled_at is null" + filter).query((rs, n) -> {
					followUps.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
						.put(rs.getString(2), new String[] { rs.getString(3), rs.getString(4) });
					return null;
				}).list();
		Map<Long, Map<ActivityType, Double>> hours = new HashMap<>();
		jdbc.sql("select a.participant_id, a.type, sum(a.hours) from ppl_activity a join ppl_participant p "
				+ "on p.id = a.participant_id where p.culled_at is null and a.hours is not null" + filter
				+ " group by a.participant_id, a.type").query((rs, n) -> {
					hours.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(ActivityType.class))
						.put(ActivityType.valueOf(rs.getString(2)), rs.getDouble(3));
					return null;
				}).list();
		List<StatisticalRecord> out = new ArrayList<>(jdbc.sql("select id, pseudonym, programme_id, unit_id, gender, "
				+ "birth_date, municipality_code, sun_level, lm_status, unemployed_since, target_groups, entry_date, "
				+ "exit_date, exit_situation, income_source from ppl_participant p where culled_at is null" + filter).query((rs, n) -> {
					LocalDate birth = rs.getDate("birth_date").toLocalDate();
					LocalDate entry = ParticipantRepository.localDate(rs.getDate("entry_date"));
					LabourMarketStatus lm = LabourMarketStatus.valueOf(rs.getString("lm_status"));
					SunLevel sun = ParticipantRepository.value(SunLevel.class, rs.getString("sun_level"));
					Map<String, String[]> f = followUps.getOrDefault(rs.getLong("id"), Map.of());
					String[] w4 = f.getOrDefault("WEEKS_4", new String[2]);
					String[] m6 = f.getOrDefault("MONTHS_6", new String[2]);
					return new StatisticalRecord(rs.getString("pseudonym"), rs.getLong("programme_id"),
							rs.getLong("unit_id"), Gender.valueOf(rs.getString("gender")),
							entry == null ? null : AgeAtEntry.of(birth, entry), rs.getString("municipality_code"),
							sun == null ? null : sun.isced(), lm,
							entry != null && rule.isLongTermUnemployed(lm, birth,
									ParticipantRepository.localDate(rs.getDate("unemployed_since")), entry),
							ParticipantRepository.targetGroups(rs.getString("target_groups")), entry,
							ParticipantRepository.localDate(rs.getDate("exit_date")),
							ParticipantRepository.value(ExitSituation.class, rs.getString("exit_situation")),
							ParticipantRepository.value(ExitSituation.class, w4[0]),
							ParticipantRepository.value(ExitSituation.class, m6[0]),
							ImprovedSituationRule.improved(lm, ParticipantRepository.value(Improvement.class, m6[1])),
							false, ParticipantRepository.value(IncomeSource.class, rs.getString("income_source")),
							hours.getOrDefault(rs.getLong("id"), Map.of()));
				}).list());
		String culledFilter = programmeId == null ? "" : " where programme_id = " + programmeId.longValue();
		out.addAll(jdbc.sql("select pseudonym, programme_id, unit_id, gender, age_at_entry, municipality_code, isced_band, "
				+ "lm_status, long_term_unemployed, target_groups, entry_date, exit_date, exit_situation, situation_4w, "
				+ "situation_6m, improved, income_source, activity_hours from ppl_statistical_record" + culledFilter).query((rs, n) -> {
					int age = rs.getInt("age_at_entry");
					Integer ageAtEntry = rs.wasNull() ? null : age;
					return new StatisticalRecord(rs.getString("pseudonym"), rs.getLong("programme_id"),
							rs.getLong("unit_id"), Gender.valueOf(rs.getString("gender")), ageAtEntry,
							rs.getString("municipality_code"),
							ParticipantRepository.value(IscedBand.class, rs.getString("isced_band")),
							LabourMarketStatus.valueOf(rs.getString("lm_status")), rs.getBoolean("long_term_unemployed"),
							ParticipantRepository.targetGroups(rs.getString("target_groups")),
							ParticipantRepository.localDate(rs.getDate("entry_date")),
							ParticipantRepository.localDate(rs.getDate("exit_date")),
							ParticipantRepository.value(ExitSituation.class, rs.getString("exit_situation")),
							ParticipantRepository.value(ExitSituation.class, rs.getString("situation_4w")),
							ParticipantRepository.value(ExitSituation.class, rs.getString("situation_6m")),
							rs.getBoolean("improved"), true,
							ParticipantRepository.value(IncomeSource.class, rs.getString("income_source")),
							ActivityHoursColumn.parse(rs.getString("activity_hours")));
				}).list());
		return out;
	}

	static java.time.Instant startOfDay(LocalDate d) {
		return d.atStartOfDay().toInstant(ZoneOffset.UTC);
	}
}
