package se.kompetensnav.people.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import se.kompetensnav.people.Answer;
import se.kompetensnav.people.EnrolmentStatus;
import se.kompetensnav.people.ExitSituation;
import se.kompetensnav.people.FollowUpKind;
import se.kompetensnav.people.Gender;
import se.kompetensnav.people.Improvement;
import se.kompetensnav.people.IncomeSource;
import se.kompetensnav.people.LabourMarketStatus;
import se.kompetensnav.people.ParticipantProfile.Skill;
import se.kompetensnav.people.Personnummer;
import se.kompetensnav.people.SkillAcquisition;
import se.kompetensnav.people.SunLevel;
import se.kompetensnav.people.TargetGroup;

/** Rows of ppl_participant and its child tables. No access checks here: {@link ParticipantService} does them. */
@Repository
public class ParticipantRepository {

	static final String COLUMNS = """
			id, programme_id, unit_id, consultant_id, given_name, family_name, personnummer, birth_date, gender,
			municipality_code, sun_level, lm_status, unemployed_since, income_source, target_groups, languages,
			driving_licences, rural_area, health, disability, foreign_background, third_country, minority, homeless,
			status, applied_at, entry_date, exit_date, exit_reason, exit_situation, pseudonym, demo""";

	private final JdbcClient jdbc;

	/** Every write below that changes supply goes through it, in the caller's transaction. */
	private final SupplySummary summary;

	ParticipantRepository(JdbcClient jdbc, SupplySummary summary) {
		this.jdbc = jdbc;
		this.summary = summary;
	}

	public Optional<Participant> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from ppl_participant where id = ? and culled_at is null").param(id)
			.query(ParticipantRepository::map).optional();
	}

	/** The participants among {@code ids} (culled ones left out), by id, in one query. */
	public List<Participant> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from ppl_participant where id in (:ids) and culled_at is null "
				+ "order by id").param("ids", ids).query(ParticipantRepository::map).list();
	}

	public List<Participant> byConsultant(long userId) {
		return jdbc.sql("select " + COLUMNS
				+ " from ppl_participant where consultant_id = ? and culled_at is null order by family_name, given_name")
			.param(userId).query(ParticipantRepository::map).list();
	}

	public List<Participant> byUnits(Collection<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from ppl_participant where unit_id in (:units) and culled_at is null "
				+ "order by family_name, given_name").param("units", unitIds).query(ParticipantRepository::map).list();
	}

	public List<Participant> byProgramme(long programmeId) {
		return jdbc.sql("select " + COLUMNS + " from ppl_participant where programme_id = ? and culled_at is null "
				+ "order by id").param(programmeId).query(ParticipantRepository::map).list();
	}

	public List<Participant> byPersonnummer(String digits) {
		return jdbc.sql("select " + COLUMNS + " from ppl_participant where personnummer = ? and culled_at is null")
			.param(digits).query(ParticipantRepository::map).list();
	}

	/** The waiting list of a programme, first in line first. */
	public List<Participant> waitingList(long programmeId) {
		return jdbc.sql("select " + COLUMNS + " from ppl_participant where programme_id = ? and status = 'WAITING' "
				+ "and culled_at is null order by applied_at, id").param(programmeId).query(ParticipantRepository::map)
			.list();
	}

	public int countEnrolled(long programmeId) {
		return jdbc.sql("select count(*) from ppl_participant where programme_id = ? and status = 'ENROLLED'")
			.param(programmeId).query(Integer.class).single();
	}

	public long insert(Participant p) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into ppl_participant (programme_id, unit_id, consultant_id, given_name, family_name, personnummer,
				  birth_date, gender, municipality_code, sun_level, lm_status, unemployed_since, income_source,
				  target_groups, languages, driving_licences, rural_area, health, disability, foreign_background,
				  third_country, minority, homeless, status, applied_at, entry_date, exit_date, exit_reason,
				  exit_situation, pseudonym, demo)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(params(p)).update(keys, "id");
		long id = keys.getKey().longValue();
		summary.inserted(id);
		return id;
	}

	static Object[] params(Participant p) {
		Sensitive s = p.sensitive();
		return new Object[] { p.programmeId(), p.unitId(), p.consultantId(), p.givenName(), p.familyName(),
				p.personnummer() == null ? null : p.personnummer().digits(), Date.valueOf(p.birthDate()),
				p.gender().name(), p.municipalityCode(), name(p.sunLevel()), p.labourMarketStatus().name(),
				date(p.unemployedSince()), p.incomeSource().name(), join(p.targetGroups()),
				String.join(",", p.languages()), String.join(",", p.drivingLicences()), p.ruralArea(),
				name(s.health()), name(s.disability()), name(s.foreignBackground()), name(s.thirdCountryNational()),
				name(s.minority()), name(s.homeless()), p.status().name(), Timestamp.from(p.appliedAt()),
				date(p.entryDate()), date(p.exitDate()), p.exitReason(), name(p.exitSituation()), p.pseudonym(),
				p.demo() };
	}

	/** Writes the facts of a participant (not programme, unit, consultant, status, dates or pseudonym). */
	public void update(Participant p) {
		summary.change(p.id(), () -> write(p));
	}

	private void write(Participant p) {
		Sensitive s = p.sensitive();
		jdbc.sql("""
				update ppl_participant set given_name = ?, family_name = ?, personnummer = ?, birth_date = ?, gender = ?,
				  municipality_code = ?, sun_level = ?, lm_status = ?, unemployed_since = ?, income_source = ?,
				  target_groups = ?, languages = ?, driving_licences = ?, rural_area = ?, health = ?, disability = ?,
				  foreign_background = ?, third_country = ?, minority = ?, homeless = ?, updated_at = current_timestamp
				where id = ?""")
			.params(p.givenName(), p.familyName(), p.personnummer() == null ? null : p.personnummer().digits(),
					Date.valueOf(p.birthDate()), p.gender().name(), p.municipalityCode(), name(p.sunLevel()),
					p.labourMarketStatus().name(), date(p.unemployedSince()), p.incomeSource().name(),
					join(p.targetGroups()), String.join(",", p.languages()), String.join(",", p.drivingLicences()),
					p.ruralArea(), name(s.health()), name(s.disability()), name(s.foreignBackground()),
					name(s.thirdCountryNational()), name(s.minority()), name(s.homeless()), p.id())
			.update();
	}

	public void replaceOccupations(long participantId, List<String> wanted, List<String> experienced) {
		summary.change(participantId, () -> {
			jdbc.sql("delete from ppl_occupation where participant_id = ?").param(participantId).update();
			wanted.forEach(c -> insertOccupation(participantId, c, "WANTED"));
			experienced.forEach(c -> insertOccupation(participantId, c, "EXPERIENCED"));
		});
	}

	public void replaceSkills(long participantId, List<Skill> skills) {
		summary.change(participantId, () -> {
			jdbc.sql("delete from ppl_skill where participant_id = ?").param(participantId).update();
			skills.forEach(s -> insertSkill(participantId, s));
		});
	}

	public void admit(long id, LocalDate entryDate) {
		jdbc.sql("update ppl_participant set status = 'ENROLLED', entry_date = ?, updated_at = current_timestamp "
				+ "where id = ?").params(Date.valueOf(entryDate), id).update();
	}

	public void exit(long id, LocalDate exitDate, @Nullable String reason, ExitSituation situation) {
		summary.change(id, () -> jdbc
			.sql("update ppl_participant set status = 'EXITED', exit_date = ?, exit_reason = ?, exit_situation = ?, "
					+ "updated_at = current_timestamp where id = ?")
			.params(Date.valueOf(exitDate), reason, situation.name(), id).update());
	}

	public void assign(long id, long consultantId) {
		jdbc.sql("update ppl_participant set consultant_id = ?, updated_at = current_timestamp where id = ?")
			.params(consultantId, id).update();
	}

	public void addOccupation(long participantId, String conceptId, String kind) {
		summary.change(participantId, () -> insertOccupation(participantId, conceptId, kind));
	}

	private void insertOccupation(long participantId, String conceptId, String kind) {
		jdbc.sql("insert into ppl_occupation (participant_id, concept_id, kind) values (?, ?, ?)")
			.params(participantId, conceptId, kind).update();
	}

	public List<String> occupations(long participantId, String kind) {
		return jdbc.sql("select concept_id from ppl_occupation where participant_id = ? and kind = ? order by concept_id")
			.params(participantId, kind).query(String.class).list();
	}

	/**
	 * The occupations of several participants in one query: participant id, then kind (WANTED, EXPERIENCED), then
	 * the concept ids in the order {@link #occupations(long, String)} gives them.
	 */
	public Map<Long, Map<String, List<String>>> occupationsOf(Collection<Long> participantIds) {
		Map<Long, Map<String, List<String>>> out = new HashMap<>();
		if (participantIds.isEmpty()) {
			return out;
		}
		jdbc.sql("select participant_id, kind, concept_id from ppl_occupation where participant_id in (:ids) "
				+ "order by participant_id, kind, concept_id").param("ids", participantIds)
			.query((ResultSet rs) -> {
				out.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
					.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getString(3));
			});
		return out;
	}

	public void addSkill(long participantId, Skill skill) {
		summary.change(participantId, () -> insertSkill(participantId, skill));
	}

	private void insertSkill(long participantId, Skill skill) {
		jdbc.sql("insert into ppl_skill (participant_id, concept_id, skill_level, acquired) values (?, ?, ?, ?)")
			.params(participantId, skill.conceptId(), skill.level(), skill.acquired().name()).update();
	}

	public List<Skill> skills(long participantId) {
		return jdbc.sql("select concept_id, skill_level, acquired from ppl_skill where participant_id = ? "
				+ "order by concept_id").param(participantId)
			.query((rs, n) -> new Skill(rs.getString(1), rs.getInt(2), SkillAcquisition.valueOf(rs.getString(3))))
			.list();
	}

	/** The skills of several participants in one query, each list in the order {@link #skills(long)} gives. */
	public Map<Long, List<Skill>> skillsOf(Collection<Long> participantIds) {
		Map<Long, List<Skill>> out = new HashMap<>();
		if (participantIds.isEmpty()) {
			return out;
		}
		jdbc.sql("select participant_id, concept_id, skill_level, acquired from ppl_skill "
				+ "where participant_id in (:ids) order by participant_id, concept_id").param("ids", participantIds)
			.query((ResultSet rs) -> {
				out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Skill(rs.getString(2),
						rs.getInt(3), SkillAcquisition.valueOf(rs.getString(4))));
			});
		return out;
	}

	public void addFollowUp(long participantId, FollowUpKind kind, LocalDate dueOn) {
		jdbc.sql("insert into ppl_follow_up (participant_id, kind, due_on) values (?, ?, ?)")
			.params(participantId, kind.name(), Date.valueOf(dueOn)).update();
	}

	public void recordFollowUp(long id, LocalDate doneOn, ExitSituation situation, @Nullable Improvement improvement,
			@Nullable String note) {
		jdbc.sql("update ppl_follow_up set done_on = ?, situation = ?, improvement = ?, note = ? where id = ?")
			.params(Date.valueOf(doneOn), situation.name(), name(improvement), note, id).update();
	}

	static final String FOLLOW_UP_COLUMNS = "id, participant_id, kind, due_on, done_on, situation, improvement, note";

	public List<FollowUp> followUps(long participantId) {
		return jdbc.sql("select " + FOLLOW_UP_COLUMNS + " from ppl_follow_up where participant_id = ? order by due_on")
			.param(participantId).query(ParticipantRepository::mapFollowUp).list();
	}

	public List<FollowUp> followUpsOf(Collection<Long> participantIds) {
		if (participantIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + FOLLOW_UP_COLUMNS + " from ppl_follow_up where participant_id in (:ids) "
				+ "order by due_on").param("ids", participantIds).query(ParticipantRepository::mapFollowUp).list();
	}

	static FollowUp mapFollowUp(ResultSet rs, int n) throws SQLException {
		return new FollowUp(rs.getLong("id"), rs.getLong("participant_id"), FollowUpKind.valueOf(rs.getString("kind")),
				rs.getDate("due_on").toLocalDate(), localDate(rs.getDate("done_on")),
				value(ExitSituation.class, rs.getString("situation")),
				value(Improvement.class, rs.getString("improvement")), rs.getString("note"));
	}

	static Participant map(ResultSet rs, int n) throws SQLException {
		long consultant = rs.getLong("consultant_id");
		Long consultantId = rs.wasNull() ? null : consultant;
		String pnr = rs.getString("personnummer");
		return new Participant(rs.getLong("id"), rs.getLong("programme_id"), rs.getLong("unit_id"), consultantId,
				rs.getString("given_name"), rs.getString("family_name"), pnr == null ? null : new Personnummer(pnr),
				rs.getDate("birth_date").toLocalDate(), Gender.valueOf(rs.getString("gender")),
				rs.getString("municipality_code"), value(SunLevel.class, rs.getString("sun_level")),
				LabourMarketStatus.valueOf(rs.getString("lm_status")), localDate(rs.getDate("unemployed_since")),
				IncomeSource.valueOf(rs.getString("income_source")), targetGroups(rs.getString("target_groups")),
				list(rs.getString("languages")), list(rs.getString("driving_licences")), rs.getBoolean("rural_area"),
				new Sensitive(value(Answer.class, rs.getString("health")),
						value(Answer.class, rs.getString("disability")),
						value(Answer.class, rs.getString("foreign_background")),
						value(Answer.class, rs.getString("third_country")),
						value(Answer.class, rs.getString("minority")), value(Answer.class, rs.getString("homeless"))),
				EnrolmentStatus.valueOf(rs.getString("status")), rs.getTimestamp("applied_at").toInstant(),
				localDate(rs.getDate("entry_date")), localDate(rs.getDate("exit_date")), rs.getString("exit_reason"),
				value(ExitSituation.class, rs.getString("exit_situation")), rs.getString("pseudonym"),
				rs.getBoolean("demo"));
	}

	static Set<TargetGroup> targetGroups(@Nullable String s) {
		Set<TargetGroup> set = EnumSet.noneOf(TargetGroup.class);
		for (String code : list(s)) {
			set.add(TargetGroup.valueOf(code));
		}
		return set;
	}

	static String join(Collection<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	static List<String> list(@Nullable String s) {
		if (s == null || s.isBlank()) {
			return List.of();
		}
		return Arrays.stream(s.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList();
	}

	static @Nullable String name(@Nullable Enum<?> e) {
		return e == null ? null : e.name();
	}

	static @Nullable Date date(@Nullable LocalDate d) {
		return d == null ? null : Date.valueOf(d);
	}

	static @Nullable LocalDate localDate(@Nullable Date d) {
		return d == null ? null : d.toLocalDate();
	}

	static <E extends Enum<E>> @Nullable E value(Class<E> type, @Nullable String s) {
		return s == null ? null : Enum.valueOf(type, s);
	}

	static Instant now() {
		return Instant.now();
	}
}
