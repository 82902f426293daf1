package se.kompetensnav.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kompetensnav.identity.Role;
import se.kompetensnav.identity.UserDirectory;

@Service
@Transactional(readOnly = true)
class JdbcUserDirectory implements UserDirectory {

	private static final String COLUMNS = "select id, username, display_name, unit_id from app_user";

	private final JdbcClient jdbc;

	JdbcUserDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Entry> byId(long id) {
		return list(jdbc.sql(COLUMNS + " where id = ?").param(id).query(JdbcUserDirectory::row).list()).stream()
			.findFirst();
	}

	@Override
	public Optional<Entry> byUsername(String username) {
		return list(jdbc.sql(COLUMNS + " where username = ?").param(username).query(JdbcUserDirectory::row).list())
			.stream().findFirst();
	}

	@Override
	public Map<Long, Entry> byIds(Collection<Long> ids) {
		Map<Long, Entry> out = new LinkedHashMap<>();
		if (!ids.isEmpty()) {
			list(jdbc.sql(COLUMNS + " where id in (:ids)").param("ids", ids).query(JdbcUserDirectory::row).list())
				.forEach(e -> out.put(e.id(), e));
		}
		return out;
	}

	@Override
	public List<Entry> inUnits(Collection<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return list(jdbc.sql(COLUMNS + " where unit_id in (:units) order by display_name, id").param("units", unitIds)
			.query(JdbcUserDirectory::row).list());
	}

	private record Row(long id, String username, String displayName, Long unitId) {
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		long unit = rs.getLong(4);
		return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.wasNull() ? null : unit);
	}

	/** Adds the roles with one query. */
	private List<Entry> list(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, Set<Role>> roles = new HashMap<>();
		jdbc.sql("select user_id, role from app_user_role where user_id in (:ids)")
			.param("ids", rows.stream().map(Row::id).toList()).query((rs, n) -> {
				roles.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(Role.class)).add(Role.valueOf(rs.getString(2)));
				return null;
			}).list();
		return rows.stream().map(r -> new Entry(r.id(), r.username(), r.displayName(), r.unitId(),
				roles.getOrDefault(r.id(), Set.of()))).toList();
	}
}
