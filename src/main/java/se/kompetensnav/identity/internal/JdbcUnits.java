package se.kompetensnav.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kompetensnav.identity.OrgUnit;
import se.kompetensnav.identity.UnitType;
import se.kompetensnav.identity.Units;

@Service
class JdbcUnits implements Units {

	private static final String COLUMNS = "id, parent_id, code, type, name, municipality_code, org_number, demo";

	private final JdbcClient jdbc;

	JdbcUnits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<OrgUnit> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from org_unit where id = ?").param(id).query(JdbcUnits::map).optional();
	}

	@Override
	public Optional<OrgUnit> findByCode(String code) {
		return jdbc.sql("select " + COLUMNS + " from org_unit where code = ?").param(code).query(JdbcUnits::map)
			.optional();
	}

	@Override
	public List<OrgUnit> all() {
		return jdbc.sql("select " + COLUMNS + " from org_unit order by name").query(JdbcUnits::map).list();
	}

	@Override
	public List<OrgUnit> byType(UnitType type) {
		return jdbc.sql("select " + COLUMNS + " from org_unit where type = ? order by name").param(type.name())
			.query(JdbcUnits::map).list();
	}

	@Override
	public Set<Long> subtree(long id) {
		// Unit trees are small (tens to hundreds of units); a breadth-first walk over one query is simplest.
		List<long[]> edges = jdbc.sql("select id, coalesce(parent_id, 0) from org_unit")
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).list();
		Set<Long> result = new HashSet<>();
		Deque<Long> todo = new ArrayDeque<>();
		todo.add(id);
		while (!todo.isEmpty()) {
			long current = todo.pop();
			if (result.add(current)) {
				for (long[] e : edges) {
					if (e[1] == current) {
						todo.add(e[0]);
					}
				}
			}
		}
		return result;
	}

	@Override
	@Transactional
	public OrgUnit create(@Nullable Long parentId, String code, UnitType type, String name,
			@Nullable String municipalityCode, @Nullable String orgNumber, boolean demo) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into org_unit (parent_id, code, type, name, municipality_code, org_number, demo)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(parentId, code, type.name(), name, municipalityCode, orgNumber, demo)
			.update(keys, "id");
		long id = keys.getKeyAs(Long.class);
		return new OrgUnit(id, parentId, code, type, name, municipalityCode, orgNumber, demo);
	}

	/** Renames, moves or retypes a unit; the code never changes (other modules and demo data refer to it). */
	@Transactional
	void update(long id, @Nullable Long parentId, UnitType type, String name, @Nullable String municipalityCode,
			@Nullable String orgNumber) {
		jdbc.sql("""
				update org_unit set parent_id = ?, type = ?, name = ?, municipality_code = ?, org_number = ?
				where id = ?""")
			.params(parentId, type.name(), name, municipalityCode, orgNumber, id)
			.update();
	}

	private static OrgUnit map(ResultSet rs, int row) throws SQLException {
		long parent = rs.getLong("parent_id");
		Long parentId = rs.wasNull() ? null : parent;
		return new OrgUnit(rs.getLong("id"), parentId, rs.getString("code"), UnitType.valueOf(rs.getString("type")),
				rs.getString("name"), rs.getString("municipality_code"), rs.getString("org_number"),
				rs.getBoolean("demo"));
	}
}
