package se.kompetensnav.people.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import se.kompetensnav.identity.UserDirectory;
import se.kompetensnav.people.Programme;

@Repository
public class ProgrammeRepository {

	private static final String COLUMNS = "id, name, unit_id, funder, operation_id, starts_on, ends_on, places, "
			+ "target_groups, sites, demo";

	private final JdbcClient jdbc;

	private final UserDirectory directory;

	ProgrammeRepository(JdbcClient jdbc, UserDirectory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	public Optional<Programme> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from ppl_programme where id = ?").param(id)
			.query(ProgrammeRepository::map).optional();
	}

	public Optional<Programme> findByName(String name) {
		return jdbc.sql("select " + COLUMNS + " from ppl_programme where name = ? order by id").param(name)
			.query(ProgrammeRepository::map).list().stream().findFirst();
	}

	public List<Programme> byUnits(Collection<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from ppl_programme where unit_id in (:units) order by name")
			.param("units", unitIds).query(ProgrammeRepository::map).list();
	}

	public List<Programme> all() {
		return jdbc.sql("select " + COLUMNS + " from ppl_programme order by name").query(ProgrammeRepository::map)
			.list();
	}

	public long insert(Programme p) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into ppl_programme (name, unit_id, funder, operation_id, starts_on, ends_on, places,
				                           target_groups, sites, demo)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(p.name(), p.unitId(), p.funder(), p.operationId(), Date.valueOf(p.startsOn()),
					ParticipantRepository.date(p.endsOn()), p.places(), ParticipantRepository.join(p.targetGroups()),
					String.join("\n", p.sites()), p.demo())
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	public void update(Programme p) {
		jdbc.sql("""
				update ppl_programme set name = ?, unit_id = ?, funder = ?, operation_id = ?, starts_on = ?, ends_on = ?,
				  places = ?, target_groups = ?, sites = ?, updated_at = current_timestamp
				where id = ?""")
			.params(p.name(), p.unitId(), p.funder(), p.operationId(), Date.valueOf(p.startsOn()),
					ParticipantRepository.date(p.endsOn()), p.places(), ParticipantRepository.join(p.targetGroups()),
					String.join("\n", p.sites()), p.id())
			.update();
	}

	public void replaceStaff(long programmeId, List<ProgrammeService.StaffMember> members) {
		jdbc.sql("delete from ppl_programme_staff where programme_id = ?").param(programmeId).update();
		members.forEach(m -> addStaff(programmeId, m.userId(), m.role()));
	}

	/** The staff by display name; names come from identity's user directory. */
	public List<ProgrammeService.StaffMember> staffMembers(long programmeId) {
		Map<Long, String> roles = new LinkedHashMap<>();
		jdbc.sql("select user_id, staff_role from ppl_programme_staff where programme_id = ?").param(programmeId)
			.query((rs, n) -> roles.put(rs.getLong(1), rs.getString(2))).list();
		Map<Long, UserDirectory.Entry> users = directory.byIds(roles.keySet());
		return roles.entrySet().stream().filter(e -> users.containsKey(e.getKey())).map(e -> {
			UserDirectory.Entry u = users.get(e.getKey());
			return new ProgrammeService.StaffMember(u.id(), u.username(), u.displayName(), e.getValue());
		}).sorted(Comparator.comparing(ProgrammeService.StaffMember::displayName)).toList();
	}

	public void addStaff(long programmeId, long userId, String role) {
		jdbc.sql("insert into ppl_programme_staff (programme_id, user_id, staff_role) values (?, ?, ?)")
			.params(programmeId, userId, role).update();
	}

	/** Staff of a programme: display name and role. */
	public List<String[]> staff(long programmeId) {
		return staffMembers(programmeId).stream().map(m -> new String[] { m.displayName(), m.role() }).toList();
	}

	static Programme map(ResultSet rs, int n) throws SQLException {
		String sites = rs.getString("sites");
		return new Programme(rs.getLong("id"), rs.getString("name"), rs.getLong("unit_id"), rs.getString("funder"),
				rs.getString("operation_id"), rs.getDate("starts_on").toLocalDate(),
				ParticipantRepository.localDate(rs.getDate("ends_on")), rs.getInt("places"),
				ParticipantRepository.targetGroups(rs.getString("target_groups")),
				sites == null || sites.isBlank() ? List.of() : List.of(sites.split("\n")), rs.getBoolean("demo"));
	}
}
